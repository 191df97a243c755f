import { join, resolve } from 'node:path';
import type { Locale } from '../../shared/i18n';
import {
  prepareReportSchema,
  REPORT_HTML_NAME,
  REPORT_JSON_NAME,
  REPORT_SCHEMA_VERSION,
  NOT_READY_FOLDER,
  type CategoryReport,
  type PrepareReport,
} from '../../shared/engine/report';
import { categoryById } from '../../shared/rules/categories';
import { MAX_PAGES_PER_DOCUMENT } from '../../shared/engine/limits';
import { inputsInOutput } from '../../shared/engine/page-origin';
import { blurSaidOfItsSource } from './stages/blur-source';
import { emptyRemovedCounts, type RemovedCounts } from '../../shared/engine/sanitize';
import { engineError } from './errors';
import { writeFileAtomic } from '../common/atomic-write';
import { renderReportHtml } from './output/report-html';
import { ensureFolder, previousOutputs, removeStaleOutputs } from './output/write-folder';
import { finishPdf, type FinishStages } from './stages/finish';
import { mergePdfs } from './stages/merge';
import { selectPages } from './stages/select-pages';
import type { PageSelection, QualityChoice } from '../../shared/engine/page-edits';
import { prepareInput, toApiError, type InputRequest, type ProgressSink } from './stages/prepare-input';
import { displayNameOf } from './stages/read-input';
import { sha256Hex } from '../common/hash';

/**
 * The document pipeline, as named stages:
 *
 *   per input:     read → detect → decrypt / repair (PDF) | convert (image)      stages/prepare-input.ts
 *   per category:  merge (user's order)                                           stages/merge.ts
 *                  → compress → validate   ◀── issue 4's stages plug in here      stages/finish.ts
 *                  → write (atomic)                                               output/
 *   per case:      report.json + report.html, stale outputs of a previous run removed
 *
 * Files in, files and a report out: no knowledge of windows or case folders.
 * One failing input is an error entry and the rest go on; the originals are
 * only read.
 */

export interface CategoryRequest {
  categoryId: string;
  /** In the order the pages must appear. */
  items: InputRequest[];
  /** The person's page edits: the output's pages in order (absent: every page of every item). */
  pages?: PageSelection[];
  /** "lower": the rungs below the standard floor, accepted by the person after a preview. */
  quality?: QualityChoice;
}

export interface PrepareOptions {
  outputDir: string;
  /** Per-file upload limit (bytes), given to the compress and validate stages. */
  limitBytes: number;
  /** Categories the case needs: those without any input are listed as missing. */
  expectedCategories?: readonly string[];
  locale?: Locale;
  stages?: FinishStages;
  onProgress?: ProgressSink;
  now?: () => Date;
  /**
   * False: report.json and report.html are not written here but by the caller, from the returned report, once it
   * has added what reading found (the batch): each file written once, with its final content. Default true.
   */
  writeReport?: boolean;
}

export interface PrepareResult {
  report: PrepareReport;
  outputDir: string;
}

/**
 * Per category: read every input (one failing is an error entry, the others go on), then merge them
 * in the person's order, or assemble the pages the person chose (page tools). Fills `report.inputs`;
 * null with `report.error` set when nothing can be merged.
 */
