import { describe, expect, it } from 'vitest';
import { assessCase, requiredCategoriesOf, type CaseState } from '../../../shared/case/assessment';
import { cardStatusOf, readingFlagsOf } from '../../../shared/case/card-status';
import { buildSummaryRow, type RowFacts } from '../../../shared/batch/row';
import { checkConsistency } from '../../../shared/reading/consistency';
import type { CertificateReading } from '../../../shared/reading/certificate';
import { translate } from '../../../shared/i18n/translate';
import { givenFor, reportFor, type Outcome } from '../case/assessment-fixtures';

/**
 * Session 7's walk: a prepared, ready Finanças certificate valid only until 2 December, judged on 1 December, was
 * flagged on its card's line, before upload and in the agency summary, yet its card's status read a green "Ready"
 * and the summary listed it among the plain ready categories. One word now everywhere: "Ready, with warnings".
 */
const lin: CertificateReading = {
  kind: 'financas-certificate',
  issuedOn: '2026-09-02',
  statedValidity: { months: 3 },
  nif: null,
  niss: null,
  name: null,
};
const soon = checkConsistency({
  submitOn: '2026-12-01',
  judgedOn: 'today',
  facts: {},
  mrz: null,
  certificates: [{ file: 'certidao.pdf', reading: lin }],
});
const fresh = checkConsistency({
  submitOn: '2026-11-01',
  judgedOn: 'today',
  facts: {},
  mrz: null,
  certificates: [{ file: 'certidao.pdf', reading: lin }],
});

describe('a ready certificate valid 14 days or less after the day judged says the same in every view', () => {
  it('the card: "Ready, with warnings" in yellow, in both languages; without the warning, green "Ready"', () => {
    const flags = readingFlagsOf(soon.items, ['certidao.pdf']);
    expect(flags).toEqual({ blocked: false, warned: true });
    const status = cardStatusOf('ready', 'required', flags.blocked, flags.warned);
    expect(status).toEqual({ key: 'doneWithWarnings', tone: 'yellow' });
    // The prepared file's verdict and the summary column use the same words.
    expect(translate('en', `documents.requirement.${status.key}`)).toBe(translate('en', 'documents.verdict.ready-with-warnings'));
    expect(translate('pt', `documents.requirement.${status.key}`)).toBe(translate('pt', 'documents.verdict.ready-with-warnings'));
    // Another card's files are not flagged by it; the fresh certificate leaves its card green.
    expect(readingFlagsOf(soon.items, ['passport.jpg'])).toEqual({ blocked: false, warned: false });
    expect(readingFlagsOf(fresh.items, ['certidao.pdf'])).toEqual({ blocked: false, warned: false });
    expect(cardStatusOf('ready', 'required', false, false)).toEqual({ key: 'done', tone: 'green' });
  });

  it('the task list: the documents step is done and says what to check, in both languages', () => {
    const situation = {
      permitKind: 'temporary-work' as const,
      permitNumber: 'A1234567',
      permitExpiry: '2027-03-01',
      passportExpiry: '2030-01-01',
      hasNiss: true,
      inPortugal: true,
      emailWithAimaCurrent: true,
      addressChangedSinceLastCard: false,
      biometricsOnFile: true,
    };
    const required = requiredCategoriesOf(situation, '2026-12-01')!;
    const state = (consistency: CaseState['consistency']): CaseState => ({
      situation,
      situationConfirmed: true,
      documents: Object.fromEntries(required.map((id) => [id, givenFor(id)])),
      report: reportFor(Object.fromEntries(required.map((id) => [id, 'ready' as Outcome]))),
      preUpload: { ticked: 10, total: 10 },
      duc: null,
      evidence: [],
      consistency,
    });
    const step = assessCase(state(soon), '2026-12-01T11:00:00Z').steps.find((s) => s.id === 'documents')!;
    expect(step.status).toBe('done');
    expect(step.reason.en).toBe(
      `Every required document is prepared, ready and under the limit. Check before you upload: ${soon.items[0]!.text.en}`,
    );
    expect(step.reason.pt).toContain(
      'Verifique antes de carregar: A certidão de situação tributária (Finanças), ficheiro certidao.pdf, é válida até 2 de dezembro de 2026',
    );
    const plain = assessCase(state(fresh), '2026-12-01T11:00:00Z').steps.find((s) => s.id === 'documents')!;
    expect(plain.reason.en).toBe('Every required document is prepared, ready and under the limit.');
  });

  it('the agency summary: the category is listed "with warnings", not ready; the client stays ready with its warning', () => {
    const facts: RowFacts = {
      client: 'lin',
      locale: 'en',
      defaultExpected: ['financas-no-debt'],
      categoriesWithInputs: ['financas-no-debt'],
      inputFiles: [{ relPath: 'certidao.pdf', categoryId: 'financas-no-debt' }],
      unsorted: [],
      clientFile: null,
      passwordsProblem: null,
      outcome: { categories: [{ categoryId: 'financas-no-debt', status: 'ready', outputBytes: 10 }], problems: [] },
      failure: null,
      inputBytes: 10,
      outputFolder: 'lin',
      millis: 1,
      advice: null,
      consistency: soon,
    };
    const row = buildSummaryRow(facts);
    expect(row.categoriesReady).toEqual([]);
    expect(row.categoriesWithWarnings).toEqual(['financas-no-debt']);
    expect(row.status).toBe('ready');
    // The warning names its category, so the command line can print it under the document (electron/cli/main.ts).
    expect(row.problems).toEqual([
      expect.objectContaining({ code: 'READING_CERTIFICATE_EXPIRES_SOON', severity: 'warning', categoryId: 'financas-no-debt' }),
    ]);
    expect(buildSummaryRow({ ...facts, consistency: fresh }).categoriesReady).toEqual(['financas-no-debt']);
  });
});
