import { z } from 'zod';
import { clientProblemSchema } from '../batch/summary';
import { categoryIdSchema } from '../rules/categories';
import { caseFileSchema } from './case-file';

/** A document of a case as the guide lists it: the case's stored copy, the name the person knows, its original's id. */
export const caseDocumentSchema = z.object({
  /** Absolute path of the read-only copy in the case's `originals/`. */
  path: z.string().min(1),
  name: z.string().min(1),
  originalId: z.string().min(1).max(64),
});

/**
 * What opening a client folder as a case did: the case (new, or the one
 * imported from this folder before), its documents per category in merge
 * order, and what the agency must look at (an invalid client.json field by
 * field, files that fit no category). Problems use the batch's shape, so the
 * agency view shows them the way it shows a batch's.
 */
export const clientImportSchema = z.object({
  caseFile: caseFileSchema,
  created: z.boolean(),
  /** The case's personal facts or situation changed (a new case, or a client.json edited since): to be confirmed again. */
  factsChanged: z.boolean(),
  documents: z.array(z.object({ categoryId: categoryIdSchema, files: z.array(caseDocumentSchema) })),
  problems: z.array(clientProblemSchema),
  /**
   * The client folder's loose files whose name says nothing (`scan0001.pdf`), by absolute path: the guide reads
   * them and suggests where each goes, for the agency to confirm, as for files dropped on its documents page.
   */
  unsortedFiles: z.array(z.string().min(1)).default([]),
  /**
   * The client's DUC (client.json, else its evidence log) for the guide's after-submit page, so the guide
   * shows the same DUC and payment state as the agency view. Its payment comes into the case's evidence log.
   */
  duc: z
    .object({ date: z.iso.date(), time: z.string().regex(/^\d{2}:\d{2}$/), reference: z.string() })
    .nullable()
    .default(null),
});
export type ClientImport = z.infer<typeof clientImportSchema>;
