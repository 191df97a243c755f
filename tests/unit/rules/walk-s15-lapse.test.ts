import { describe, expect, it } from 'vitest';
import { assessCase, type CaseState } from '../../../shared/case/assessment';
import { submissionDay } from '../../../shared/case/case-facts';
import type { EvidenceEntry } from '../../../shared/case/evidence';
import { decideRoute, routeDecisionSchema } from '../../../shared/rules/route';
import type { SituationDraft } from '../../../shared/rules/situation';
import { buildTimeline } from '../../../shared/rules/timeline';
import { troubleshooting } from '../../../shared/rules/troubleshooting';
import { buildLetter, letterPlainText } from '../../../shared/writing/letter';
import { completeCase } from '../case/writing-fixtures';

/**
 * Session 15's walk: Kwame, a worker whose permit expired on 20 May 2026, submitted and paid in early May (before it
 * expired) and is still waiting on 1 December 2026; Jorge, whose permanent residence card expired on 1 April 2026 and
 * who never renewed. Each expectation is a sentence the walk found untrue of their case, and what it says now.
 */
const worker: SituationDraft = {
  permitKind: 'temporary-work',
  hasNiss: true,
  inPortugal: true,
  emailWithAimaCurrent: true,
  addressChangedSinceLastCard: false,
  biometricsOnFile: true,
  passportExpiry: '2032-01-01',
};
const TODAY = '2026-12-01';
const both = (l: { en: string; pt: string }) => `${l.en} ${l.pt}`;

const kwameState = (ducDay: string): CaseState => ({
  situation: { ...worker, permitExpiry: '2026-05-20' },
  documents: {},
  report: null,
  preUpload: { ticked: 0, total: 10 },
  duc: { generatedAt: { lisbonDate: ducDay, lisbonTime: '10:00' }, reference: '111 222 333' },
  evidence: [],
});

describe('Kwame: submitted before his permit expired, still waiting seven months later', () => {
  it('the route judges the six-month lapse on the day he submitted, not today', () => {
    const d = routeDecisionSchema.parse(decideRoute({ ...worker, permitExpiry: '2026-05-20' }, TODAY, 'applicant', '2026-05-02'));
    // It read "Your permit expired more than 6 months ago … the right of residence lapses … consider a lawyer before you submit".
    expect(d.warnings.map((w) => w.id)).not.toContain('expired-over-6-months');
    // It read "Yours expired on 2026-05-20, more than six months ago, so the portal is no longer the usual route for you".
    expect(d.why.map((w) => both(w.text)).join(' ')).not.toContain('more than six months ago');
    // What holds for someone travelling on an expired card with a pending renewal stays.
    expect(d.warnings.map((w) => w.id)).toContain('extension-inside-portugal-only');
    // Without a submission, or one made after the six months, the lapse is said as before.
    expect(decideRoute({ ...worker, permitExpiry: '2026-05-20' }, TODAY).warnings.map((w) => w.id)).toContain(
      'expired-over-6-months',
    );
    expect(
      decideRoute({ ...worker, permitExpiry: '2026-05-20' }, TODAY, 'applicant', '2026-11-25').warnings.map((w) => w.id),
    ).toContain('expired-over-6-months');
  });

  it('the assessment no longer says he submitted after the lapse', () => {
    const a = assessCase(kwameState('2026-05-02'), `${TODAY}T11:00:00Z`);
    // It read "Your permit expired more than six months ago (on 2026-05-20), before you submitted: the usual online threshold had passed".
    expect(a.route.availability).not.toBe('lapsed');
    expect(both(a.route.text)).not.toContain('before you submitted');
    expect(a.urgent.map((u) => both(u.text)).join(' ')).not.toContain('more than 6 months');
    // Submitted after the six months: the lapse is still said.
    expect(assessCase(kwameState('2026-11-25'), `${TODAY}T11:00:00Z`).route.availability).toBe('lapsed');
  });

  it('the submission day is the earliest DUC or receipt, from the log or the after-submit page', () => {
    const entry = (at: string, kind: EvidenceEntry['kind']): EvidenceEntry => ({
      type: 'entry',
      id: at,
      at,
      recordedAt: at,
      kind,
      note: '',
      files: [],
    });
    expect(submissionDay([], null)).toBeNull();
    // A payment follows the submission (hasSubmitted counts it): submitted by that day at the latest.
    expect(submissionDay([entry('2026-05-04T11:00:00Z', 'payment-proof')], null)).toBe('2026-05-04');
    expect(submissionDay([entry('2026-05-03T23:30:00Z', 'submitted-form')], '2026-05-05')).toBe('2026-05-04');
    expect(submissionDay([entry('2026-05-03T10:00:00Z', 'duc-reference')], '2026-05-02')).toBe('2026-05-02');
  });
});

