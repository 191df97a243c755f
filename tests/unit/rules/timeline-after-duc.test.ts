import { describe, expect, it } from 'vitest';
import { ducWindow } from '../../../shared/rules/duc';
import { buildTimeline } from '../../../shared/rules/timeline';
import type { SituationDraft } from '../../../shared/rules/situation';

/**
 * Session 14's walk: Domingos, a CPLP holder whose permit expired on 10 September 2026, generated his DUC on
 * services.aima.gov.pt on Friday 20 November at 15:00 and has not paid it; read on 1 December 2026.
 */
const TODAY = '2026-12-01';
const domingos: SituationDraft = {
  permitKind: 'temporary-cplp',
  permitNumber: 'A1234567',
  permitExpiry: '2026-09-10',
  passportExpiry: '2031-06-30',
  inPortugal: true,
  hasNiss: true,
  emailWithAimaCurrent: true,
  addressChangedSinceLastCard: false,
  biometricsOnFile: true,
};
const duc = { lisbonDate: '2026-11-20', lisbonTime: '15:00' };

describe('a DUC generated and not yet paid (walk of session 14)', () => {
  it('AIMA’s email is no longer "date not known yet": the DUC came from its link', () => {
    expect(buildTimeline(domingos, TODAY).items.map((i) => i.id)).toContain('wait-for-aima-email');
    expect(buildTimeline(domingos, TODAY, duc).items.map((i) => i.id)).not.toContain('wait-for-aima-email');
    const backlog: SituationDraft = { ...domingos, permitKind: 'temporary-family-reunification', permitExpiry: '2025-05-31' };
    expect(buildTimeline(backlog, TODAY, undefined, { submitted: true }).items.map((i) => i.id)).not.toContain(
      'wait-for-aima-email',
    );
  });

  it('"Pay the DUC" is today’s task once its first moment has passed, never a past step "done or passed"', () => {
    // It read "21 November 2026 · 15:00 — done or passed" (the end of the guide's hold), unpaid.
    const pay = buildTimeline(domingos, TODAY, duc).items.find((i) => i.id === 'duc-try-to-pay')!;
    expect(pay).toMatchObject({ date: TODAY, time: null, status: 'today' });
  });

  it('before that moment it is dated as the after-submit page’s "Try to pay from"', () => {
    const fresh = { lisbonDate: '2026-12-01', lisbonTime: '16:30' };
    const pay = buildTimeline(domingos, TODAY, fresh).items.find((i) => i.id === 'duc-try-to-pay')!;
    const from = ducWindow({ route: 'cplp-services', generatedAt: fresh }).tryToPayFrom.lisbon;
    expect(pay).toMatchObject({ date: from.date, time: from.time });
  });
});
