import { describe, expect, it } from 'vitest';
import { assessCase, type CaseState } from '../../../shared/case/assessment';

/**
 * Submitted and paid: the documents went to AIMA with the request. The guide's task list says what the agency
 * view says (batch/row.ts): preparing them is what to have at hand if AIMA asks, never "needs attention".
 */
const base: CaseState = {
  situation: {
    permitKind: 'temporary-work',
    permitExpiry: '2026-12-31',
    hasNiss: true,
    inPortugal: true,
    emailWithAimaCurrent: true,
    addressChangedSinceLastCard: false,
    biometricsOnFile: true,
    passportExpiry: '2031-01-01',
  },
  documents: {},
  report: null,
  preUpload: { ticked: 0, total: 10 },
  duc: { generatedAt: { lisbonDate: '2026-11-20', lisbonTime: '10:15' } },
  evidence: [],
};
const paid: CaseState = {
  ...base,
  evidence: [
    {
      type: 'entry',
      id: 'p1',
      at: '2026-11-20T12:00:00+00:00',
      recordedAt: '2026-11-20T12:00:00+00:00',
      kind: 'payment-proof',
      note: '',
      files: [],
    },
  ],
};

describe('a case submitted and paid', () => {
  it('documents, checks and folder are "use when needed", with the missing documents as a note, in both languages', () => {
    const a = assessCase(paid, '2026-12-01T11:00:00Z');
    expect(a.next.id).toBe('wait-decision');
    const step = (id: string) => a.steps.find((s) => s.id === id)!;
    for (const id of ['documents', 'preUpload', 'folder']) expect(step(id).status).toBe('optional');
    expect(step('documents').reason.en).toMatch(
      /^You have submitted and paid: AIMA may still ask for documents\. Not ready here: /,
    );
    expect(step('documents').reason.pt).toMatch(
      /^Já submeteu e pagou: a AIMA pode ainda pedir documentos\. Não estão prontos aqui: /,
    );
    expect(a.steps.some((s) => s.status === 'attention')).toBe(false);
  });

  it('once the tacit-approval day has passed with no decision, the next action and the step say so, not "wait"', () => {
    // Session 15's walk (Kwame): paid on 4 May 2026, read on 1 December; the 60th working day after was 29 July.
    const may: CaseState = {
      ...paid,
      situation: { ...paid.situation, permitExpiry: '2026-05-20' },
      duc: { generatedAt: { lisbonDate: '2026-05-02', lisbonTime: '10:00' } },
      evidence: [{ ...paid.evidence[0]!, at: '2026-05-04T10:00:00+01:00', recordedAt: '2026-05-04T10:00:00+01:00' }],
    };
    const a = assessCase(may, '2026-12-01T11:00:00Z');
    expect(a.next.id).toBe('no-decision');
    expect(a.next.screen).toBe('/trouble');
    expect(a.next.text.en).toBe(
      'No decision is recorded 60 Portuguese working days after the payment (29 July 2026): under “Something went wrong”, see the registered letter to AIMA and the certificate of tacit approval.',
    );
    expect(a.next.text.pt).toBe(
      'Não está registada nenhuma decisão 60 dias úteis depois do pagamento (29 de julho de 2026): em «Algo correu mal», veja a carta registada à AIMA e a certidão de deferimento tácito.',
    );
    expect(`${a.next.text.en} ${a.next.text.pt}`).not.toMatch(/wait for AIMA|aguarde a decisão/i);
    const afterSubmit = a.steps.find((s) => s.id === 'afterSubmit')!;
    expect(afterSubmit.status).toBe('attention');
    expect(afterSubmit.reason).toEqual(a.next.text);
    // The wait goes on through the deadline's last day (29 July) and the working day after it (30 July), by which AIMA
    // may still dispatch a decision (CPA art. 130 n.º 2, as the letters judge it); from 31 July it is over.
    expect(assessCase(may, '2026-07-29T11:00:00Z').next.id).toBe('wait-decision');
    expect(assessCase(may, '2026-07-30T11:00:00Z').next.id).toBe('wait-decision');
    expect(assessCase(may, '2026-07-31T11:00:00Z').next.id).toBe('no-decision');
  });

  it('before the payment the documents step is unchanged (the DUC is the next action)', () => {
    const a = assessCase(base, '2026-12-01T11:00:00Z');
    expect(a.steps.find((s) => s.id === 'documents')!.status).not.toBe('optional');
  });
});
