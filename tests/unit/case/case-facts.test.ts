import { describe, expect, it } from 'vitest';
import { firstAttempt, firstAttemptBeforeExpiry, hasDuc, hasSubmitted, paymentRecorded } from '../../../shared/case/case-facts';
import type { EvidenceEntry } from '../../../shared/case/evidence';

const entry = (id: string, kind: EvidenceEntry['kind'], at: string): EvidenceEntry => ({
  type: 'entry',
  id,
  at,
  recordedAt: at,
  kind,
  note: '',
  files: [],
});

describe('case facts', () => {
  it('finds the first attempt and compares it with expiry on the Lisbon calendar', () => {
    // 23:30 UTC on 10 March is 23:30 in Lisbon (winter time): still the expiry day.
    const log = [
      entry('b', 'email-sent', '2026-03-01T10:00:00+00:00'),
      entry('a', 'portal-error-screenshot', '2026-03-10T23:30:00+00:00'),
    ];
    expect(firstAttempt(log)?.id).toBe('a');
    expect(firstAttemptBeforeExpiry(log, '2026-03-10')).toBe(true);
    expect(firstAttemptBeforeExpiry(log, '2026-03-09')).toBe(false);
    expect(firstAttemptBeforeExpiry([], '2026-03-10')).toBe(false);
    expect(firstAttemptBeforeExpiry(log, undefined)).toBe(false);
  });

  it('a DUC typed in the guide or logged, or a receipt, means the person submitted', () => {
    expect(hasDuc([], { reference: '123' })).toBe(true);
    expect(hasDuc([], null)).toBe(false);
    expect(hasSubmitted([entry('r', 'submitted-form', '2026-11-27T16:45:00+00:00')])).toBe(true);
    expect(hasSubmitted([entry('e', 'portal-error-screenshot', '2026-11-27T16:45:00+00:00')])).toBe(false);
  });

  it('payment is recorded only by a proof of payment or an approval', () => {
    expect(paymentRecorded([entry('d', 'duc-reference', '2026-11-27T16:45:00+00:00')])).toBe(false);
    expect(paymentRecorded([entry('p', 'payment-proof', '2026-11-28T10:00:00+00:00')])).toBe(true);
  });
});
