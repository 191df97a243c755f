import { describe, expect, it } from 'vitest';
import { assessCase, requiredCategoriesOf, type CaseState } from '../../../shared/case/assessment';
import { cardStatusOf, readingFlagsOf } from '../../../shared/case/card-status';
import { buildSummaryRow } from '../../../shared/batch/row';
import { translate } from '../../../shared/i18n/translate';
import {
  agencyClient,
  certidao,
  certificatesChecked,
  DEC_1_NOON,
  givenFor,
  personAlone,
  reportFor,
  WORKER,
  type Outcome,
} from '../case/assessment-fixtures';

/**
 * Session 7's walk: a prepared, ready Finanças certificate valid only until 2 December, judged on 1 December, was
 * flagged on its card's line, before upload and in the agency summary, yet its card's status read a green "Ready"
 * and the summary listed it among the plain ready categories. One word now everywhere: "Ready, with warnings".
 */
/** Lin's certidão: issued 2 September 2026, valid 3 months (until 2 December), judged for today. */
const lin = [certidao('certidao.pdf', { issuedOn: '2026-09-02', statedValidity: { months: 3 } })];
const soon = certificatesChecked('2026-12-01', lin, {}, 'today');
const fresh = certificatesChecked('2026-11-01', lin, {}, 'today');

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
    const state = (consistency: Parameters<typeof personAlone>[1]) => personAlone('every-required-ready', consistency);
    const step = assessCase(state(soon), DEC_1_NOON).steps.find((s) => s.id === 'documents')!;
    expect(step.status).toBe('done');
    expect(step.reason.en).toBe(
      `Every required document is prepared, ready and under the limit. Check before you upload: ${soon.items[0]!.text.en}`,
    );
    expect(step.reason.pt).toContain(
      'Verifique antes de carregar: a certidão de situação tributária (Finanças), ficheiro certidao.pdf, é válida até 2 de dezembro de 2026',
    );
    const plain = assessCase(state(fresh), DEC_1_NOON).steps.find((s) => s.id === 'documents')!;
    expect(plain.reason.en).toBe('Every required document is prepared, ready and under the limit.');
  });

  it('the agency summary: the category is listed "with warnings", not ready; the client stays ready with its warning', () => {
    const facts = agencyClient({ 'financas-no-debt': { file: 'certidao.pdf' } }, soon);
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

describe('the next action with a file to fix and a document not given yet', () => {
  it('says "Get these documents ready", never "Fix" a document that was never given', () => {
    const situation = { ...WORKER, permitExpiry: '2026-12-26' };
    const required = requiredCategoriesOf(situation, '2026-12-01')!;
    // The first document blurred, the second not given, the rest ready.
    const given = required.filter((_, i) => i !== 1);
    const outcomes = Object.fromEntries(given.map((id, i) => [id, (i === 0 ? 'blurred' : 'ready') as Outcome]));
    const state = (documents: string[], report: Record<string, Outcome>): CaseState => ({
      situation,
      situationConfirmed: true,
      documents: Object.fromEntries(documents.map((id) => [id, givenFor(id)])),
      report: reportFor(report),
      preUpload: { ticked: 0, total: 10 },
      duc: null,
      evidence: [],
      consistency: null,
    });
    const mixed = assessCase(state(given, outcomes), DEC_1_NOON).next;
    expect(mixed.text.en).toMatch(/^Get these documents ready: /);
    expect(mixed.text.en).toContain('(no file given)');
    expect(mixed.text.pt).toMatch(/^Prepare estes documentos: /);
    // Every document given, one over the limit: that one is fixed.
    const over = Object.fromEntries(required.map((id, i) => [id, (i === 0 ? 'over-limit' : 'ready') as Outcome]));
    expect(assessCase(state(required, over), DEC_1_NOON).next.text.en).toMatch(/^Fix these documents: /);
  });
});
