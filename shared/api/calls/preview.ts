import { z } from 'zod';
import { defineCall } from '../define';

/** Largest PDF sent to the renderer for page thumbnails (upload-ready PDFs are far smaller). */
export const PREVIEW_MAX_BYTES = 20_000_000;

/** Calls that let the renderer show what was prepared (read only). */
export const previewCalls = {
  /**
   * The bytes of a prepared PDF, base64, so the renderer can draw page
   * thumbnails with pdf.js. Only files named *.pdf that start with %PDF-.
   */
  previewPdf: defineCall({
    input: z
      .object({
        path: z
          .string()
          .min(1)
          .refine((path) => path.toLowerCase().endsWith('.pdf'), 'a .pdf file'),
      })
      .strict(),
    output: z.object({ base64: z.string(), bytes: z.number().int().nonnegative() }),
  }),
};
