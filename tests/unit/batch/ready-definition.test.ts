import { describe, expect, it } from 'vitest';
import { outcomeFromReport } from '../../../electron/batch/report-outcome';
import type { ClientJob } from '../../../electron/batch/preparer';
import { buildSummaryRow } from '../../../shared/batch/row';
import { assessCase, type CaseState } from '../../../shared/case/assessment';
import { givenFor, reportFor, type Outcome } from '../case/assessment-fixtures';

/**
 * Issue 13: "ready" has one definition. The batch row (summary.csv, the agency
 * view) and the guide (the case assessment) judge the same report.json the
 * same way: a blurred page, a file over the limit or a blocker is not ready on
 * both, never a mere warning in one and "not ready" in the other.
 */
const outcomes: Record<string, Outcome> = {
  passport: 'ready',
  'residence-permit': 'blurred',
  'financas-no-debt': 'over-limit',
  'social-security-no-debt': 'not-ready',
};

function rowOf(report: ReturnType<typeof reportFor>) {
  const job: ClientJob = {
    client: 'ana',
    inputs: Object.keys(outcomes).map((categoryId) => ({
      categoryId: categoryId as ClientJob['inputs'][number]['categoryId'],
      files: [{ path: `/in/${categoryId}.jpg`, relPath: `${categoryId}/${categoryId}.jpg` }],
    })),
    passwords: {},
    outDir: '/out/ana',
    limitBytes: report.limitBytes,
    expectedCategories: [],
    locale: 'en',
  } as unknown as ClientJob;
  const outcome = outcomeFromReport(report, job);
  return buildSummaryRow({
    client: 'ana',
    locale: 'en',
    defaultExpected: Object.keys(outcomes) as never,
    categoriesWithInputs: Object.keys(outcomes) as never,
    unsorted: [],
    clientFile: null,
    passwordsProblem: null,
    outcome,
    failure: null,
    inputBytes: 1,
    outputFolder: 'ana',
    millis: 0,
    advice: null,
  });
}

describe('one definition of ready: batch row and guide agree', () => {
  it('blurred, over the limit and blocked categories are not ready in both; the ready one is ready in both', () => {
    const report = reportFor(outcomes);
    const row = rowOf(report);
    const state: CaseState = {
      situation: {
        permitKind: 'temporary-work',
        permitExpiry: '2027-03-10',
        hasNiss: true,
        inPortugal: true,
        emailWithAimaCurrent: true,
        addressChangedSinceLastCard: false,
        biometricsOnFile: true,
        passportExpiry: '2032-01-01',
      },
      documents: Object.fromEntries(Object.keys(outcomes).map((id) => [id, givenFor(id)])),
      report,
      preUpload: { ticked: 0, total: 10 },
      duc: null,
      evidence: [],
    };
    const assessment = assessCase(state, '2026-12-01T11:00:00Z');
    const guideReady = assessment.requiredCategories
      .filter((c) => c.categoryId in outcomes && c.state === 'ready')
      .map((c) => c.categoryId);
    const guideNotReady = assessment.requiredCategories
      .filter((c) => c.categoryId in outcomes && c.state !== 'ready')
      .map((c) => c.categoryId);

    expect(guideReady).toEqual(['passport']);
    expect(row.categoriesReady).toEqual(guideReady);
    expect([...row.categoriesNotReady].sort()).toEqual([...guideNotReady].sort());
    expect(row.categoriesNotReady).toContain('residence-permit'); // the blurred one
    expect(row.categoriesWithWarnings).toEqual([]);
    expect(row.status).toBe('needs-attention');
    // A blocker names its file first; never "upload" nor "check the warnings" while something is not ready.
    expect(row.nextAction).not.toMatch(/Upload|Check the warnings/);
  });

  it('a client whose only flaw is a blurred page is not "ready" in the batch', () => {
    const report = reportFor({ passport: 'blurred' });
    const row = buildSummaryRow({
      client: 'ana',
      locale: 'pt',
      defaultExpected: ['passport'],
      categoriesWithInputs: ['passport'],
      unsorted: [],
      clientFile: null,
      passwordsProblem: null,
      outcome: outcomeFromReport(report, {
        client: 'ana',
        inputs: [{ categoryId: 'passport', files: [{ path: '/in/p.jpg', relPath: 'passport/p.jpg' }] }],
      } as unknown as ClientJob),
      failure: null,
      inputBytes: 1,
      outputFolder: 'ana',
      millis: 0,
      advice: null,
    });
    expect(row.status).toBe('needs-attention');
    expect(row.categoriesNotReady).toEqual(['passport']);
    expect(row.nextAction).toContain('Não estão prontos para carregar: Passaporte');
  });

  it.each([
    ['en', 'The prepared PDF "Passport" is too large to upload: 7 MB, over the 5 MB limit', 'Open in the guide'],
    ['pt', 'O PDF preparado "Passaporte" é demasiado grande para carregar: 7 MB, acima do limite de 5 MB', 'Abrir no guia'],
  ] as const)('a file over the limit is called too large, not unreadable, with what helps (%s)', (locale, said, where) => {
    const report = reportFor({ passport: 'over-limit' });
    const passport = report.categories[0]!.output!.validation!.reasons[0]!;
    passport.params = { sizeMb: 7, limitMb: 5 };
    const row = buildSummaryRow({
      client: 'ana',
      locale,
      defaultExpected: ['passport'],
      categoriesWithInputs: ['passport'],
      unsorted: [],
      clientFile: null,
      passwordsProblem: null,
      outcome: outcomeFromReport(report, {
        client: 'ana',
        inputs: [{ categoryId: 'passport', files: [{ path: '/in/p.jpg', relPath: 'passport/p.jpg' }] }],
      } as unknown as ClientJob),
      failure: null,
      inputBytes: 1,
      outputFolder: 'ana',
      millis: 0,
      advice: null,
    });
    expect(row.status).toBe('needs-attention');
    expect(row.nextAction).toContain(said);
    expect(row.nextAction).toContain(where);
    expect(row.nextAction).not.toMatch(/readable copy|cópia legível|split|divid/i);
  });
});