describe('Jorge: a permanent residence card expired eight months ago, never renewed', () => {
  const jorge: SituationDraft = { ...worker, permitKind: 'permanent', permitExpiry: '2026-04-01' };
  const lapseClaim = /the right of residence lapses 6 months after expiry\.|, data em que o direito de residência caduca/;

  it('the route warns of the six months without asserting that a permanent right of residence lapsed', () => {
    const lapse = decideRoute(jorge, TODAY).warnings.find((w) => w.id === 'expired-over-6-months')!;
    // It read "Your permit expired more than 6 months ago … and the right of residence lapses 6 months after expiry".
    expect(lapse.text.en).toBe(
      'Your residence card expired more than 6 months ago (on 2026-04-01; six months ended 2026-10-01). Expired less than 6 months is the standard threshold for online renewal. For temporary permits the right of residence lapses 6 months after expiry (DR 84/2007 art. 63 n.14); no source we found says whether that applies to permanent residence, which has no time limit (only its card expires). Contact AIMA and consider a lawyer before you submit.',
    );
    expect(lapse.text.pt).toBe(
      'O seu título de residência caducou há mais de 6 meses (a 2026-04-01; os seis meses terminaram a 2026-10-01). Em regra, a renovação online só é possível até 6 meses após o fim da validade. Nas autorizações temporárias, o direito de residência caduca 6 meses após o fim da validade (DR 84/2007, art. 63.º, n.º 14); nenhuma fonte que encontrámos diz se isso se aplica à residência permanente, que não tem limite de validade (só o título caduca). Contacte a AIMA e pondere consultar um advogado antes de submeter.',
    );
    expect(lapse.provenance.sources).toContain('sefPermanent');
    // A temporary permit keeps the sentence it had.
    const temporary = decideRoute({ ...jorge, permitKind: 'temporary-work' }, TODAY).warnings.find(
      (w) => w.id === 'expired-over-6-months',
    )!;
    expect(temporary.text.en).toContain('Your permit expired more than 6 months ago');
    expect(temporary.text.en).toContain(', and the right of residence lapses 6 months after expiry.');
  });

  it('the timeline, the deadline and the troubleshooting row do not assert it either', () => {
    const six = buildTimeline(jorge, TODAY).items.find((i) => i.id === 'online-threshold')!;
    expect(both(six.detail)).not.toMatch(lapseClaim);
    expect(six.detail.en).toContain('no source we found says whether that applies to permanent residence');
    const deadline = assessCase(
      { situation: jorge, documents: {}, report: null, preUpload: { ticked: 0, total: 10 }, duc: null, evidence: [] },
      `${TODAY}T11:00:00Z`,
    ).deadlines.find((d) => d.id === 'online-threshold')!;
    // It read "Six months after expiry ended on 2026-10-01: the right of residence lapses then …".
    expect(both(deadline.explanation)).not.toContain('the right of residence lapses then');
    expect(both(deadline.explanation)).not.toContain('o direito de residência caduca nessa data');
    const row = troubleshooting.find((r) => r.id === 'permit-lapsed')!;
    expect(row.mayMean.en).toContain('The right of residence of a temporary permit lapses six months after expiry');
    expect(row.mayMean.pt).toContain('O direito de residência de uma autorização temporária caduca');
  });

  it('the carta registada says his card’s validity ended, not that his permanent authorisation lapsed', () => {
    const c = completeCase();
    c.situation.permitKind = 'permanent';
    c.situation.permitExpiry = '2026-04-01';
    c.evidence = [];
    const letter = buildLetter(c, { date: TODAY });
    expect(letter.purpose).toBe('lapsed-renewal');
    const text = letterPlainText(letter);
    // It read "A minha autorização de residência era válida até 1 de abril de 2026 e caducou há mais de seis meses."
    expect(text).not.toContain('A minha autorização de residência era válida');
    expect(text).toContain(
      'Sou titular de autorização de residência permanente. O meu título de residência era válido até 1 de abril de 2026; decorreram mais de seis meses desde essa data.',
    );
    expect(text).toContain('apesar de terem decorrido mais de seis meses desde o fim da validade do título');
  });
});
