import { z } from 'zod';
import { defineCall } from '../define';

/** Calls about the application itself. */
export const appCalls = {
  /** Version of the app and of the rules data, with the date the rules were last checked against their sources. */
  appInfo: defineCall({
    input: z.object({}).strict(),
    output: z.object({
      appVersion: z.string(),
      rulesVersion: z.string(),
      rulesCheckedOn: z.iso.date(),
    }),
  }),
};
