import { z } from 'zod';

/**
 * What the compress stage did to one PDF: sizes before/after, what happened to
 * every image XObject, the effective resolution of every image on every page,
 * and whether the file now fits the upload limit (and if not, what the user can do).
 * JSON-safe, so it goes into report.json as it is.
 */

/** What happened to one image XObject (an image drawn several times is listed once). */
export const imageActionSchema = z.enum([
  /** Downsampled and/or re-encoded as JPEG (mozjpeg). */
  'recompressed',
  /** Re-encoding did not make it smaller (or was not needed): the original stream is kept. */
  'kept',
  /** Bilevel (1-bit, CCITT, JBIG2): already compact and lossless; never touched. */
  'skipped-bilevel',
  /** A form we do not rewrite safely (colour-key mask, exotic colour space, Decode we cannot honour, …). */
  'skipped-unsupported',
  /** Not drawn on any page: never re-encoded (dropped from a rewritten file if nothing refers to it). */
  'skipped-unused',
]);
export type ImageAction = z.infer<typeof imageActionSchema>;

/**
 * What kind of page a scan is (electron/engine/compress/classify-page.ts): a photo (stored as JPEG),
 * typed or printed text (1-bit CCITT G4), or text with colour marks (MRC: 1-bit text over a small JPEG).
 */
export const pageClassSchema = z.enum(['photo', 'text', 'mixed']);
export type PageClass = z.infer<typeof pageClassSchema>;

/** How a rewritten image is stored: JPEG, a 1-bit page (G4 or JBIG2), or MRC (1-bit text over a small JPEG). */
export const imageEncodingSchema = z.enum(['jpeg', 'ccitt-g4', 'jbig2', 'mrc']);
export type ImageEncoding = z.infer<typeof imageEncodingSchema>;

/** How a 1-bit text layer is coded: CCITT G4 or lossless JBIG2 generic region (never symbol matching). */
export const textLayerCodecSchema = z.enum(['ccitt-g4', 'jbig2']);
export type TextLayerCodec = z.infer<typeof textLayerCodecSchema>;

export const imageReportSchema = z.object({
  /** PDF object reference, e.g. "12 0 R". */
  ref: z.string(),
  /** 1-based pages that draw this image (directly or through form XObjects). */
  pages: z.array(z.number().int().positive()),
  filter: z.string(),
  colorSpace: z.string(),
  bitsPerComponent: z.number().int(),
  widthPx: z.number().int(),
  heightPx: z.number().int(),
  /** Largest size it is drawn at, in PDF points (1/72 inch). Null if never drawn. */
  drawnWidthPt: z.number().nullable(),
  drawnHeightPt: z.number().nullable(),
  /** Effective resolution at its largest draw size (the smaller of x and y), before and after. */
  dpiBefore: z.number().nullable(),
  dpiAfter: z.number().nullable(),
  newWidthPx: z.number().int(),
  newHeightPx: z.number().int(),
  action: imageActionSchema,
  /** Why it was skipped or kept, as a short machine code (e.g. "colour-key-mask", "larger-after"). */
  reason: z.string().optional(),
  /** True when a colour image was stored as greyscale because it carried no visible colour. */
  madeGrey: z.boolean(),
  hasSoftMask: z.boolean(),
  bytesBefore: z.number().int().nonnegative(),
  bytesAfter: z.number().int().nonnegative(),
  /** The class of the page this scan is (only for page-sized scans the classifier looked at). */
  pageClass: pageClassSchema.optional(),
  /** Why it got that class (e.g. "mostly-paper", "coloured-marks", "many-mid-tones", "category-photo-only"). */
  classReason: z.string().optional(),
  /** How it is stored after a rewrite. */
  encoding: imageEncodingSchema.optional(),
  /** Resolution of the 1-bit text layer (text and mixed pages). */
  textDpi: z.number().optional(),
  /**
   * The text layer's codec and what each codec made of it (bytes): the smaller one is used. Text and
   * mixed pages only. G4 is absent when it was not made: JBIG2 took under 2 bits a colour change,
   * where G4 takes 2.6 or more on scanned text (electron/engine/compress/text-layer-codec.ts); JBIG2
   * is absent for layers coded band by band (G4 only).
   */
  textCodec: textLayerCodecSchema.optional(),
  textLayerBytes: z
    .object({ g4: z.number().int().nonnegative().optional(), jbig2: z.number().int().nonnegative().optional() })
    .optional(),
  /** Resolution of the JPEG colour layer under the text (mixed pages). */
  backgroundDpi: z.number().optional(),
});
export type ImageReport = z.infer<typeof imageReportSchema>;

