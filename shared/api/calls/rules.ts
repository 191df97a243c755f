import { z } from 'zod';
import { defineCall } from '../define';
import { checklistSchema } from '../../rules/checklist';
import { aimaContactsSchema, contactScenarioSchema } from '../../rules/contact-scenarios';
import { dataChangeAdviceSchema, dataChangeInputSchema } from '../../rules/data-change';
import { disagreementSchema } from '../../rules/disagreements';
import { ducGeneratedAtSchema, ducWindowInputSchema, ducWindowSchema } from '../../rules/duc';
import { freshnessIdSchema, freshnessResultSchema } from '../../rules/freshness';
import { rulesStatusSchema } from '../../rules/meta';
import { preUploadItemSchema } from '../../rules/pre-upload';
import { routeDecisionSchema } from '../../rules/route';
import { isoDateSchema, permitKindSchema, situationDraftSchema } from '../../rules/situation';
import { sourceIdSchema, sourceSchema } from '../../rules/sources';
import { timelineSchema } from '../../rules/timeline';
import { troubleshootingRowSchema } from '../../rules/troubleshooting';
import { uploadLimitSchema } from '../../rules/upload-limit';

/**
 * The rules engine (shared/rules) over the API. Every call that depends on the
 * date takes `today` from the caller (the renderer passes its date): the rules
 * never read the clock.
 */
const today = isoDateSchema;

export const rulesCalls = {
  /** Rules version, check date, and the "last checked N days ago" warning. */
  rulesStatus: defineCall({
    input: z.object({ today }).strict(),
    output: rulesStatusSchema,
  }),
  /** Which portal applies and why, with warnings; works on a partly filled situation. */
  rulesRoute: defineCall({
    input: z.object({ situation: situationDraftSchema, today }).strict(),
    output: routeDecisionSchema,
  }),
  /** The renewal as dated steps; with a DUC generation time, the DUC hold and deadline too. */
  rulesTimeline: defineCall({
    input: z.object({ situation: situationDraftSchema, today, ducGeneratedAt: ducGeneratedAtSchema.optional() }).strict(),
    output: timelineSchema,
  }),
  /** Documents to prepare for a permit kind, conditions evaluated from the situation. */
  rulesChecklist: defineCall({
    input: z.object({ situation: situationDraftSchema.extend({ permitKind: permitKindSchema }).strict(), today }).strict(),
    output: checklistSchema,
  }),
  /** Checks to tick before uploading. */
  rulesPreUpload: defineCall({
    input: z.object({}).strict(),
    output: z.array(preUploadItemSchema),
  }),
  /** Portal problems, each linked to the contact-form scenario that fits. */
  rulesTroubleshooting: defineCall({
    input: z.object({}).strict(),
    output: z.array(troubleshootingRowSchema),
  }),
  /** Contact-form scenarios and AIMA's published channels (no postal address: a marked placeholder). */
  rulesContacts: defineCall({
    input: z.object({}).strict(),
    output: aimaContactsSchema.extend({ scenarios: z.array(contactScenarioSchema) }),
  }),
  /** Change of personal data or second copy: documents and the 90-day rule. */
  rulesDataChange: defineCall({
    input: z.object({ request: dataChangeInputSchema, today }).strict(),
    output: dataChangeAdviceSchema,
  }),
  /** Where the sources disagree: every reading, the one followed, the safe course. */
  rulesDisagreements: defineCall({
    input: z.object({}).strict(),
    output: z.array(disagreementSchema),
  }),
  /** Every source the rules cite, by id. */
  rulesSources: defineCall({
    input: z.object({}).strict(),
    output: z.array(sourceSchema.extend({ id: sourceIdSchema })),
  }),
  /** Whether a certificate issued on a date is still fresh on another. */
  rulesFreshness: defineCall({
    input: z.object({ id: freshnessIdSchema, issuedOn: isoDateSchema, on: isoDateSchema }).strict(),
    output: freshnessResultSchema,
  }),
  /** The upload limit to use: the one the user read on their upload screen, else the labelled 1 MB default. */
  rulesUploadLimit: defineCall({
    input: z.object({ userEnteredBytes: z.number().int().positive().optional() }).strict(),
    output: uploadLimitSchema,
  }),
  /** DUC payable-from and last moment to pay, every reading, the strictest as the deadline. */
  ducWindow: defineCall({
    input: ducWindowInputSchema,
    output: ducWindowSchema,
  }),
  /** The DUC reminders as an .ics calendar file (text). */
  ducCalendar: defineCall({
    /** `now` (the renderer's clock): reminders already past are left out of the file. */
    input: ducWindowInputSchema
      .extend({ language: z.enum(['en', 'pt']), now: z.iso.datetime({ offset: true }).optional() })
      .strict(),
    output: z.object({ fileName: z.string(), ics: z.string().min(1) }),
  }),
};
