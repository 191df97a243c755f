import { z } from 'zod';

/**
 * The check run on every output PDF before it goes into the upload-ready folder,
 * and the verdict shown per file: ready / ready with warnings / not ready.
 * Every reason carries a stable code, a message key (`validation.reasons.*`) and
 * what to do (`validation.actions.*`), translated in the renderer.
 */

export const verdictSchema = z.enum(['ready', 'ready-with-warnings', 'not-ready']);
export type Verdict = z.infer<typeof verdictSchema>;

export const reasonCodeSchema = z.enum([
  /** One of the two parsers (pdf-lib, pdfjs-dist) cannot open the file. */
  'PARSER_FAILED',
  'ENCRYPTED',
  'OVER_LIMIT',
  'NO_PAGES',
  /** An image is drawn below the readable floor (e.g. < 100 dpi). */
  'LOW_DPI',
  /** A page image looks out of focus / shaken: rescan it. */
  'BLURRY',
  'BLANK_PAGE',
  /** Scripts, actions, attached files, forms or media are still inside (found independently of the sanitise stage). */
  'ACTIVE_CONTENT',
  /** Document metadata (/Info, XMP) or photo EXIF/GPS is still inside. */
  'HIDDEN_METADATA',
  /** An image's data is damaged: cut short, a size it cannot hold, or a decoder error. */
  'IMAGE_DAMAGED',
  /** The independent image check was stopped by its memory or time budget (a bomb or a pathological image). */
  'IMAGE_CHECK_LIMIT',
  /** Another compressed part of the file (page contents, a font) does not decompress: part of a page may not show. */
  'STREAM_DAMAGED',
]);
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

export const reasonSchema = z.object({
  code: reasonCodeSchema,
  /** 'blocker' makes the verdict not-ready; 'warning' makes it ready-with-warnings. */
  severity: z.enum(['blocker', 'warning']),
  messageKey: z.string(),
  actionKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** 1-based page the reason concerns, when it concerns one. */
  page: z.number().int().positive().optional(),
});
export type Reason = z.infer<typeof reasonSchema>;

export const parserCheckSchema = z.object({ ok: z.boolean(), error: z.string().optional() });

export const pageImageCheckSchema = z.object({
  ref: z.string(),
  /** Effective resolution at the size it is drawn on this page (smaller of x and y). */
  dpi: z.number(),
  /**
   * Sharpness: variance of the Laplacian of the image resampled to 150 dpi, divided by
   * the variance of its intensities (so dense and sparse pages compare). Null when it
   * cannot be measured (bilevel JBIG2/CCITT images are not decoded; they are not blurry scans).
   */
  blurScore: z.number().nullable(),
  blurry: z.boolean(),
});
export type PageImageCheck = z.infer<typeof pageImageCheckSchema>;

export const pageCheckSchema = z.object({
  page: z.number().int().positive(),
  images: z.array(pageImageCheckSchema),
  /** Share of the page's pixels that carry ink (0…1); null when the page could not be measured. */
  inkCoverage: z.number().nullable(),
  blank: z.boolean(),
});
export type PageCheck = z.infer<typeof pageCheckSchema>;

export const validationResultSchema = z.object({
  parsers: z.object({ pdfLib: parserCheckSchema, pdfjs: parserCheckSchema }),
  encrypted: z.boolean(),
  bytes: z.number().int().nonnegative(),
  limitBytes: z.number().int().positive(),
  underLimit: z.boolean(),
  pageCount: z.number().int().nonnegative(),
  pages: z.array(pageCheckSchema),
  /** The thresholds used, recorded so a report can be understood later. */
  thresholds: z.object({ blurScore: z.number(), minDpi: z.number(), blankInk: z.number() }),
  verdict: verdictSchema,
  reasons: z.array(reasonSchema),
});
export type ValidationResult = z.infer<typeof validationResultSchema>;

export const validateOptionsSchema = z.object({
  limitBytes: z.number().int().positive(),
  /** Below this effective dpi an image is reported LOW_DPI (default 100, the compression floor). */
  minDpi: z.number().positive().optional(),
});
export type ValidateOptions = z.infer<typeof validateOptionsSchema>;

/** Verdict from reasons: any blocker → not-ready; any warning → ready-with-warnings. */
export function verdictFor(reasons: readonly Pick<Reason, 'severity'>[]): Verdict {
  if (reasons.some((r) => r.severity === 'blocker')) return 'not-ready';
  if (reasons.length > 0) return 'ready-with-warnings';
  return 'ready';
}
