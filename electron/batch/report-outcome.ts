import { categoryHasWarnings, type PrepareReport } from '../../shared/engine/report';
import { reportCategoryState } from '../../shared/case/assessment';
import { pageOrigin } from '../../shared/engine/page-origin';
import type { ClientProblem } from '../../shared/batch/summary';
import type { ClientJob, PreparedCategory, PrepareResult } from './preparer';

/** 1 when scanning again in black and white would make the category's PDF smaller (the compress stage's options). */
function rescanHelps(category: PrepareReport['categories'][number]): number {
  const compression = category.output?.compression;
  return !compression || compression.options.includes('rescan-black-and-white') ? 1 : 0;
}

/**
 * Reads the engine's report.json for one client as the batch's outcome.
 * Whether a category is ready is the case assessment's definition
 * (`reportCategoryState`), the one the guide shows: over the limit, a blurred
 * page, a blocker or an input left out is 'not-ready', never a mere warning.
 * A ready category with something to look at (a repair, a low-dpi page) is
 * 'warning'; 'failed' when nothing was written.
 * Problems name the input by its path in the client folder (the report only
 * knows file names; the job knows the order, and the report keeps it).
 */
export function outcomeFromReport(report: PrepareReport, job: ClientJob): PrepareResult {
  const problems: ClientProblem[] = [];
  const categories: PreparedCategory[] = [];
  for (const category of report.categories) {
    const jobFiles = job.inputs.find((input) => input.categoryId === category.categoryId)?.files ?? [];
    const relPathOf = (index: number, name: string) => jobFiles[index]?.relPath ?? name;
    for (const input of category.inputs) {
      const file = relPathOf(input.index, input.file);
      if (input.error) {
        problems.push({
          code: input.error.code,
          severity: 'error',
          messageKey: input.error.messageKey,
          ...(input.error.params ? { params: input.error.params } : {}),
          file,
          categoryId: category.categoryId,
        });
      }
      for (const warning of input.warnings) {
        problems.push({
          code: warning.code,
          severity: 'warning',
          messageKey: warning.messageKey,
          ...(warning.params ? { params: warning.params } : {}),
          file,
          categoryId: category.categoryId,
        });
      }
    }
    if (category.error) {
      problems.push({
        code: category.error.code,
        severity: 'error',
        messageKey: category.error.messageKey,
        ...(category.error.params ? { params: category.error.params } : {}),
        categoryId: category.categoryId,
      });
    }
    const validation = category.output?.validation;
    if (validation) {
      // A reason is found on the prepared PDF ("passport.pdf"), which the person never made: it names their
      // own file instead — the one its page came from, with that file's page number — or, for a reason about
      // the whole PDF, every file of the category (the category is named beside it).
      const ownFiles = category.inputs
        .filter((input) => input.status === 'ok')
        .map((input) => relPathOf(input.index, input.file));
      for (const reason of validation.reasons) {
        const origin = reason.page !== undefined ? pageOrigin(category, reason.page) : null;
        const params = origin ? { ...reason.params, page: origin.page, outputPage: reason.page! } : reason.params;
        const file = origin ? relPathOf(origin.index, origin.file) : ownFiles.join(', ') || category.output?.fileName;
        // "This file is 1.24 MB" beside the person's 109 MB scan would be false: over the limit is said of the PDF
        // prepared from their file(s) (walk s15).
        const aboutPrepared = reason.code === 'OVER_LIMIT' && !origin && ownFiles.length > 0;
        problems.push({
          code: reason.code,
          severity: reason.severity === 'blocker' ? 'error' : 'warning',
          messageKey: aboutPrepared ? 'batch.problems.preparedOverLimit' : reason.messageKey,
          ...(aboutPrepared
            ? { params: { ...reason.params, count: ownFiles.length, rescanHelps: rescanHelps(category) } }
            : params
              ? { params }
              : {}),
          ...(file ? { file } : {}),
          categoryId: category.categoryId,
        });
      }
    }
    const state = reportCategoryState(report, category.categoryId);
    const warned = category.status === 'partial' || categoryHasWarnings(category);
    const status: PreparedCategory['status'] =
      state === 'failed' || !category.output ? 'failed' : state !== 'ready' ? 'not-ready' : warned ? 'warning' : 'ready';
    categories.push({ categoryId: category.categoryId, status, outputBytes: category.output?.bytes ?? 0 });
  }
  // The validator reports a reason per page (e.g. LOW_DPI on each of 4 pages): one line per distinct problem is enough.
  const seen = new Set<string>();
  const distinct = problems.filter((problem) => {
    const key = JSON.stringify([problem.code, problem.file, problem.categoryId]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { categories, problems: distinct };
}
