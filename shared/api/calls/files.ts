import { z } from 'zod';
import { defineCall } from '../define';

export const fileFactsSchema = z.object({
  path: z.string(),
  name: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FileFacts = z.infer<typeof fileFactsSchema>;

/** Calls that look at files the user chose, without changing them. */
export const fileCalls = {
  /** Size and SHA-256 of each file (streamed, so large scans do not fill memory); one progress event per file. */
  filesDescribe: defineCall({
    input: z
      .object({
        operationId: z.string().min(1),
        paths: z.array(z.string().min(1)).min(1).max(500),
      })
      .strict(),
    output: z.array(fileFactsSchema),
    streamsProgress: true,
  }),
};
