import { z } from 'zod';
import {
  caseFileSchema,
  caseIdSchema,
  caseSummarySchema,
  keepOriginalPhotoSchema,
  originalFileSchema,
} from '../../case/case-file';
import { clientImportSchema } from '../../case/client-import';
import { evidenceEntrySchema, newEvidenceSchema } from '../../case/evidence';
import { personFactsSchema } from '../../case/person';
import { categoryPageEditsSchema, qualityChoiceSchema } from '../../engine/page-edits';
import { categoryIdSchema } from '../../rules/categories';
import { situationDraftSchema } from '../../rules/situation';
import { defineCall } from '../define';

/**
 * The cases folder: one folder per case under a root the user or agency
 * chooses (default `~/Documents/AIMA Prep/cases`). Every call takes the root
 * optionally; without it, the default root is used.
 */
const root = z.string().min(1).max(1000).optional();
const caseRef = { root, caseId: caseIdSchema };

export const caseCalls = {
  /** Where cases are kept unless another folder is chosen. */
  casesDefaultRoot: defineCall({
    input: z.object({}).strict(),
    output: z.object({ root: z.string() }),
  }),
  /** Every case under the root; unreadable ones are listed with their error, never hidden or repaired. */
  casesList: defineCall({
    input: z.object({ root }).strict(),
    output: z.object({ root: z.string(), cases: z.array(caseSummarySchema) }),
  }),
  caseCreate: defineCall({
    input: z
      .object({
        root,
        title: z.string().trim().min(1).max(200),
        person: personFactsSchema.optional(),
        situation: situationDraftSchema.optional(),
      })
      .strict(),
    output: caseFileSchema,
  }),
  caseGet: defineCall({
    input: z.object(caseRef).strict(),
    output: caseFileSchema,
  }),
  /**
   * Replace the title, the personal facts, the situation (each as a whole, when
   * given) or the documents of some categories (`assignments`: category → ids
   * of the case's originals in merge order; categories not named keep theirs), their page edits
   * and their quality choice, or the photo pages to keep unflattened (`keepOriginalPhoto`, per
   * original; originals not named keep theirs).
   */
  caseUpdate: defineCall({
    input: z
      .object({
        ...caseRef,
        title: z.string().trim().min(1).max(200).optional(),
        person: personFactsSchema.optional(),
        situation: situationDraftSchema.optional(),
        assignments: z.partialRecord(categoryIdSchema, z.array(z.string().min(1).max(64)).max(100)).optional(),
        /** Original id → pages to keep as photographed (not flattened); the originals named are replaced, [] clears. */
        keepOriginalPhoto: keepOriginalPhotoSchema.optional(),
        /** Page edits of the categories named (null: back to all pages as added); the others keep theirs. */
        pageEdits: z.partialRecord(categoryIdSchema, categoryPageEditsSchema.nullable()).optional(),
        /** Quality chosen for the categories named ("standard" forgets an earlier "lower"). */
        quality: z.partialRecord(categoryIdSchema, qualityChoiceSchema).optional(),
      })
      .strict(),
    output: caseFileSchema,
  }),
  /** Copy the user's documents into the case (hashed; the user's files are only read). */
  caseAddOriginals: defineCall({
    input: z
      .object({
        ...caseRef,
        operationId: z.string().min(1),
        paths: z.array(z.string().min(1)).min(1).max(500),
      })
      .strict(),
    output: z.object({
      added: z.array(originalFileSchema),
      alreadyPresent: z.array(originalFileSchema),
      /** The case's original for each path given, in the same order (new or already present). */
      inOrder: z.array(originalFileSchema),
    }),
    streamsProgress: true,
  }),
  /**
   * Open an agency's client folder as a case (documents copied in and sorted
   * into categories, client.json's facts); the same folder again gives the
   * same case back, brought up to date.
   */
  caseImportClient: defineCall({
    // No language: the problems keep their keys and both languages' words, shown in the app's language.
    input: z.object({ root, clientFolder: z.string().min(1).max(4096) }).strict(),
    output: clientImportSchema,
  }),
  /** Add an entry to the evidence log, with files copied into evidence/ and hashed. */
  evidenceAdd: defineCall({
    input: z
      .object({
        ...caseRef,
        entry: newEvidenceSchema,
        paths: z.array(z.string().min(1)).max(50).default([]),
      })
      .strict(),
    output: evidenceEntrySchema,
  }),
};
