import { describe, expect, it } from 'vitest';
import { assessCase, type Assessment, type CaseState } from '../../../shared/case/assessment';
import { assessClientFile } from '../../../shared/batch/advisor';
import type { Reader } from '../../../shared/i18n/reader';
import { waitAfterPayment } from '../../../shared/case/after-payment';
import { checklistFor } from '../../../shared/rules/checklist';
import { agencyScenarioWordKeys, contactScenarioIdSchema, contactScenarios } from '../../../shared/rules/contact-scenarios';
import { buildContactFormText } from '../../../shared/writing/contact-form';
import { buildEmailDraft } from '../../../shared/writing/email';
import { completeCase } from '../case/writing-fixtures';
import { preUploadChecklist, preUploadChecklistFor } from '../../../shared/rules/pre-upload';
import { decideRoute, warningOnceSubmitted } from '../../../shared/rules/route';
import { permitKinds, type IsoDate, type SituationDraft } from '../../../shared/rules/situation';
import type { Localized } from '../../../shared/rules/sources';
import { buildTimeline } from '../../../shared/rules/timeline';
import { agencyTroubleshootingWords, troubleshooting, troubleshootingFor } from '../../../shared/rules/troubleshooting';

/**
 * The rules' sentences an agency reads about its client (the route's reasons and warnings, the timeline, the
 * checklist's advice, and the assessment built on them: the agency view, summary.html, the command line) never say
 * "your permit" / "a sua autorização" (session 13's closing note: about 18 rules sentences still did).
 */

/** "your", and the Portuguese possessives and pronouns addressed to the reader ("o seu", "para si", "lhe"; not "a autorização em si"). */
const ADDRESSED_EN = /\byours?\b/i;
const ADDRESSED_PT = /\b(seus?|suas?|lhe)\b|\bpara si\b/i;

function expectAgencyWords(texts: readonly Localized[], where: string): void {
  for (const text of texts) {
    expect(text.en, `${where}: ${text.en}`).not.toMatch(ADDRESSED_EN);
    expect(text.pt, `${where}: ${text.pt}`).not.toMatch(ADDRESSED_PT);
  }
}

const DAYS: IsoDate[] = ['2025-11-20', '2026-03-01', '2026-12-01'];
const EXPIRIES: IsoDate[] = ['2019-08-15', '2024-08-15', '2025-09-10', '2026-01-15', '2026-09-15', '2026-12-31', '2027-08-15'];
/** Every personal warning at once: abroad, an old email, moved, no NISS, no biometrics. */
const EVERYTHING_WRONG: SituationDraft = {
  inPortugal: false,
  emailWithAimaCurrent: false,
  addressChangedSinceLastCard: true,
  hasNiss: false,
  biometricsOnFile: false,
};

/** Situations that between them raise every warning and reason of the route (each kind, expiry and day). */
function situations(): Array<[string, SituationDraft, IsoDate]> {
  const out: Array<[string, SituationDraft, IsoDate]> = [];
  for (const today of DAYS)
    for (const permitKind of permitKinds)
      for (const permitExpiry of EXPIRIES)
        for (const [label, extra] of [
          ['plain', { passportExpiry: '2031-01-01' }],
          ['everything wrong, passport expired', { ...EVERYTHING_WRONG, passportExpiry: '2025-01-01' }],
          ['passport expiring soon', { passportExpiry: addDaysIso(today, 20) }],
        ] as const)
          out.push([`${permitKind} ${permitExpiry} on ${today} (${label})`, { permitKind, permitExpiry, ...extra }, today]);
  out.push(['nothing answered', {}, '2026-12-01'], ['only the kind', { permitKind: 'temporary-work' }, '2026-12-01']);
  return out;
}

