import { labelled } from '../i18n/after-colon';
import { translate } from '../i18n/translate';
import type { CategoryId } from '../rules/categories';
import type { ConsistencyItem, ConsistencyResult } from './consistency';

/** The certificate categories: a certificate not read leaves the summary's certificates column unknown, never "none". */
const CERTIFICATE_CATEGORIES: readonly CategoryId[] = ['financas-no-debt', 'social-security-no-debt'];

/**
 * The consistency item for a file whose read was given up at a deadline (an agency batch): nothing it says was
 * checked. A warning, decided like every other reading finding (`readingFlagsOf`), so its category is "with
 * warnings" on the card, in report.json/report.html and in summary.csv/summary.html alike; as a row's problem its
 * code is FILE_NOT_READ_IN_TIME (`readingProblems`). Session 9 had it twice (a special case for the row, a
 * report-only item) and the two could drift apart.
 */
export function notReadInTimeItem(file: string, seconds: number): ConsistencyItem {
  const say = (locale: 'en' | 'pt') => labelled(file, translate(locale, 'batch.problems.fileNotReadInTime', { seconds }), locale);
  return { id: 'file-not-read', severity: 'warning', file, text: { en: say('en'), pt: say('pt') } };
}

/**
 * The consistency check's result with the files not read in time: one item each, and the certificates column
 * "unknown" when a certificate was among them (what was not read is never "none" or "fresh").
 */
export function withFilesNotRead(
  result: ConsistencyResult,
  files: readonly { file: string; categoryId?: CategoryId | undefined }[],
  seconds: number,
): ConsistencyResult {
  if (files.length === 0) return result;
  const certificateNotRead = files.some((f) => f.categoryId !== undefined && CERTIFICATE_CATEGORIES.includes(f.categoryId));
  const certificates =
    certificateNotRead && (result.columns.certificates === 'none' || result.columns.certificates === 'fresh')
      ? 'unknown'
      : result.columns.certificates;
  return {
    items: [...result.items, ...files.map((f) => notReadInTimeItem(f.file, seconds))],
    columns: { ...result.columns, certificates },
  };
}
