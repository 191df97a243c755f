import { z } from 'zod';
import { documentCategoryOf, readingFlagsOf } from '../case/card-status';
import { readerSchema } from '../i18n/reader';
import { consistencyItemSchema, type ConsistencyResult } from '../reading/consistency';
import { categoryIdSchema, type CategoryId } from '../rules/categories';
import type { PrepareReport } from './report';

/**
 * What reading the documents found, as report.json states it next to the prepared files. The engine
 * judges a file (size, pages, blur); reading judges what it says (a stale certificate, another person's
 * NIF, a passport that expires soon). Without this the report said "ready" of a file the card, the
 * pre-upload step and the agency summary all flag (session 8's walk): the report must say the same.
 */
export const reportReadingItemSchema = consistencyItemSchema.extend({
  /** The category holding the file the item is about, or the document it is about; absent for the whole case. */
  categoryId: categoryIdSchema.optional(),
});
export type ReportReadingItem = z.infer<typeof reportReadingItemSchema>;

export const reportReadingSchema = z.object({
  /** The day every validity was judged on. */
  judgedOn: z.iso.date(),
  /** What that day is: the planned submission day, the day of an agency batch run, or today (no planned day). */
  basis: z.enum(['planned-submission', 'run-day', 'today']),
  /**
   * Who reads the report: the person whose case it is ("your documents"), or an agency preparing a client's file
   * (the batch, or a client folder opened in the guide: "the client's documents"), as consistency.ts's `reader`.
   */
  reader: readerSchema.default('applicant'),
  /** Files of the case still being read when the report was written (their findings are not in it). */
  pending: z.number().int().nonnegative().default(0),
  items: z.array(reportReadingItemSchema),
});
export type ReportReading = z.infer<typeof reportReadingSchema>;
export type ReportReadingInput = z.input<typeof reportReadingSchema>;

/**
 * The consistency check's items with the category of the file each names (by `filesOf`: the names the
 * items use, per category), or of the document a finding is about when it names no file (an expired passport
 * known from the case's answers: the passport's), for report.json. The same assignment as the card's and the
 * summary's (`readingFlagsOf`), so report.json says which document an item is about wherever the card counts it.
 */
export function reportReadingOf(
  consistency: Pick<ConsistencyResult, 'items'>,
  filesOf: ReadonlyMap<CategoryId, readonly string[]>,
  judgedOn: string,
  basis: ReportReading['basis'],
  pending = 0,
  reader: ReportReading['reader'] = 'applicant',
): ReportReading {
  const categoryOf = (file: string | undefined) =>
    file === undefined ? undefined : [...filesOf].find(([, files]) => files.includes(file))?.[0];
  return reportReadingSchema.parse({
    judgedOn,
    basis,
    reader,
    pending,
    items: consistency.items.map((item) => {
      const categoryId = categoryOf(item.file) ?? documentCategoryOf(item.id);
      return categoryId ? { ...item, categoryId } : item;
    }),
  });
}

/**
 * What reading makes of a category in the report: 'blocked' (not to be uploaded as it is, whatever the
 * file's own check said), 'warned' (check first) or null. The card's rule (`readingFlagsOf`).
 */
export function readingFlagOfCategory(reading: ReportReading | undefined, categoryId: CategoryId): 'blocked' | 'warned' | null {
  if (!reading) return null;
  const items = reading.items.filter((item) => item.categoryId === categoryId || item.categoryId === undefined);
  const { blocked, warned } = readingFlagsOf(
    items,
    items.flatMap((item) => (item.file === undefined || item.categoryId !== categoryId ? [] : [item.file])),
    categoryId,
  );
  return blocked ? 'blocked' : warned ? 'warned' : null;
}

/** The report with what reading found: the whole list, and each category's flag (replacing an earlier reading). */
export function withReading(report: PrepareReport, reading: ReportReading): PrepareReport {
  return {
    ...report,
    reading,
    categories: report.categories.map((category) => {
      const { readingFlag: _earlier, ...rest } = category;
      const flag = readingFlagOfCategory(reading, category.categoryId);
      return flag ? { ...rest, readingFlag: flag } : rest;
    }),
  };
}
