import { z } from 'zod';
import { apiErrorSchema } from '../api/errors';
import { categoryIdSchema, uploadFileNameSchema } from '../rules/categories';
import { compressionReportSchema } from './compression';
import { engineNoteSchema } from './errors';
import { pageSelectionSchema, qualityChoiceSchema } from './page-edits';
import { encryptionInfoSchema, inputKindSchema, pdfProtectionSchema } from './inputs';
import { reportReadingSchema } from './report-reading';
import { photoHiddenDataSchema, removedCountsSchema } from './sanitize';
import { validationResultSchema, type Verdict } from './validation';

/**
 * report.json: what the engine did to every input and what it wrote, written
 * next to the upload-ready PDFs. It never contains a password or a full path
 * (only file names), so it can be shared with a helper or an agency.
 */
export const REPORT_SCHEMA_VERSION = 1;

/** How an image became a page: its physical size came from the DPI it states, from a paper size it matches, or it was fitted on A4. */
export const pageSizingSchema = z.enum(['stated-dpi', 'paper-size', 'fit-a4']);
export type PageSizing = z.infer<typeof pageSizingSchema>;

/**
 * What flattening did to a phone photo of a page (issue 15): the page outline found (its corners in the
 * photo's pixels, top-left first, clockwise), the perspective corrected and the table cropped away, and
 * the light evened out (paper documents only; identity documents stay photographic). When nothing was
 * done, `reason` says why: no outline trusted (and how clearly the page stood apart from the background),
 * the person chose to keep the original photo, or the image is too small to be a document photo. Reasons
 * for no outline: 'no-outline' (no closed page edge: the page fills the photo or runs off it, or does not
 * stand apart from the table, or is too small in the frame), 'not-quadrilateral', 'weak-edges'.
 */
export const flattenReasonSchema = z.enum([
  'outline-found',
  'kept-original',
  'no-outline',
  'not-quadrilateral',
  'weak-edges',
  'too-small-image',
]);
export type FlattenReason = z.infer<typeof flattenReasonSchema>;

export const flattenReportSchema = z.object({
  applied: z.boolean(),
  reason: flattenReasonSchema,
  /** Share of points along the outline's four sides where a sharp page edge was found (0–1); trusted from 0.85. */
  edgeSupport: z.number().min(0).max(1).optional(),
  corners: z
    .array(z.object({ x: z.number(), y: z.number() }))
    .length(4)
    .optional(),
  /** Area of the bright region over that of the fitted quadrilateral (1 = exactly four-sided). */
  fill: z.number().optional(),
  crop: z
    .object({
      widthPx: z.number().int().positive(),
      heightPx: z.number().int().positive(),
      /** Made exactly A4-shaped (the measured sides were within 4 % of √2) and laid on a full A4 page. */
      a4: z.boolean(),
      /** Share of the photo the page covered (the rest was table). */
      coverage: z.number().min(0).max(1),
    })
    .optional(),
  lighting: z
    .object({
      evened: z.boolean(),
      /** Darkest paper over brightest paper before the correction (1 = evenly lit). */
      evenness: z.number().optional(),
      /** Share of the page with no paper showing (photos, dark blocks), bridged from around it. */
      filledCells: z.number().optional(),
    })
    .optional(),
});
export type FlattenReport = z.infer<typeof flattenReportSchema>;

export const convertedPageSchema = z.object({
  widthPt: z.number().positive(),
  heightPt: z.number().positive(),
  widthPx: z.number().int().positive(),
  heightPx: z.number().int().positive(),
  sizing: pageSizingSchema,
  /** Resolution the image is drawn at on the page. */
  dpi: z.number().positive(),
  /** The image was turned upright following its EXIF orientation. */
  rotatedByExif: z.boolean(),
  /** Transparency was flattened onto white. */
  alphaFlattened: z.boolean(),
  /** Colour space of the source, when converted (e.g. "cmyk", "rgb16", "b-w"). */
  sourceColourSpace: z.string(),
  /** Set for camera photos (JPEG, HEIC, WebP, AVIF): whether and how the page was flattened. */
  flatten: flattenReportSchema.optional(),
});
export type ConvertedPage = z.infer<typeof convertedPageSchema>;

export const inputReportSchema = z.object({
  /** Position in the user's order within the category (0-based). */
  index: z.number().int().nonnegative(),
  /** File name only (never the folder path). */
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  kind: inputKindSchema.nullable(),
  status: z.enum(['ok', 'error']),
  /** Pages this input contributes to the output. */
  pages: z.number().int().nonnegative(),
  protection: pdfProtectionSchema.nullable(),
  /** Set when the PDF was encrypted and the output is decrypted. */
  decrypted: encryptionInfoSchema.nullable(),
  /**
   * The file's structure was repaired (qpdf recovered it, or its cross-reference table was rebuilt).
   * Technical detail only, never a warning: the person cannot act on it, and whether every page and
   * image came through is what the validate stage checks on the output.
   */
  repaired: z.boolean(),
  /** What qpdf said while repairing (its warnings, a few lines), for whoever reads report.json. */
  repairNotes: z.array(z.string()).optional(),
  /** Set when an image became PDF pages. */
  converted: z.array(convertedPageSchema).nullable(),
  /** Hidden data the input photo held and its pages do not (measured from the file; absent: none found). */
  hiddenData: z.array(photoHiddenDataSchema).optional(),
  warnings: z.array(engineNoteSchema),
  error: apiErrorSchema.nullable(),
});
export type InputReport = z.infer<typeof inputReportSchema>;

