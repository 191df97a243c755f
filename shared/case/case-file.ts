import { z } from 'zod';
import { situationDraftSchema } from '../rules/situation';
import { evidenceRecordSchema, sha256HexSchema, storedFileSchema } from './evidence';
import { storedPersonFactsSchema } from './person';
import { categoryPageEditsSchema, qualityChoiceSchema } from '../engine/page-edits';

/**
 * `case.json`: everything the app knows about one person's renewal. Versioned:
 * bump `CASE_SCHEMA_VERSION` whenever a change would make an older app misread
 * the file, and add a step to `caseMigrations` (migrations.ts) that lifts the
 * previous version to the new one.
 */
export const CASE_SCHEMA_VERSION = 1;

/** Folder-name-safe id: lowercase ASCII words joined by hyphens. */
export const caseIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens');
export type CaseId = z.infer<typeof caseIdSchema>;

/** A document the user added, copied into `originals/` and never modified after. */
export const originalFileSchema = storedFileSchema.extend({
  id: z.string().min(1).max(64),
  addedAt: z.iso.datetime({ offset: true }),
});
export type OriginalFile = z.infer<typeof originalFileSchema>;

/** A text the user saved from the writing tools (contact form, email, letter), in `letters/`. */
export const savedDocumentSchema = z.object({
  kind: z.enum(['contact-form', 'email', 'letter']),
  format: z.enum(['txt', 'eml', 'pdf', 'docx']),
  storedAs: z.string().min(1),
  sha256: sha256HexSchema,
  savedAt: z.iso.datetime({ offset: true }),
});
export type SavedDocument = z.infer<typeof savedDocumentSchema>;

/**
 * Where a case came from when it was not started in the app: an agency's
 * client folder opened in the guide. Re-opening the same folder finds this
 * case again instead of creating a second one. Optional and additive, so a
 * v1 file without it is still v1.
 */
export const caseSourceSchema = z.object({
  kind: z.literal('client-folder'),
  /** Absolute path of the client folder, as resolved when it was imported. */
  folder: z.string().min(1),
  importedAt: z.iso.datetime({ offset: true }),
});
export type CaseSource = z.infer<typeof caseSourceSchema>;

export const keepOriginalPhotoSchema = z.record(
  z.string().min(1).max(64),
  z.array(z.number().int().nonnegative().max(10_000)).max(10_000),
);
export type KeepOriginalPhoto = z.infer<typeof keepOriginalPhotoSchema>;

export const caseFileSchema = z.object({
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  id: caseIdSchema,
  /** What the user or agency calls the case ("Ana Silva – renewal 2026"). */
  title: z.string().trim().min(1).max(200),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  person: storedPersonFactsSchema.default({}),
  situation: situationDraftSchema.default({}),
  originals: z.array(originalFileSchema).default([]),
  /** Category id → ids of originals, in the order they go into that category's PDF. */
  assignments: z.record(z.string(), z.array(z.string())).default({}),
  evidence: z.array(evidenceRecordSchema).default([]),
  documents: z.array(savedDocumentSchema).default([]),
  /**
   * Original id → 0-based pages of that photo the person chose to keep as photographed rather than
   * flattened into a scan (issue 15). Optional and additive: an older file without it flattens every
   * photo whose page outline is found.
   */
  keepOriginalPhoto: keepOriginalPhotoSchema.optional(),
  source: caseSourceSchema.optional(),
  /**
   * Category id → the person's page edits (which pages, in which order, turned how), made with the
   * page tools; originals stay untouched. Optional and additive, so a v1 file without it is still v1.
   */
  pageEdits: z.record(z.string(), categoryPageEditsSchema).optional(),
  /** Category id → "lower": the person accepted a smaller file at lower quality for it (after a preview). */
  quality: z.record(z.string(), qualityChoiceSchema).optional(),
});
export type CaseFile = z.infer<typeof caseFileSchema>;

/** A short summary for lists of cases (agencies keep many side by side). */
export const caseSummarySchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    id: caseIdSchema,
    title: z.string(),
    updatedAt: z.string(),
    fullName: z.string().optional(),
    evidenceCount: z.number().int().nonnegative(),
    /** The client folder the case was imported from, for an agency's case. */
    sourceFolder: z.string().optional(),
  }),
  /** A case folder whose case.json cannot be read: listed, never repaired behind the user's back. */
  z.object({
    status: z.literal('unreadable'),
    id: z.string(),
    code: z.string(),
    messageKey: z.string(),
  }),
]);
export type CaseSummary = z.infer<typeof caseSummarySchema>;

/**
 * A folder-name-safe id from a title: accents dropped ("Nguyễn" → "nguyen"),
 * anything else becomes a hyphen. Never empty.
 */
export function slugFromTitle(title: string): string {
  const ascii = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Łł]/g, (c) => (c === 'Ł' ? 'L' : 'l'))
    .replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd'))
    .replace(/[ı]/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase();
  const slug = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'case';
}
