import { z } from 'zod';

/**
 * What a file really is, decided from its content (magic bytes), never from its
 * extension. The first group is what the engine can prepare; the rest are
 * recognised only so that the user gets a specific explanation.
 */
export const supportedKindSchema = z.enum(['pdf', 'jpeg', 'png', 'tiff', 'webp', 'gif', 'heic', 'avif']);
export type SupportedKind = z.infer<typeof supportedKindSchema>;

export const unsupportedKindSchema = z.enum([
  'empty',
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
  'odp',
  'legacy-office',
  'rtf',
  'html',
  'xml',
  'zip',
  'program',
  'bmp',
  'text',
  'unknown',
]);
export type UnsupportedKind = z.infer<typeof unsupportedKindSchema>;

export const inputKindSchema = z.union([supportedKindSchema, unsupportedKindSchema]);
export type InputKind = z.infer<typeof inputKindSchema>;

export function isSupportedKind(kind: InputKind): kind is SupportedKind {
  return supportedKindSchema.safeParse(kind).success;
}

/** How a PDF is protected, as found by qpdf. */
export const pdfProtectionSchema = z.enum([
  /** Not encrypted. */
  'none',
  /** Encrypted with an empty user password (only an owner password restricts it): opens without asking. */
  'owner-only',
  /** A user password is needed to open it. */
  'user-password',
]);
export type PdfProtection = z.infer<typeof pdfProtectionSchema>;

/** The encryption found in a PDF, for the report (never the password). */
export const encryptionInfoSchema = z.object({
  /** Security handler revision (2–6). */
  revision: z.number().int().nonnegative(),
  /** e.g. "RC4 40-bit", "RC4 128-bit", "AES-128", "AES-256". */
  method: z.string(),
});
export type EncryptionInfo = z.infer<typeof encryptionInfoSchema>;