function addDaysIso(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const routeTexts = (s: SituationDraft, today: IsoDate, reader: Reader) => {
  const decision = decideRoute(s, today, reader);
  return [
    ...decision.why.map((w) => w.text),
    ...decision.warnings.map((w) => w.text),
    // As read once the renewal is submitted (the passport's warnings change).
    ...decision.warnings.map((w) => warningOnceSubmitted(w, reader).text),
  ];
};

const timelineTexts = (s: SituationDraft, today: IsoDate, reader: Reader) =>
  buildTimeline(s, today, undefined, {}, reader).items.flatMap((item) => [item.title, item.detail]);

describe('the route’s reasons and warnings', () => {
  it('an agency reads the client’s permit, passport and email, never "your" / "o seu", in every situation', () => {
    for (const [name, s, today] of situations()) expectAgencyWords(routeTexts(s, today, 'agency'), name);
  });

  it('the applicant reads them as before (no reader is the applicant)', () => {
    const all = situations().flatMap(([, s, today]) => routeTexts(s, today, 'applicant'));
    for (const [, s, today] of situations()) expect(routeTexts(s, today, 'applicant')).toEqual(routeTexts(s, today, undefined!));
    // The check above is not empty: the applicant's words do say "your" / "a sua".
    expect(all.filter((t) => ADDRESSED_EN.test(t.en)).length).toBeGreaterThan(10);
    expect(all.filter((t) => ADDRESSED_PT.test(t.pt)).length).toBeGreaterThan(10);
  });

  it('the words that change are the person’s: the lapse, the personal warnings, the month', () => {
    const lapsed = (reader: Reader) =>
      decideRoute({ permitKind: 'temporary-work', permitExpiry: '2026-01-15' }, '2026-12-01', reader).warnings.find(
        (w) => w.id === 'expired-over-6-months',
      )!.text;
    expect(lapsed('applicant').en).toMatch(/^Your permit expired more than 6 months ago/);
    expect(lapsed('agency').en).toMatch(/^The client’s permit expired more than 6 months ago/);
    expect(lapsed('applicant').pt).toMatch(/^A sua autorização caducou há mais de 6 meses/);
    expect(lapsed('agency').pt).toMatch(/^A autorização do cliente caducou há mais de 6 meses/);
    const personal = decideRoute({ ...EVERYTHING_WRONG, permitKind: 'temporary-work' }, '2026-12-01', 'agency').warnings;
    expect(personal.find((w) => w.id === 'no-niss')!.text.pt).toMatch(/^O cliente não tem NISS\./);
    expect(personal.find((w) => w.id === 'address-changed')!.text.en).toMatch(/^The client moved since their card was issued\./);
    expect(personal.find((w) => w.id === 'email-not-current')!.text.pt).toMatch(
      /^Atualize quanto antes o e-mail do cliente registado na AIMA:/,
    );
  });
});

describe('the timeline', () => {
  it('an agency reads "the client’s permit expires", never "your", in every situation', () => {
    for (const [name, s, today] of situations()) expectAgencyWords(timelineTexts(s, today, 'agency'), name);
  });

  it('with a DUC and its payment too', () => {
    const s: SituationDraft = { permitKind: 'temporary-work', permitExpiry: '2026-12-31', biometricsOnFile: false };
    const items = buildTimeline(s, '2026-12-01', { lisbonDate: '2026-11-20', lisbonTime: '10:15' }, {}, 'agency').items;
    expectAgencyWords(
      items.flatMap((i) => [i.title, i.detail]),
      'DUC',
    );
    expect(items.find((i) => i.id === 'permit-expires')!.title).toEqual({
      en: 'The client’s permit expires',
      pt: 'A autorização do cliente caduca',
    });
  });
});

describe('the checklist’s advice', () => {
  it('an agency reads the client’s NIF, card and employer for every permit kind; the applicant’s words are unchanged', () => {
    for (const permitKind of permitKinds)
      for (const hasNiss of [true, false, undefined]) {
        const s = { permitKind, permitExpiry: '2026-09-15', hasNiss };
        const agency = checklistFor(s, '2026-12-01', 'agency');
        expectAgencyWords(
          [
            ...agency.items.flatMap((i) => [i.validity, ...(i.condition ? [i.condition] : [])]),
            ...agency.notes.map((n) => n.text),
          ],
          `${permitKind} hasNiss=${String(hasNiss)}`,
        );
        const applicant = checklistFor(s, '2026-12-01');
        expect(applicant.items.map((i) => i.ruleId)).toEqual(agency.items.map((i) => i.ruleId));
        expect(checklistFor(s, '2026-12-01', 'applicant')).toEqual(applicant);
      }
    const card = (reader: Reader) =>
      checklistFor({ permitKind: 'temporary-work' }, '2026-12-01', reader).items.find(
        (i) => i.ruleId === 'residence-permit-current',
      )!.validity;
    expect(card('applicant').en).toMatch(/^Your current card/);
    expect(card('agency').en).toMatch(/^The client’s current card/);
    // Portuguese that names no one is the same for both readers.
    expect(card('agency').pt).toBe(card('applicant').pt);
  });
});

describe('the troubleshooting rows', () => {
  it('an agency reads about the client’s month, record and card in every row', () => {
    for (const row of troubleshootingFor('agency'))
      expectAgencyWords(
        [row.problem, row.mayMean, ...row.tryThis, ...(row.writingDoesNotHelp ? [row.writingDoesNotHelp] : [])],
        row.id,
      );
  });

  it('the applicant reads the table as it is; the overlay names rows and lines that exist, and changes them', () => {
    expect(troubleshootingFor('applicant')).toBe(troubleshooting);
    for (const [id, words] of Object.entries(agencyTroubleshootingWords)) {
      const row = troubleshooting.find((r) => r.id === id);
      expect(row, id).toBeDefined();
      const agencyRow = troubleshootingFor('agency').find((r) => r.id === id)!;
      for (const index of Object.keys(words.tryThis ?? {}).map(Number)) {
        expect(index, id).toBeLessThan(row!.tryThis.length);
        expect(agencyRow.tryThis[index], `${id} ${index}`).not.toEqual(row!.tryThis[index]);
      }
      if (words.problem) expect(agencyRow.problem, id).not.toEqual(row!.problem);
      if (words.mayMean) expect(agencyRow.mayMean, id).not.toEqual(row!.mayMean);
    }
  });
});

describe('the checks before uploading, and the wait after paying', () => {
  it('an agency ticks checks about the client’s records; the applicant’s list is the same list', () => {
    for (const [label, s, today] of situations()) {
      const agency = preUploadChecklistFor(s, today, 'agency');
      expectAgencyWords(
        agency.map((item) => item.text),
        `pre-upload, ${label}`,
      );
      // The same checks for both readers: only the words differ.
      expect(
        agency.map((item) => item.id),
        label,
      ).toEqual(preUploadChecklistFor(s, today).map((item) => item.id));
    }
    expect(preUploadChecklistFor({}, '2026-12-01')).toBe(preUploadChecklist);
  });

  it('the wait counts from the client’s payment', () => {
    for (const today of ['2026-12-01', '2027-06-01']) {
      expectAgencyWords([waitAfterPayment('2026-11-30T10:00:00Z', today, 'agency').text], today);
      expect(waitAfterPayment('2026-11-30T10:00:00Z', today).text.en).toContain('after your payment on');
    }
  });
});

describe('the texts for AIMA, as an agency reads their warnings and reading aid', () => {
  it('the command line and a client’s case: attachments, notes and warnings name the client', () => {
    const base = completeCase();
    base.assignments = {};
    const cases = [
      { ...base, situation: { ...base.situation, hasNiss: true } },
      { ...base, situation: { ...base.situation, hasNiss: false } },
      { ...base, situation: { ...base.situation, hasNiss: undefined } },
    ];
    for (const caseFile of cases)
      for (const scenarioId of contactScenarioIdSchema.options)
        for (const factsIn of ['client-folder', 'client-case'] as const) {
          const form = buildContactFormText(caseFile, scenarioId, factsIn);
          const email = buildEmailDraft(caseFile, scenarioId, factsIn);
          expectAgencyWords(
            [
              ...form.attachments.flatMap((a) => [a.name, ...(a.condition ? [a.condition] : [])]),
              ...form.notes,
              // A form option's unconfirmed name is AIMA's label, glossed ("your email"): not a sentence to the reader.
              ...form.warnings.filter((w) => w.code !== 'LABEL_NOT_VERIFIED').map((w) => w.text),
              ...email.warnings.map((w) => w.text),
            ],
            `${scenarioId} ${factsIn}`,
          );
        }
  });

  it('the overlay’s words are a scenario’s (none left behind by an edit)', () => {
    const words = JSON.stringify(contactScenarios);
    for (const key of agencyScenarioWordKeys) expect(words, key).toContain(JSON.stringify(key));
  });
});

describe('the assessment built on them (the agency view, summary.html, the command line)', () => {
  const DEC_1 = '2026-12-01T12:00:00Z';
  const stateOf = (situation: SituationDraft, extra: Partial<CaseState> = {}): CaseState => ({
    situation,
    reader: 'agency',
    documents: {},
    report: null,
    preUpload: { ticked: 0, total: 0 },
    duc: null,
    evidence: [],
    ...extra,
  });
  const sentences = (a: Assessment): Localized[] => [
    a.route.text,
    a.next.text,
    ...a.urgent.map((u) => u.text),
    ...a.steps.map((s) => s.reason),
    ...a.blockers.map((b) => b.text),
    ...a.deadlines.flatMap((d) => [d.title, d.explanation]),
  ];

  it('every sentence an agency reads about its client, in every situation, submitted or not', () => {
    for (const [name, s, today] of situations()) {
      const now = `${today}T12:00:00Z`;
      expectAgencyWords(sentences(assessCase(stateOf(s), now)), name);
      const submitted = stateOf(s, { duc: { generatedAt: { lisbonDate: addDaysIso(today, -3), lisbonTime: '10:15' } } });
      expectAgencyWords(sentences(assessCase(submitted, now)), `${name}, a DUC`);
    }
  });

  it('paid, then approved: the client keeps the declaração', () => {
    const s: SituationDraft = { permitKind: 'temporary-work', permitExpiry: '2026-12-31' };
    const paid = assessCase(
      stateOf(s, {
        duc: { generatedAt: { lisbonDate: '2026-11-20', lisbonTime: '10:15' } },
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
      }),
      DEC_1,
    );
    expectAgencyWords(sentences(paid), 'paid');
    expect(paid.steps.find((step) => step.id === 'documents')!.reason.en).toMatch(
      /^The client’s renewal was submitted and paid:/,
    );
  });

  it('the batch’s advisor reads the client’s case as an agency', () => {
    const lapsed = assessClientFile(
      { person: {}, situation: { permitKind: 'temporary-work', permitExpiry: '2026-01-15' } },
      DEC_1,
    );
    expect(lapsed.next.text.en).toMatch(/^The client’s permit expired more than 6 months ago/);
    expect(lapsed.next.text.pt).toMatch(/^A autorização do cliente caducou há mais de 6 meses/);
    expectAgencyWords(sentences(lapsed), 'lapsed');
  });
});
