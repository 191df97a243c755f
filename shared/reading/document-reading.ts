import { z } from 'zod';
import { certificateReadingSchema } from './certificate';
import { mrzReadingSchema } from './mrz';
import { contentSuggestionSchema } from './sort-by-content';

/** What reading one file found: where its text came from, the MRZ, the certificate, the suggested category. */
export const documentReadingSchema = z.object({
  file: z.string(),
  /** text-layer: the PDF's own text; ocr: recognised from the image (regions only); none: no text found. */
  textSource: z.enum(['text-layer', 'ocr', 'none']),
  mrz: mrzReadingSchema.nullable(),
  certificate: certificateReadingSchema.nullable(),
  /** A person's name the document labels ("Nome:", "Nome do trabalhador:"), for the consistency check. */
  labelledName: z.string().nullable(),
  suggestion: contentSuggestionSchema.nullable(),
});
export type DocumentReading = z.infer<typeof documentReadingSchema>;
