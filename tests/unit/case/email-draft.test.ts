import { describe, expect, it } from 'vitest';
import { aimaEmailById, contactScenarios } from '../../../shared/rules/contact-scenarios';
import { buildEmailDraft, EMAIL_SUBJECTS, emailSubject } from '../../../shared/writing/email';
import { factLabels } from '../../../shared/writing/facts';
import { completeCase, expectedValues, withoutFact } from './writing-fixtures';

describe('email draft', () => {
  for (const scenario of contactScenarios) {
    it(`${scenario.id}: goes to AIMA's addresses for the scenario with every fact and the attachments`, () => {
      const draft = buildEmailDraft(completeCase(), scenario.id);
      const expectedTo = (scenario.emails.length ? scenario.emails : ['geral' as const]).map((id) => aimaEmailById(id).address);
      expect(draft.to.map((r) => r.address)).toEqual(expectedTo);
      expect(draft.from).toEqual({ name: 'Nguyễn Văn An', address: 'an.nguyen@example.org' });
      // A formal subject of its own ("Erro no Portal das Renovações"), not the app's title for the problem.
      expect(draft.subject.startsWith(`${emailSubject(completeCase(), scenario.id)} — `)).toBe(true);
      expect(draft.subject).toContain('PT-AR-4455');
      for (const fact of scenario.personFacts) expect(draft.body).toContain(`${factLabels[fact].pt}: ${expectedValues[fact]}`);
      // Every attachment, except one the case rules out (the complete case has a NISS and records no payment), and
      // the short explanation of what happened: the email's body is that explanation (session 11's walk), in both
      // languages.
      for (const attachment of scenario.attachments.filter((a) => a.onlyIf !== 'no-niss' && a.onlyIf !== 'payment-recorded')) {
        const listed = attachment.id !== 'short-explanation';
        expect(draft.body.includes(attachment.name.pt)).toBe(listed);
        expect(draft.readingAid.includes(attachment.name.en)).toBe(listed);
        expect(draft.attachments.some((a) => a.id === attachment.id)).toBe(listed);
      }
      // What is sent (and copied) is Portuguese only; the English reading aid is kept apart.
      expect(draft.body).toContain('Exmos. Senhores');
      expect(draft.body).not.toContain('Dear Sir or Madam');
      expect(draft.readingAid).toContain('Dear Sir or Madam');
      expect(draft.warnings.some((w) => w.code === 'FORM_ONLY')).toBe(scenario.emails.length === 0);
      expect(draft.warnings.some((w) => w.code === 'EMAIL_UNCERTAIN')).toBe(scenario.emails.includes('renovacao-ar'));
    });
  }

  it('every subject is true of the case: no "payment not registered" without a payment, no "DUC not generated" over a logged DUC', () => {
    const paid = completeCase();
    paid.evidence.push({
      type: 'entry',
      id: 'paid-1',
      at: '2026-03-06T11:00:00Z',
      recordedAt: '2026-03-06T11:05:00Z',
      kind: 'payment-proof',
      note: '',
      files: [],
    });
    const noDuc = completeCase();
    noDuc.evidence = [];
    // The complete case holds a DUC and no payment.
    expect(buildEmailDraft(completeCase(), 'payment-not-visible').subject).toMatch(
      /^Pedido de informação sobre o pagamento do DUC — /,
    );
    expect(buildEmailDraft(paid, 'payment-not-visible').subject).toMatch(/^Pagamento do DUC não registado no portal — /);
    const logged = buildEmailDraft(completeCase(), 'duc-payment');
    expect(logged.subject).toMatch(/^Pedido de emissão de novo DUC — /);
    expect(logged.body).not.toContain('não foi gerado');
    expect(logged.body).toContain('tendo sido gerado o DUC com a referência 712 345 678 901');
    expect(logged.readingAid).toContain('the DUC with reference 712 345 678 901 was generated');
    // Why a new DUC is asked for is the person's to say: a marked gap and a warning, never a request with no reason.
    expect(logged.body).toContain('712 345 678 901, que não me foi possível pagar: [MOTIVO].');
    expect(logged.warnings.filter((w) => w.code === 'NEEDS_DETAIL').map((w) => w.text.pt)).toEqual([
      'Indique por que não foi possível pagar o DUC (por exemplo, a referência é recusada ou o prazo de pagamento terminou).',
    ]);
    const none = buildEmailDraft(noDuc, 'duc-payment');
    expect(none.subject).toMatch(/^DUC não gerado no Portal das Renovações — /);
    expect(none.body).toContain('não foi gerado');
    // Every other subject asserts nothing the log could contradict: the same for every case.
    for (const scenario of contactScenarios.filter((s) => s.id !== 'payment-not-visible' && s.id !== 'duc-payment'))
      for (const c of [completeCase(), paid, noDuc]) expect(emailSubject(c, scenario.id)).toBe(EMAIL_SUBJECTS[scenario.id]);
  });

  it('names a missing fact in a warning and marks it in the body', () => {
    const draft = buildEmailDraft(withoutFact(completeCase(), 'dateOfBirth'), 'renewals-portal-error');
    expect(draft.warnings.filter((w) => w.code === 'MISSING_FACT').map((w) => w.fact)).toEqual(['dateOfBirth']);
    expect(draft.body).toContain('Data de nascimento: [EM FALTA / MISSING: Data de nascimento]');
  });
});

/**
 * Session 14's walk: Domingos, a CPLP holder, generated his DUC on services.aima.gov.pt ("Renovar AR CPLP"); the
 * text for AIMA said "Preenchi o pedido de renovação … no Portal das Renovações, tendo sido gerado o DUC".
 */
describe('the DUC texts name the portal the case’s DUC comes from', () => {
  const cplp = () => {
    const c = completeCase();
    c.situation = { ...c.situation, permitKind: 'temporary-cplp', permitExpiry: '2026-09-10' };
    return c;
  };

  it('a CPLP holder’s DUC: the services portal, never the Portal das Renovações', () => {
    const draft = buildEmailDraft(cplp(), 'duc-payment');
    expect(draft.body).toContain('no Portal de serviços da AIMA (services.aima.gov.pt), tendo sido gerado o DUC');
    expect(draft.readingAid).toContain('on the AIMA services portal (services.aima.gov.pt), and the DUC');
    expect(draft.body).not.toContain('Portal das Renovações');
    const noDuc = cplp();
    noDuc.evidence = [];
    const none = buildEmailDraft(noDuc, 'duc-payment');
    expect(none.subject).toMatch(/^DUC não gerado no Portal de serviços da AIMA \(services\.aima\.gov\.pt\) — /);
    expect(none.body).toContain('no Portal de serviços da AIMA (services.aima.gov.pt), mas o Documento Único de Cobrança');
  });

  it('a worker’s DUC stays on the Portal das Renovações', () => {
    expect(buildEmailDraft(completeCase(), 'duc-payment').body).toContain('no Portal das Renovações, tendo sido gerado o DUC');
  });
});
