import { z } from 'zod';
import { flattenReportSchema } from './report';

/**
 * Before/after pictures of flattening a phone photo (issue 15), for the documents step: per page of
 * the photo, what flattening did (the same report as report.json), the outline found in fractions of
 * the photo's width and height (to draw on the "before" picture), and both pictures as small JPEGs.
 */
const pictureSchema = z.object({
  jpegBase64: z.string().max(2_000_000),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export const flattenPreviewPageSchema = z.object({
  /** 0-based page of the file (TIFF/HEIC collections can hold several). */
  page: z.number().int().nonnegative(),
  report: flattenReportSchema,
  outline: z
    .array(z.object({ x: z.number(), y: z.number() }))
    .length(4)
    .nullable(),
  before: pictureSchema,
  /** Null when the photo would be kept as it is (no outline trusted). */
  after: pictureSchema.nullable(),
});
export type FlattenPreviewPage = z.infer<typeof flattenPreviewPageSchema>;

export const flattenPreviewSchema = z.object({
  file: z.string(),
  /** False for files that are not camera photos (PDF, PNG scans …): nothing is flattened, no pages. */
  photo: z.boolean(),
  pages: z.array(flattenPreviewPageSchema).max(20),
});
export type FlattenPreview = z.infer<typeof flattenPreviewSchema>;
