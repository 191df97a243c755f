import { z } from 'zod';
import { defineCall } from '../define';
import { apiErrorSchema } from '../errors';
import { inputKindSchema, pdfProtectionSchema } from '../../engine/inputs';
import { flattenPreviewSchema } from '../../engine/flatten-preview';
import { pageSelectionSchema, qualityChoiceSchema } from '../../engine/page-edits';
import { MAX_PAGES_PER_DOCUMENT } from '../../engine/limits';
import { reportReadingSchema } from '../../engine/report-reading';
import { prepareReportSchema } from '../../engine/report';
import { categoryIdSchema } from '../../rules/categories';
import { DEFAULT_UPLOAD_LIMIT_BYTES } from '../../rules/upload-limit';

/**
 * One input file with, for a PDF that needs it, the password typed by the user.
 * The password only travels in this call: it is never stored, logged or written.
 */
export const documentInputSchema = z
  .object({
    path: z.string().min(1),
    /** The name the person knows the file by, for reports and errors (a case's stored copy has a hash prefix). */
    name: z.string().min(1).max(255).optional(),
    password: z.string().max(1024).optional(),
    /** 0-based pages of a photo the person chose to keep as photographed instead of flattened into a scan. */
    keepOriginalPages: z.array(z.number().int().nonnegative().max(10_000)).max(10_000).optional(),
  })
  .strict();

export const inspectedDocumentSchema = z.object({
  path: z.string(),
  name: z.string(),
  bytes: z.number().int().nonnegative(),
  kind: inputKindSchema.nullable(),
  protection: pdfProtectionSchema.nullable(),
  /** Ask the user for the password (none given, or the one given is wrong: see `error.code`). */
  needsPassword: z.boolean(),
  pages: z.number().int().nonnegative().nullable(),
  error: apiErrorSchema.nullable(),
});
export type InspectedDocument = z.infer<typeof inspectedDocumentSchema>;

export const documentCategoryInputSchema = z
  .object({
    categoryId: categoryIdSchema,
    /** In the order the pages must appear in the output. */
    items: z.array(documentInputSchema).min(1).max(100),
    /** The person's page edits: the output's pages in order (absent: every page of every item, in order). */
    pages: z.array(pageSelectionSchema).min(1).max(MAX_PAGES_PER_DOCUMENT).optional(),
    /** "lower": the rungs below the standard floor, which the person accepted after a preview. */
    quality: qualityChoiceSchema.optional(),
  })
  .strict();

/** Largest page-tools preview of one input sent to the renderer (each page drawn at thumbnail resolution). */
export const PAGE_PREVIEW_MAX_BYTES = 8_000_000;

export const pagePreviewSchema = z.object({
  /** Position of the input in the request. */
  index: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
  /** The input as a small PDF (its pages at thumbnail resolution), base64; null when it could not be read. */
  base64: z.string().nullable(),
  error: apiErrorSchema.nullable(),
});
export type PagePreview = z.infer<typeof pagePreviewSchema>;

export const qualityPreviewSchema = z.object({
  /** Page 1 of the category's output at that setting, as a one-page PDF (base64), for the renderer to draw. */
  firstPageBase64: z.string(),
  /** Size of the whole output at that setting, and whether it fits the limit. */
  bytes: z.number().int().nonnegative(),
  fitsLimit: z.boolean(),
  /** The lowest resolution of any page image at that setting (null: no images). */
  minDpi: z.number().nullable(),
  pages: z.number().int().nonnegative(),
});
export type QualityPreview = z.infer<typeof qualityPreviewSchema>;

/** Calls of the document engine: look at dropped files, and prepare a case's upload-ready folder. */
export const documentCalls = {
  /** What each file is, whether it needs a password (and whether the given one opens it), how many pages. */
  documentsInspect: defineCall({
    input: z.object({ items: z.array(documentInputSchema).min(1).max(200) }).strict(),
    output: z.array(inspectedDocumentSchema),
  }),
  /**
   * Prepare categories into an output folder: one PDF per category, report.json
   * and report.html. Progress events per file, per page and per category.
   * Failing inputs are reported inside the report, not as a failed call.
   */
  documentsPrepare: defineCall({
    input: z
      .object({
        operationId: z.string().min(1),
        outputDir: z.string().min(1),
        /** Per-file upload limit in bytes: what the user's upload screen shows, else the rules' default. */
        limitBytes: z.number().int().positive().default(DEFAULT_UPLOAD_LIMIT_BYTES),
        categories: z
          .array(documentCategoryInputSchema)
          .max(50)
          .refine((list) => new Set(list.map((c) => c.categoryId)).size === list.length, 'each category at most once'),
        expectedCategories: z.array(categoryIdSchema).max(50).default([]),
        locale: z.enum(['en', 'pt']).default('en'),
        /**
         * What reading the case's documents found (the consistency check the card and the pre-upload step show),
         * written into report.json and report.html so the report says what they say.
         */
        reading: reportReadingSchema.optional(),
      })
      .strict(),
    output: z.object({ outputDir: z.string(), report: prepareReportSchema }),
    streamsProgress: true,
  }),
  /**
   * Write what reading found into the report.json and report.html of a folder `documentsPrepare` wrote this
   * session: readings finish after the preparation (or change with the planned day), and the report must say what
   * the card says. Null when the folder holds no report the app can read (nothing is written then).
   */
  documentsReportReading: defineCall({
    input: z
      .object({
        outputDir: z.string().min(1),
        reading: reportReadingSchema,
        locale: z.enum(['en', 'pt']).default('en'),
      })
      .strict(),
    output: z.object({ report: prepareReportSchema.nullable() }),
  }),
  /**
   * Before/after pictures of flattening a phone photo into a scan, per page, as `documentsPrepare`
   * would do it for this category (identity documents are straightened but not relit). Reads the
   * file only; the person's choice to keep a page's original photo is stored with `caseUpdate`.
   */
  documentsFlattenPreview: defineCall({
    input: z
      .object({
        path: z.string().min(1),
        name: z.string().min(1).max(255).optional(),
        categoryId: categoryIdSchema,
      })
      .strict(),
    output: flattenPreviewSchema,
  }),
  /**
   * The pages of some inputs for the page tools: each input read as the engine reads it (decrypted,
   * images as pages), its images brought down to thumbnail resolution, as a small PDF the renderer
   * draws with pdf.js. Nothing is written.
   */
  documentsPagePreviews: defineCall({
    input: z.object({ items: z.array(documentInputSchema).min(1).max(100) }).strict(),
    output: z.array(pagePreviewSchema),
  }),
  /**
   * What "smaller file, lower quality" would give for one category: the same pipeline at the lower
   * setting, in memory (nothing is written), answered with its first page, its size and whether it fits.
   */
  documentsPreviewQuality: defineCall({
    input: z
      .object({
        limitBytes: z.number().int().positive().default(DEFAULT_UPLOAD_LIMIT_BYTES),
        category: documentCategoryInputSchema,
      })
      .strict(),
    output: qualityPreviewSchema,
  }),
};
