import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '../../../shared/i18n';
import { prepareReportSchema, REPORT_HTML_NAME, REPORT_JSON_NAME, type PrepareReport } from '../../../shared/engine/report';
import { withReading, type ReportReading } from '../../../shared/engine/report-reading';
import { writeFileAtomic } from '../../common/atomic-write';
import { renderReportHtml } from './report-html';

/**
 * Add what reading found to the report.json and report.html the engine wrote in `folder`. Reading runs
 * beside the preparation (the batch reads while the engine prepares; the app reads in the background),
 * so its findings join the report once both are known. Both files are rewritten atomically, each whole;
 * a folder without a valid report.json is left alone (null).
 */
export async function addReadingToReport(folder: string, reading: ReportReading, locale: Locale): Promise<PrepareReport | null> {
  let report: PrepareReport;
  try {
    const parsed = prepareReportSchema.safeParse(JSON.parse(await readFile(join(folder, REPORT_JSON_NAME), 'utf8')));
    if (!parsed.success) return null;
    report = parsed.data;
  } catch {
    return null;
  }
  const annotated = withReading(report, reading);
  await writeFileAtomic(join(folder, REPORT_JSON_NAME), `${JSON.stringify(annotated, null, 2)}\n`);
  await writeFileAtomic(join(folder, REPORT_HTML_NAME), renderReportHtml(annotated, locale));
  return annotated;
}
