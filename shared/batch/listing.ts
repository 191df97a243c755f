import { z } from 'zod';
import { clientStatusSchema } from './summary';

/** How a client folder is laid out (see the README's "Agencies" section). */
export const clientLayoutSchema = z.enum(['subfolders', 'loose', 'mixed', 'empty']);
export type ClientLayout = z.infer<typeof clientLayoutSchema>;

/** A client folder as the agency view lists it, before or between runs. */
export const clientListingSchema = z.object({
  client: z.string().min(1),
  /** Absolute path of the client folder (to open it as a case, or show it in the file manager). */
  folder: z.string().min(1),
  /** Absolute path of its upload-ready output folder, when one exists. */
  outputFolder: z.string().nullable(),
  layout: clientLayoutSchema,
  /** Input documents found (client.json and passwords.json not counted). */
  files: z.number().int().nonnegative(),
  unsortedFiles: z.number().int().nonnegative(),
  hasClientJson: z.boolean(),
  hasPasswords: z.boolean(),
  /** The last complete output in the chosen output folder, if any. */
  lastRun: z
    .object({
      status: clientStatusSchema,
      completedAt: z.string(),
      /** False when the inputs or settings changed since: the next batch prepares this client again. */
      upToDate: z.boolean(),
    })
    .nullable(),
});
export type ClientListing = z.infer<typeof clientListingSchema>;
