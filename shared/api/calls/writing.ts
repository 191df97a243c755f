import { z } from 'zod';
import { caseIdSchema, savedDocumentSchema } from '../../case/case-file';
import { contactScenarioIdSchema } from '../../rules/contact-scenarios';
import { contactFormTextSchema } from '../../writing/contact-form';
import { emailDraftSchema } from '../../writing/email';
import { askedPurposeSchema } from '../../rules/letter-purpose';
import { letterPurposeSchema, letterSchema } from '../../writing/letter';
import { defineCall } from '../define';
import { apiErrorSchema } from '../errors';

/**
 * The texts AIMA needs, generated from a case. Generating returns structured
 * text for the renderer to preview and edit; saving takes the (edited)
 * structure back and writes the chosen formats into the case's letters/.
 */
const caseRef = { root: z.string().min(1).max(1000).optional(), caseId: caseIdSchema };

export const writingCalls = {
  writingContactForm: defineCall({
    input: z.object({ ...caseRef, scenarioId: contactScenarioIdSchema }).strict(),
    output: contactFormTextSchema,
  }),
  writingEmailDraft: defineCall({
    input: z.object({ ...caseRef, scenarioId: contactScenarioIdSchema }).strict(),
    output: emailDraftSchema,
  }),
  writingLetter: defineCall({
    input: z
      .object({
        ...caseRef,
        /** The letter the person chose; refused (LETTER_PURPOSE_UNTRUE) when the case's facts do not support it. */
        purpose: letterPurposeSchema.optional(),
        /** The letter the person's problem calls for; the facts may choose another (the letter says which and why). */
        asked: askedPurposeSchema.optional(),
        /** The letter's date; today on the Lisbon calendar when absent. */
        date: z.iso.date().optional(),
        place: z.string().trim().min(1).max(100).optional(),
      })
      .strict(),
    output: letterSchema,
  }),
  writingSave: defineCall({
    input: z
      .object({
        ...caseRef,
        document: z.discriminatedUnion('kind', [
          z
            .object({ kind: z.literal('contact-form'), scenarioId: contactScenarioIdSchema, text: z.string().min(1).max(50_000) })
            .strict(),
          z
            .object({
              kind: z.literal('email'),
              draft: emailDraftSchema,
              /** Attach the case's evidence files that the scenario asks for (screenshots, payment proof). */
              attachEvidence: z.boolean().default(true),
            })
            .strict(),
          z
            .object({
              kind: z.literal('letter'),
              letter: letterSchema,
              formats: z
                .array(z.enum(['pdf', 'docx', 'txt']))
                .min(1)
                .max(3),
            })
            .strict(),
        ]),
      })
      .strict(),
    /** Formats that could not be produced are reported one by one; the others are still saved. */
    output: z.object({
      folder: z.string(),
      saved: z.array(savedDocumentSchema),
      failed: z.array(z.object({ format: z.enum(['txt', 'eml', 'pdf', 'docx']), error: apiErrorSchema })),
    }),
  }),
};
