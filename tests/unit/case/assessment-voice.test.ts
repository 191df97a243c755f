import { describe, expect, it } from 'vitest';
import { assessCase, type Assessment, type CaseState } from '../../../shared/case/assessment';
import { DEC_1_NOON, personAlone, WORKER } from './assessment-fixtures';

const agency = (state: CaseState): Assessment => assessCase({ ...state, reader: 'agency' }, DEC_1_NOON);
const applicant = (state: CaseState): Assessment => assessCase(state, DEC_1_NOON);

/** Every sentence of the assessment an agency reads about its client, except the rules' own (route, DUC, urgent). */
function agencySentences(a: Assessment): string[] {
  const steps = a.steps.filter((s) => s.id !== 'route').map((s) => s.reason);
  const permit = a.deadlines.filter((d) => d.id === 'permit-expires').flatMap((d) => [d.title, d.explanation]);
  // Waiting for the portal, the next action is the route's sentence: the rules' own words (shared/rules/route.ts).
  const next = a.next.id === 'wait-for-portal' ? [] : [a.next.text];
  return [...steps, ...next, ...permit].flatMap((t) => [t.en, t.pt]);
}

/** A client folder opened in the guide, or the batch's summary: the task list speaks of the client (session 12's walk). */
describe('the assessment as an agency reads it', () => {
  const cases: Array<[string, CaseState]> = [
    ['nothing given', personAlone('none', null)],
    ['every document ready', personAlone('every-required-ready', null)],
    ['questions unanswered', { ...personAlone('none', null), situation: { permitKind: WORKER.permitKind } }],
    ['no permit kind', { ...personAlone('none', null), situation: {} }],
    ['expired', personAlone('none', null, { ...WORKER, permitExpiry: '2026-10-01' })],
  ];

  for (const [name, state] of cases)
    it(`${name}: never "your"/"seu", the client named where the applicant reads "your"`, () => {
      for (const sentence of agencySentences(agency(state)))
        expect(sentence).not.toMatch(/\byour\b|\b(seus?|suas?)\b|\byou hold\b/i);
    });

  it('when the portal opens for the client: the route’s sentence of the assessment, for each month’s state', () => {
    for (const permitExpiry of ['2027-03-01', '2026-12-20', '2026-10-01']) {
      const state = personAlone('none', null, { ...WORKER, permitExpiry });
      const route = agency(state).steps.find((s) => s.id === 'route')!.reason;
      expect(route.en, permitExpiry).not.toMatch(/\byour?\b/i);
      expect(route.pt, permitExpiry).not.toMatch(/\b(seus?|suas?|si|lhe)\b/i);
      expect(applicant(state).steps.find((s) => s.id === 'route')!.reason.en, permitExpiry).toMatch(/\byour?\b/i);
    }
  });

  it('a client who submitted (a DUC in the log): the route says the client’s renewal was submitted', () => {
    const state: CaseState = {
      ...personAlone('none', null, { ...WORKER, permitExpiry: '2026-12-20' }),
      duc: { generatedAt: { lisbonDate: '2026-11-20', lisbonTime: '10:15' } },
    };
    expect(agency(state).steps.find((s) => s.id === 'route')!.reason).toEqual({
      en: 'The client’s renewal was submitted on this route (a DUC or a receipt is in the client’s case): follow the payment and AIMA’s reply under “After you submit”.',
      pt: 'O pedido de renovação do cliente já foi submetido por esta via (o processo do cliente tem um DUC ou um comprovativo): acompanhe o pagamento e a resposta da AIMA em «Depois de submeter».',
    });
    expect(applicant(state).steps.find((s) => s.id === 'route')!.reason.en).toMatch(/^You have submitted your renewal/);
  });

  it('says the client’s permit, answers and documents; the applicant’s words are unchanged', () => {
    const none = personAlone('none', null);
    expect(agency(none).next.text.en).toMatch(/^Prepare the client’s documents: /);
    expect(agency(none).next.text.pt).toMatch(/^Prepare os documentos do cliente: /);
    expect(applicant(none).next.text.en).toMatch(/^Prepare your documents: /);
    expect(applicant(none).next.text.pt).toMatch(/^Prepare os documentos: /);
    expect(agency(none).steps[0]!.reason).toEqual({ en: 'The answers are complete.', pt: 'As respostas estão completas.' });
    expect(applicant(none).steps[0]!.reason).toEqual({
      en: 'Your answers are complete.',
      pt: 'As suas respostas estão completas.',
    });
    const expiry = agency(none).deadlines.find((d) => d.id === 'permit-expires')!;
    expect(expiry.title).toEqual({ en: 'The client’s permit expires', pt: 'A autorização do cliente caduca' });
    const ready = agency(personAlone('every-required-ready', null, { ...WORKER, permitExpiry: '2026-12-20' }));
    expect(ready.next.id).toBe('submit');
    expect(ready.next.text.en).toContain('with the files of the client’s folder');
    expect(ready.next.text.pt).toContain('com os ficheiros da pasta do cliente');
  });
});
