import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '../../../shared/i18n';
import { prepareReportSchema, REPORT_HTML_NAME, REPORT_JSON_NAME, type PrepareReport } from '../../../shared/engine/report';
import { withReading, type ReportReading } from '../../../shared/engine/report-reading';
import { writeFilesAtomicTogether, type AtomicWriteHooks } from '../../common/atomic-write';
import { renderReportHtml } from './report-html';

/** The rewrite running for each folder: a second one waits for it, so report.json and report.html come from one call. */
const running = new Map<string, Promise<unknown>>();

/**
 * Add what reading found to the report.json and report.html the engine wrote in `folder`. Reading runs
 * beside the preparation (the batch reads while the engine prepares; the app reads in the background),
 * so its findings join the report once both are known. The two files are replaced together (both old or
 * both new, never a report.json saying one thing and report.html another), one rewrite per folder at a time.
 * A folder without a valid report.json is left alone (null), and so is a folder removed while it was being
 * rewritten (the person deleted or moved it, an e2e test's clean-up): there is no report left to update,
 * nothing to tell anyone, and no temp file left behind.
 */
export async function addReadingToReport(
  folder: string,
  reading: ReportReading,
  locale: Locale,
  hooks: AtomicWriteHooks = {},
): Promise<PrepareReport | null> {
  const before = running.get(folder) ?? Promise.resolve();
  const turn = before.catch(() => undefined).then(() => rewrite(folder, reading, locale, hooks));
  running.set(folder, turn);
  try {
    return await turn;
  } finally {
    if (running.get(folder) === turn) running.delete(folder);
  }
}

async function rewrite(
  folder: string,
  reading: ReportReading,
  locale: Locale,
  hooks: AtomicWriteHooks,
): Promise<PrepareReport | null> {
  let report: PrepareReport;
  try {
    const parsed = prepareReportSchema.safeParse(JSON.parse(await readFile(join(folder, REPORT_JSON_NAME), 'utf8')));
    if (!parsed.success) return null;
    report = parsed.data;
  } catch {
    return null;
  }
  try {
    return await writeReportWithReading(folder, report, reading, locale, hooks);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * report.json and report.html of an engine report not yet written (`writeReport: false`), with what reading found:
 * each written once, with its final content, both replaced together. The batch's path: before, the engine wrote
 * both and the reading step read report.json back and wrote both again.
 */
export async function writeReportWithReading(
  folder: string,
  report: PrepareReport,
  reading: ReportReading,
  locale: Locale,
  hooks: AtomicWriteHooks = {},
): Promise<PrepareReport> {
  const annotated = withReading(report, reading);
  await writeFilesAtomicTogether(
    [
      { target: join(folder, REPORT_JSON_NAME), data: `${JSON.stringify(annotated, null, 2)}\n` },
      { target: join(folder, REPORT_HTML_NAME), data: renderReportHtml(annotated, locale) },
    ],
    hooks,
  );
  return annotated;
}