/** Effective dpi of each image drawn on a page (an image drawn twice on a page is listed twice). */
export const pageDpiSchema = z.object({
  page: z.number().int().positive(),
  images: z.array(z.object({ ref: z.string(), dpi: z.number() })),
  /** Lowest effective dpi among this page's images; null when the page has no raster image. */
  minDpi: z.number().nullable(),
  /** Class of the page's scan, when the classifier looked at it. */
  pageClass: pageClassSchema.optional(),
});
export type PageDpi = z.infer<typeof pageDpiSchema>;

/** One rung of the ladder: target resolution and JPEG quality. */
export const ladderStepSchema = z.object({ dpi: z.number().positive(), quality: z.number().int().min(1).max(100) });
export type LadderStep = z.infer<typeof ladderStepSchema>;

/**
 * What the person can do when even the floor does not fit. Only things that exist: the app has no
 * setting for a lower resolution and cannot split a category into two uploads.
 */
export const fitOptionSchema = z.enum([
  /** Remove pages the portal does not need (empty back sides, duplicates) from the files added, and prepare again. */
  'remove-pages',
  /** Scan the paper again in black and white (1 bit) at 200–300 dpi: text pages then take ~60–100 kB each. */
  'rescan-black-and-white',
]);
export type FitOption = z.infer<typeof fitOptionSchema>;

export const compressionReportSchema = z.object({
  bytesBefore: z.number().int().nonnegative(),
  bytesAfter: z.number().int().nonnegative(),
  limitBytes: z.number().int().positive(),
  fitsLimit: z.boolean(),
  /** 'compressed': our rewrite is the output; 'kept-original': the input was already best (or fit and could not be improved). */
  outcome: z.enum(['compressed', 'kept-original']),
  /**
   * The ladder rung that produced the output (null when the original is kept untouched); the lowest one reached
   * when only some pages came down to it (a close miss: see `tried[].pages`).
   */
  step: ladderStepSchema.nullable(),
  /**
   * Every rung tried, with the size it gave, so the report can show how the limit was met.
   * `projected`: the rung was stopped after its first pages showed it would not fit, and `bytes`
   * is the size those pages projected for the whole file (see electron/engine/compress/projection.ts).
   */
  tried: z.array(
    ladderStepSchema.extend({
      bytes: z.number().int().nonnegative(),
      projected: z.boolean().optional(),
      /**
       * Not coded at all: the text layers of the rung above, brought down to this rung's text resolution,
       * already could not fit, counting everything else as nothing; `bytes` is that least size.
       */
      skipped: z.boolean().optional(),
      /**
       * Only these pages (1-based) were coded at this rung, the rest kept the rung above's: that rung missed the
       * limit by a little, and its pages that cost most came down one rung (electron/engine/compress/close-miss.ts).
       * Each page's own resolution is in `images` and `pages`.
       */
      pages: z.array(z.number().int().positive()).optional(),
    }),
  ),
  targetDpi: z.number().positive(),
  floorDpi: z.number().positive(),
  pageCount: z.number().int().nonnegative(),
  images: z.array(imageReportSchema),
  pages: z.array(pageDpiSchema),
  /** Filled when fitsLimit is false. */
  options: z.array(fitOptionSchema),
  /** i18n key (`validation.compression.*`) explaining the outcome when it did not fit. */
  messageKey: z.string().optional(),
});
export type CompressionReport = z.infer<typeof compressionReportSchema>;

export const compressOptionsSchema = z.object({
  limitBytes: z.number().int().positive(),
  /** Page classes the category allows (identity documents: photo only). Default: all. */
  pageClasses: z.array(pageClassSchema).optional(),
  targetDpi: z.number().positive().optional(),
  floorDpi: z.number().positive().optional(),
});

/** What compressPdf returns: the output bytes (the input itself when it was best) and the report. */
export const compressResultSchema = z.object({
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
  report: compressionReportSchema,
});
export type CompressResult = z.infer<typeof compressResultSchema>;
