import { z } from 'zod';
import { defineCall } from '../define';
import { disagreementSchema } from '../../rules/disagreements';
import { ducWindowInputSchema } from '../../rules/duc';
import { rulesStatusSchema } from '../../rules/meta';
import { isoDateSchema } from '../../rules/situation';
import { sourceIdSchema, sourceSchema } from '../../rules/sources';

/**
 * The few rules calls the renderer makes over the API. The renderer computes the route, timeline,
 * checklist, DUC window and the rest by importing shared/rules directly (pure, the same code as Node's),
 * so those are not API calls: one path from the renderer to the rules. Every call that depends on the
 * date takes `today` from the caller: the rules never read the clock.
 */
const today = isoDateSchema;

export const rulesCalls = {
  /** Rules version, check date, and the "last checked N days ago" warning. */
  rulesStatus: defineCall({
    input: z.object({ today }).strict(),
    output: rulesStatusSchema,
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
  /** The DUC reminders as an .ics calendar file (text). */
  ducCalendar: defineCall({
    /** `now` (the renderer's clock): reminders already past are left out of the file. */
    input: ducWindowInputSchema
      .extend({ language: z.enum(['en', 'pt']), now: z.iso.datetime({ offset: true }).optional() })
      .strict(),
    output: z.object({ fileName: z.string(), ics: z.string().min(1) }),
  }),
};