export async function assembleCategory(
  request: CategoryRequest,
  report: CategoryReport,
  onProgress: ProgressSink | undefined,
): Promise<{ merged: Uint8Array; pages: number; parts: number } | null> {
  const category = categoryById(request.categoryId);
  if (!category) {
    report.error = engineError('CATEGORY_UNKNOWN', undefined, { category: request.categoryId }).toApiError();
    return null;
  }
  const parts: (Uint8Array | null)[] = [];
  // Identity documents stay photographs: their photos are straightened and cropped, never relit.
  const photographic = category.pageClasses !== undefined && category.pageClasses.every((c) => c === 'photo');
  for (const [index, item] of request.items.entries()) {
    const prepared = await prepareInput(item, index, onProgress, { evenLight: !photographic });
    report.inputs.push(prepared.report);
    parts.push(prepared.pdf ?? null);
    onProgress?.({ stage: 'input', file: prepared.report.file, done: index + 1, total: request.items.length });
  }
  const usable = parts.filter((part): part is Uint8Array => part !== null);
  if (usable.length === 0) {
    report.error = engineError('CATEGORY_NO_USABLE_INPUT', category.fileName).toApiError();
    return null;
  }
  // Each input is within the limit; joined, they must be too.
  const pagesOf = (item: number) => (report.inputs[item]?.status === 'ok' ? report.inputs[item].pages : 0);
  const totalPages = request.pages
    ? request.pages.reduce((sum, s) => sum + (s.toEnd ? Math.max(0, pagesOf(s.item) - s.page) : 1), 0)
    : report.inputs.reduce((sum, input) => sum + (input.status === 'ok' ? input.pages : 0), 0);
  if (totalPages > MAX_PAGES_PER_DOCUMENT) {
    report.error = engineError('PDF_TOO_MANY_PAGES', category.fileName, {
      pages: totalPages,
      max: MAX_PAGES_PER_DOCUMENT,
    }).toApiError();
    return null;
  }
  if (request.pages) {
    // Pages past an input's end (the file changed under an old edit) are left out, never invented.
    const valid = request.pages.filter((selection) => {
      const input = report.inputs[selection.item];
      return input?.status === 'ok' && selection.page < input.pages;
    });
    const selected = await selectPages(
      parts,
      request.items.map((_item, index) => pagesOf(index)),
      valid,
      category.fileName,
    );
    report.pageEdits = selected.applied;
    onProgress?.({ stage: 'merge', file: category.fileName, done: 1, total: 1 });
    return { merged: selected.bytes, pages: selected.pages, parts: new Set(selected.applied.map((s) => s.item)).size };
  }
  const merged = await mergePdfs(usable, category.fileName);
  onProgress?.({ stage: 'merge', file: category.fileName, done: 1, total: 1 });
  return { merged, pages: totalPages, parts: usable.length };
}

async function prepareCategory(request: CategoryRequest, options: PrepareOptions, written: string[]): Promise<CategoryReport> {
  const report: CategoryReport = { categoryId: request.categoryId, status: 'failed', inputs: [], output: null, error: null };
  const category = categoryById(request.categoryId);
  try {
    const assembled = await assembleCategory(request, report, options.onProgress);
    if (!assembled || !category) return report;
    const { pages, parts } = assembled;
    const bytesBeforeCompression = assembled.merged.byteLength;
    if (request.quality === 'lower') report.quality = 'lower';
    // Not kept here while the later stages run: finishPdf lets go of it once sanitised (a 79 MB scan
    // would otherwise stay in memory beside the compressor's copies until the category is written).
    let merged: Uint8Array | null = assembled.merged;
    assembled.merged = new Uint8Array(0);
    const finishing = finishPdf(merged, {
      limitBytes: options.limitBytes,
      pageClasses: category.pageClasses,
      ...(request.quality ? { quality: request.quality } : {}),
      stages: options.stages,
      onProgress: (done, total) => options.onProgress?.({ stage: 'compress', file: category.fileName, done, total }),
    });
    merged = null;
    const finished = await finishing;
    // A file the portal would refuse never lies in the upload folder as if it were ready: it goes
    // into a subfolder named "not ready" in both languages, and its status says so everywhere.
    // One definition with the guide and the batch (shared/case/assessment.ts categoryState): written without
    // a file that failed, or with a page that looks blurred, is not ready either.
    const partial = !report.inputs.every((input) => input.status === 'ok');
    const blurred = finished.validation?.reasons.some((reason) => reason.code === 'BLURRY') ?? false;
    const refused = finished.validation
      ? finished.validation.verdict === 'not-ready'
      : finished.compression !== undefined && !finished.compression.fitsLimit;
    const notReady = refused || partial || blurred;
    const relativePath = notReady ? `${NOT_READY_FOLDER}/${category.fileName}` : category.fileName;
    try {
      if (notReady) await ensureFolder(join(options.outputDir, NOT_READY_FOLDER));
      await writeFileAtomic(join(options.outputDir, relativePath), finished.bytes);
    } catch (error) {
      throw engineError('OUTPUT_WRITE_FAILED', category.fileName, {}, error);
    }
    written.push(relativePath);
    options.onProgress?.({ stage: 'write', file: category.fileName, done: 1, total: 1 });
    report.output = {
      fileName: category.fileName,
      ...(notReady ? { folder: 'not-ready' as const } : {}),
      pages: finished.validation?.pageCount || pages,
      bytesBeforeCompression,
      bytes: finished.bytes.byteLength,
      sha256: sha256Hex(finished.bytes),
      merged: parts > 1,
      ...(finished.warnings.length > 0 ? { warnings: finished.warnings } : {}),
      ...removedFromOutput(report, finished.removed),
      ...(finished.compression ? { compression: finished.compression } : {}),
      ...(finished.validation ? { validation: blurSaidOfItsSource(report, finished.validation) } : {}),
    };
    report.status = partial && !refused ? 'partial' : notReady ? 'not-ready' : 'ready';
  } catch (error) {
    report.error = toApiError(error, category?.fileName ?? request.categoryId);
  }
  return report;
}

