import { z } from 'zod';
import { clientListingSchema } from '../../batch/listing';
import { batchSummarySchema } from '../../batch/summary';
import { defineCall } from '../define';

const folder = z.string().min(1).max(4096);
const limitMb = z.number().positive().max(100).default(1);
const locale = z.enum(['en', 'pt']).default('en');

/**
 * Agencies: many client folders prepared in one run (the same code as
 * `aima-prep batch`). Progress events of `batchRun`:
 *  - stage "batch": overall; `file` = the client just finished, done/total = clients;
 *  - stage "client": one client's progress; `file` = the client, done/total = its documents.
 */
export const batchCalls = {
  /** The client folders of a clients folder, with what the last run in `outFolder` said about each. */
  batchListClients: defineCall({
    input: z.object({ clientsFolder: folder, outFolder: folder.nullable().default(null), limitMb, locale }).strict(),
    output: z.array(clientListingSchema),
  }),
  /**
   * Prepare every client into `outFolder/<client>/` and write summary.csv and
   * summary.html there. Unchanged clients are skipped unless `force`. PDF
   * passwords come only from files (passwords.json per client, or `passwordsFile`).
   */
  batchRun: defineCall({
    input: z
      .object({
        operationId: z.string().min(1),
        clientsFolder: folder,
        outFolder: folder,
        jobs: z.number().int().min(1).max(64).optional(),
        limitMb,
        locale,
        force: z.boolean().default(false),
        passwordsFile: folder.optional(),
      })
      .strict(),
    output: batchSummarySchema,
    streamsProgress: true,
  }),
};