export const outputReportSchema = z.object({
  fileName: uploadFileNameSchema,
  /** Set when the file was written into NOT_READY_FOLDER instead of the upload folder itself. */
  folder: z.literal('not-ready').optional(),
  pages: z.number().int().positive(),
  /** Size after merging, before the compress stage. */
  bytesBeforeCompression: z.number().int().nonnegative(),
  /** Size of the file written. */
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Several inputs were merged into this file, in the user's order. */
  merged: z.boolean(),
  /** Problems of the later stages (compress/validate could not run): the file was written as merged. */
  warnings: z.array(engineNoteSchema).optional(),
  /** What the sanitise stage removed before the file was written (scripts, attached files, metadata …). */
  removed: removedCountsSchema.optional(),
  /** Filled by the compress stage (issue 4) when it ran. */
  compression: compressionReportSchema.optional(),
  /** Filled by the validate stage (issue 4) when it ran. */
  validation: validationResultSchema.optional(),
});
export type OutputReport = z.infer<typeof outputReportSchema>;

export const categoryReportSchema = z.object({
  categoryId: categoryIdSchema,
  /**
   * 'ready': every input used; 'partial': written without the inputs that failed; 'not-ready': written, but
   * the portal would refuse it (over the upload limit, or a parser cannot open it) or a page looks blurred;
   * 'partial' and 'not-ready' files are kept apart in NOT_READY_FOLDER and never lie in the upload folder as
   * if they were ready; 'failed': nothing could be written.
   */
  status: z.enum(['ready', 'partial', 'not-ready', 'failed']),
  inputs: z.array(inputReportSchema),
  output: outputReportSchema.nullable(),
  error: apiErrorSchema.nullable(),
  /** The person's page edits applied (input index, page, added turn), in output order; absent: all pages. */
  pageEdits: z.array(pageSelectionSchema).optional(),
  /** "lower": the person accepted the rungs below the standard floor for this category. */
  quality: qualityChoiceSchema.optional(),
  /**
   * What reading found in its files (report-reading.ts): 'blocked' — not to be uploaded as it is, whatever
   * `status` says of the file itself (a stale certificate, another person's NIF); 'warned' — ready, with
   * warnings. Absent: nothing found, or not read. The card's, the pre-upload step's and the summary's rule.
   */
  readingFlag: z.enum(['blocked', 'warned']).optional(),
});
export type CategoryReport = z.infer<typeof categoryReportSchema>;

export const prepareReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  createdAt: z.iso.datetime(),
  limitBytes: z.number().int().positive(),
  categories: z.array(categoryReportSchema),
  /** Categories the case expects for which no input was given. */
  missing: z.array(categoryIdSchema),
  /** Files written in the folder, report files included. */
  files: z.array(z.string()),
  /** What reading the documents found, judged on which day (absent: the documents were not read). */
  reading: reportReadingSchema.optional(),
});
export type PrepareReport = z.infer<typeof prepareReportSchema>;

export const REPORT_JSON_NAME = 'report.json';
/**
 * Subfolder of the upload folder for files the portal would refuse: named so that nobody uploads
 * them by mistake, in both languages of the app, in portal-safe ASCII.
 */
export const NOT_READY_FOLDER = 'not-ready_nao-pronto';
export const REPORT_HTML_NAME = 'report.html';

/** Why a written file was kept apart in NOT_READY_FOLDER (electron/engine/pipeline.ts decides; this names it). */
export type KeptApartCause = 'refused' | 'partial' | 'blurred';

export function keptApartCause(category: CategoryReport): KeptApartCause | null {
  const output = category.output;
  if (!output?.folder) return null;
  if (output.validation?.verdict === 'not-ready' || (output.compression && !output.compression.fitsLimit)) return 'refused';
  if (category.status === 'partial') return 'partial';
  if (output.validation?.reasons.some((reason) => reason.code === 'BLURRY')) return 'blurred';
  return 'refused';
}

/**
 * Whether a category carries a warning of its own: an input's (a repair, a conversion) or its file check's (a page
 * at 50 dpi, a blank page). A ready category with one is "ready, with warnings" in summary.csv/summary.html (the
 * batch's outcome) and in report.html alike: one rule, so the two never say different things of one file.
 */
export function categoryHasWarnings(category: CategoryReport): boolean {
  return category.inputs.some((input) => input.warnings.length > 0) || (category.output?.validation?.reasons.length ?? 0) > 0;
}

/**
 * The verdict a person reads for a category's file. A file kept apart as not ready is never shown as
 * "ready, with warnings", whatever its own check said: a blurred page is only a warning to the check,
 * but the guide keeps that file out of the upload, so its label must say so too.
 */
export function shownVerdict(category: CategoryReport): Verdict | undefined {
  if (!category.output || category.output.folder || category.status !== 'ready') return 'not-ready';
  return category.output.validation?.verdict;
}
