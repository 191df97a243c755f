import { z } from 'zod';
import { caseDocumentSchema } from '../../../shared/case/client-import';
import { keepOriginalPhotoSchema } from '../../../shared/case/case-file';
import { categoryPageEditsSchema, qualityChoiceSchema } from '../../../shared/engine/page-edits';
import { prepareReportSchema } from '../../../shared/engine/report';
import { situationDraftSchema } from '../../../shared/rules/situation';

/**
 * What the guide keeps for one case while the person works through it:
 * their answers, which files they gave for each category (paths only; the
 * files themselves stay where they are until the engine copies them), what
 * they ticked, the DUC they entered, and where they left off.
 */
export const assignedFileSchema = caseDocumentSchema.extend({
  /** Absent in progress saved by older versions (see guide-of.ts). */
  originalId: caseDocumentSchema.shape.originalId.optional(),
});
export type AssignedFile = z.infer<typeof assignedFileSchema>;

export const guideCaseSchema = z.object({
  situation: situationDraftSchema.default({}),
  situationConfirmed: z.boolean().default(false),
  routeSeen: z.boolean().default(false),
  /** Category id → the files the person chose for it, in their order. */
  documents: z.record(z.string(), z.array(assignedFileSchema)).default({}),
  /** Original id → photo pages the person keeps as photographed instead of straightened (case.json has the same). */
  keepOriginalPhoto: keepOriginalPhotoSchema.default({}),
  /** Category id → the person's page edits (kept in case.json; see shared/engine/page-edits.ts). */
  pageEdits: z.record(z.string(), categoryPageEditsSchema).default({}),
  /** Category id → "lower" once the person accepted a smaller file at lower quality (kept in case.json). */
  quality: z.record(z.string(), qualityChoiceSchema).default({}),
  /** Ids of the pre-upload checklist items the person ticked. */
  preUploadTicked: z.array(z.string()).default([]),
  /** The upload-ready folder last written, and what the engine reported about it. */
  folderPath: z.string().optional(),
  report: prepareReportSchema.optional(),
  /** The day the person plans to submit (ISO); certificates and the passport are judged on it. Absent = today. */
  plannedSubmitOn: z.iso.date().optional(),
  /** The per-file limit the person's upload screen shows, when they entered one. */
  uploadLimitBytes: z.number().int().positive().optional(),
  duc: z
    .object({
      /** When the DUC was generated, as shown on screen (Lisbon date and time). */
      date: z.string(),
      time: z.string(),
      reference: z.string(),
      /** The evidence-log entry recording it, so it is logged once. */
      evidenceId: z.string().optional(),
    })
    .optional(),
  /** The page the person was on ("/documents", …), to come back to it. */
  lastPath: z.string().default('/'),
});
export type GuideCase = z.infer<typeof guideCaseSchema>;

export function emptyGuideCase(): GuideCase {
  return guideCaseSchema.parse({});
}
