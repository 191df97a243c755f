import { describe, expect, it } from 'vitest';
import { assessCase, type CaseState } from '../../../shared/case/assessment';
import type { SituationDraft } from '../../../shared/rules/situation';

const worker: SituationDraft = {
  permitKind: 'temporary-work',
  hasNiss: true,
  inPortugal: true,
  emailWithAimaCurrent: true,
  addressChangedSinceLastCard: false,
  biometricsOnFile: true,
  passportExpiry: '2032-01-01',
};
const NOW = '2026-12-01T11:00:00Z';
const assess = (permitExpiry: string, duc: CaseState['duc'] = null) =>
  assessCase(
    {
      situation: { ...worker, permitExpiry },
      documents: {},
      report: null,
      preUpload: { ticked: 0, total: 10 },
      duc,
      evidence: [],
    },
    NOW,
  );
const routeText = (permitExpiry: string) => assess(permitExpiry).route;

/**
 * Found walking the route page of a permit expiring 10 January 2027, on 1 December 2026: "When the portal
 * opens for you" said "check the portal from now on, and by 1 January 2027" and, right below, "Look from
 * 1 October 2026": two sentences for one fact, one with a day long past. One sentence now says it, and
 * "from now on" only once the earliest day to look has come.
 */
describe('when the portal opens for an expiry month no source dates', () => {
  it('says "from now on" once the earliest day to look has passed', () => {
    const route = routeText('2027-01-10');
    expect(route.availability).toBe('unknown');
    expect(route.text.en).toBe(
      'No source gives the date the portal opens for your expiry month yet: check the portal from now on, and by 2027-01-01 at the latest. The law’s date to apply is 2026-12-11, 30 days before your permit expires: if the portal is not open for you by then, keep proof of each attempt.',
    );
    expect(route.text.pt).toContain('verifique o portal a partir de agora e, o mais tardar, a 2027-01-01');
  });

  it('names the law’s date when it comes before the month opens, as the next deadline does (session 11 walk)', () => {
    // Expires 20 January 2027: the law's date is 21 December 2026, the month opens by 1 January at the latest.
    const state = assess('2027-01-20');
    expect(state.route.text.en).toContain(
      'by 2027-01-01 at the latest. The law’s date to apply is 2026-12-21, 30 days before your permit expires',
    );
    expect(state.route.text.pt).toContain(
      'A data da lei para pedir é 2026-12-21, 30 dias antes do fim da validade: se o portal ainda não estiver aberto para si nessa data, guarde prova de cada tentativa.',
    );
    // The same day as the deadline the agency summary and the timeline name.
    expect(state.deadlines.find((d) => d.id === 'legal-apply-by')?.date).toBe('2026-12-21');
    // Passed already: said as passed. Expiring 31 January: the law's date is the month's first day, nothing to add.
    expect(routeText('2026-12-20').text.en).not.toContain('The law’s date');
    expect(routeText('2027-01-31').text.en).not.toContain('The law’s date');
  });

  it('names the day to start looking while it is still ahead', () => {
    const route = routeText('2027-06-15');
    expect(route.availability).toBe('unknown');
    expect(route.text.en).toContain('check the portal from 2027-03-01, and by 2027-06-01 at the latest');
    expect(route.text.en).not.toContain('from now on');
    expect(route.text.pt).toContain('verifique o portal a partir de 2027-03-01 e, o mais tardar, a 2027-06-01');
  });
});

/**
 * Kwame: permit expired 20 August 2026, renewal submitted, DUC of 5 October 2026 unpaid. The route step
 * said "submit as soon as your documents are ready" and the next action "Every reading’s deadline has
 * passed" without saying of what.
 */
describe('after a DUC is recorded', () => {
  const kwame = () =>
    assess('2026-08-20', { generatedAt: { lisbonDate: '2026-10-05', lisbonTime: '14:20' }, reference: '712 345 678 901' });

  it('the route no longer tells the person to submit', () => {
    const { route } = kwame();
    expect(route.availability).toBe('open');
    expect(route.text.en).not.toMatch(/submit as soon as/);
    expect(route.text.en).toContain('You have submitted your renewal');
    expect(route.text.pt).toContain('Já submeteu o pedido de renovação');
  });

  it('the overdue DUC names the DUC', () => {
    const { next: nextAction } = kwame();
    expect(nextAction.text.en).toContain(
      'The DUC’s payment deadline has passed under every reading (the last on 2026-10-20 at 23:59)',
    );
    expect(nextAction.text.pt).toContain('O prazo de pagamento do DUC terminou segundo todas as leituras');
  });
});

/**
 * Session 14's walk: Yara, whose family-reunification permit expired on 31 May 2025 (the Mission Structure's
 * route), read on 1 December 2026 "This route opens by AIMA’s email: you can submit once the email … reaches you"
 * beside the urgent "the in-country extension ended on 15 April 2026 … act now: use the request page".
 */
describe('a Mission Structure permit after the in-country extension ended', () => {
  const yaraCase = (now: string, duc: CaseState['duc'] = null) =>
    assessCase(
      {
        situation: {
          ...worker,
          permitNumber: 'A12345678',
          permitKind: 'temporary-family-reunification',
          permitExpiry: '2025-05-31',
        },
        situationConfirmed: true,
        documents: {},
        report: null,
        preUpload: { ticked: 0, total: 10 },
        duc,
        evidence: [],
      },
      now,
    );
  const yara = (now: string) => yaraCase(now).route;

  it('the route step needs attention, not "done" beside "act now", until the renewal is submitted', () => {
    const routeStep = (duc: CaseState['duc']) => yaraCase(NOW, duc).steps.find((step) => step.id === 'route')?.status;
    expect(routeStep(null)).toBe('attention');
    expect(routeStep({ generatedAt: { lisbonDate: '2026-11-30', lisbonTime: '10:20' }, reference: '712345678901' })).toBe('done');
    expect(yaraCase('2026-03-01T11:00:00Z').steps.find((step) => step.id === 'route')?.status).toBe('done');
  });

  it('does not tell the person to wait for the email', () => {
    const route = yara(NOW);
    expect(route.availability).toBe('by-invitation');
    expect(route.text.en).not.toContain('you can submit once the email');
    expect(route.text.en).toContain('do not wait for the email');
    expect(route.text.pt).toContain('não espere pelo e-mail');
  });

  it('before 15 April 2026 the email is still what opens it', () => {
    expect(yara('2026-03-01T11:00:00Z').text.en).toContain('you can submit once the email');
  });
});
