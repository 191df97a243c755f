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

  it('a payment after a reading\'s last moment is said to be after it, never a plain "paid" beside that moment', () => {
    // DUC of 20 November 10:15: strict last moment 21 November 10:15, the other reading 7 December.
    const situation = {
      permitKind: 'temporary-work' as const,
      permitExpiry: '2026-12-31',
      hasNiss: true,
      inPortugal: true,
      emailWithAimaCurrent: true,
      addressChangedSinceLastCard: false,
      biometricsOnFile: true,
      passportExpiry: '2032-01-01',
    };
    const line = (paidAt: string) =>
      assessCase(
        {
          situation,
          documents: {},
          report: null,
          preUpload: { ticked: 0, total: 10 },
          duc: { generatedAt: { lisbonDate: '2026-11-20', lisbonTime: '10:15' } },
          evidence: [{ type: 'entry', id: 'p', at: paidAt, recordedAt: paidAt, kind: 'payment-proof', note: '', files: [] }],
        },
        '2026-12-10T11:00:00Z',
      ).deadlines.find((d) => d.id === 'duc-payment')!;
    const onTime = line('2026-11-20T18:00:00Z');
    expect([onTime.state, onTime.paidAfter, onTime.other?.paidAfter]).toEqual(['met', undefined, undefined]);
    expect(onTime.explanation.en).toBe('Paid: the payment is recorded in the evidence log.');
    const between = line('2026-11-24T09:15:00Z');
    expect([between.state, between.paidAfter, between.other?.paidAfter]).toEqual(['met', true, undefined]);
    expect(between.explanation.en).toContain(
      'Paid on 2026-11-24 at 09:15: after the strictest reading’s last moment (2026-11-21 at 10:15)',
    );
    expect(between.explanation.pt).toContain('Pago a 2026-11-24 às 09:15: depois do último momento da leitura mais exigente');
    const late = line('2026-12-09T10:00:00Z');
    expect([late.paidAfter, late.other?.paidAfter]).toEqual([true, true]);
    expect(late.explanation.en).toContain('after the last moment to pay under every reading');
  });
});