/**
 * What the output no longer holds: the sanitise stage's counts on the merged PDF, plus each photo whose own
 * hidden data (GPS, camera …) was measured in the file and left behind when it became a page. Those never
 * reach the sanitiser (pixels re-encoded, or the JPEG's segments cut on conversion), so it counted 0 for them.
 */
function removedFromOutput(report: CategoryReport, sanitized: RemovedCounts | undefined): { removed?: RemovedCounts } {
  const photos = inputsInOutput(report).filter((input) => (input.hiddenData?.length ?? 0) > 0).length;
  if (!sanitized && photos === 0) return {};
  const removed = { ...emptyRemovedCounts(), ...sanitized };
  return { removed: { ...removed, imageMetadata: removed.imageMetadata + photos } };
}

/** An original named like an output (e.g. passport.pdf) in the output folder would be replaced: refuse before writing anything. */
function refuseToOverwriteOriginals(categories: readonly CategoryRequest[], outputDir: string): void {
  const targets = new Set(
    [
      ...categories.flatMap((c) => {
        const name = categoryById(c.categoryId)?.fileName;
        return name ? [name, `${NOT_READY_FOLDER}/${name}`] : [];
      }),
      REPORT_JSON_NAME,
      REPORT_HTML_NAME,
    ].map((name) => resolve(outputDir, name)),
  );
  for (const item of categories.flatMap((c) => c.items)) {
    if (targets.has(resolve(item.path))) throw engineError('OUTPUT_OVERWRITES_ORIGINAL', displayNameOf(item));
  }
}

/** Prepare a case's categories into an upload-ready folder: one PDF per category, report.json and report.html. */
export async function prepareCase(categories: readonly CategoryRequest[], options: PrepareOptions): Promise<PrepareResult> {
  refuseToOverwriteOriginals(categories, options.outputDir);
  await ensureFolder(options.outputDir);
  const previous = await previousOutputs(options.outputDir);
  const written: string[] = [];
  const reports: CategoryReport[] = [];
  for (const [index, request] of categories.entries()) {
    reports.push(await prepareCategory(request, options, written));
    options.onProgress?.({ stage: 'category', file: request.categoryId, done: index + 1, total: categories.length });
  }
  const given = new Set(categories.filter((c) => c.items.length > 0).map((c) => c.categoryId));
  const report: PrepareReport = prepareReportSchema.parse({
    schemaVersion: REPORT_SCHEMA_VERSION,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    limitBytes: options.limitBytes,
    categories: reports,
    missing: (options.expectedCategories ?? []).filter((id) => !given.has(id)),
    files: [...written, REPORT_JSON_NAME, REPORT_HTML_NAME],
  });
  try {
    if (options.writeReport !== false) {
      await writeFileAtomic(join(options.outputDir, REPORT_JSON_NAME), `${JSON.stringify(report, null, 2)}\n`);
      await writeFileAtomic(join(options.outputDir, REPORT_HTML_NAME), renderReportHtml(report, options.locale ?? 'en'));
    }
  } catch (error) {
    throw engineError('OUTPUT_WRITE_FAILED', REPORT_JSON_NAME, {}, error);
  }
  await removeStaleOutputs(options.outputDir, previous, written);
  options.onProgress?.({ stage: 'done', done: categories.length, total: categories.length });
  return { report, outputDir: options.outputDir };
}
