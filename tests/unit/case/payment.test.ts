import { describe, expect, it } from 'vitest';
import { assessCase, type CaseState } from '../../../shared/case/assessment';
import { checkPaymentMoment } from '../../../shared/case/payment';

const DEC_1 = '2026-12-01T11:00:00Z';
const duc = { date: '2026-11-27', time: '16:45' };

describe('recording the DUC payment', () => {
  it('takes the moment in Lisbon time and refuses one before the DUC or in the future', () => {
    expect(checkPaymentMoment({ date: '2026-11-28', time: '09:15' }, duc, DEC_1)).toEqual({
      ok: true,
      at: '2026-11-28T09:15:00.000Z',
    });
    // Summer time: 15:00 in Lisbon on 1 July is 14:00 UTC.
    expect(checkPaymentMoment({ date: '2026-07-01', time: '15:00' }, { date: '2026-07-01', time: '10:00' }, DEC_1)).toEqual({
      ok: true,
      at: '2026-07-01T14:00:00.000Z',
    });
    expect(checkPaymentMoment({ date: '2026-11-27', time: '16:44' }, duc, DEC_1)).toEqual({ ok: false, problem: 'before-duc' });
    expect(checkPaymentMoment({ date: '2026-12-01', time: '11:01' }, duc, DEC_1)).toEqual({ ok: false, problem: 'in-future' });
  });

  it('a payment entry in the log makes after-submit done and the DUC deadline met, even after the strict deadline', () => {
    const paid = checkPaymentMoment({ date: '2026-11-30', time: '10:00' }, duc, DEC_1);
    if (!paid.ok) throw new Error('expected a valid payment');
    const state = (evidence: CaseState['evidence']): CaseState => ({
      situation: {
        permitKind: 'temporary-work',
        permitExpiry: '2026-11-20',
        hasNiss: true,
        inPortugal: true,
        emailWithAimaCurrent: true,
        addressChangedSinceLastCard: false,
        biometricsOnFile: true,
        passportExpiry: '2032-01-01',
      },
      documents: {},
      report: null,
      preUpload: { ticked: 0, total: 10 },
      duc: { generatedAt: { lisbonDate: duc.date, lisbonTime: duc.time }, reference: '123 456 789' },
      evidence,
    });
    const before = assessCase(state([]), DEC_1);
    expect(before.deadlines.find((d) => d.id === 'duc-payment')!.state).toBe('overdue');
    expect(before.steps.find((s) => s.id === 'afterSubmit')!.status).toBe('attention');
    const after = assessCase(
      state([
        {
          type: 'entry',
          id: 'p',
          at: paid.at,
          recordedAt: DEC_1,
          kind: 'payment-proof',
          note: '',
          reference: '123 456 789',
          files: [],
        },
      ]),
      DEC_1,
    );
    const line = after.deadlines.find((d) => d.id === 'duc-payment')!;
    expect(line.state).toBe('met');
    expect(line.other?.state ?? 'met').toBe('met');
    expect(after.steps.find((s) => s.id === 'afterSubmit')!.status).toBe('done');
    expect(after.urgent.map((u) => u.id)).not.toContain('duc-overdue-strict');
    expect(after.next.id).toBe('wait-decision');
  });
});
