import { z } from 'zod';

/**
 * Settings of a batch run. Everything here that changes the outputs is part of
 * each client's input hash, so changing it makes a rerun prepare clients again.
 * Passwords are deliberately not settings: they never enter a hash, a log or an output.
 */
export const DEFAULT_LIMIT_MB = 1;

export const batchSettingsSchema = z
  .object({
    /** Upload limit per document in MB of 1,000,000 bytes, as the rules count it (AIMA's only published figure is 1 MB). */
    limitMb: z.number().positive().max(100).default(DEFAULT_LIMIT_MB),
    /** Parallel workers; clamped to the machine's cores and memory. */
    jobs: z.number().int().min(1).max(64).optional(),
    /** Language of the summary files and of the texts. */
    locale: z.enum(['en', 'pt']).default('en'),
    /** Prepare every client even when its inputs are unchanged. */
    force: z.boolean().default(false),
    /**
     * Time budget per client in minutes: a client still running after it is stopped and fails with
     * CLIENT_TIME_LIMIT, so one file that never finishes cannot hold up the batch and its summary.
     */
    clientMinutes: z.number().positive().max(1440).default(10),
  })
  .strict();
export type BatchSettings = z.infer<typeof batchSettingsSchema>;
export type BatchSettingsInput = z.input<typeof batchSettingsSchema>;

/** The part of the settings that changes a client's output (and so its input hash). */
export function outputAffectingSettings(settings: BatchSettings): { limitMb: number; locale: string } {
  return { limitMb: settings.limitMb, locale: settings.locale };
}
