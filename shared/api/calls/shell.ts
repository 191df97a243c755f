import { z } from 'zod';
import { defineCall } from '../define';

/**
 * Operations that open native UI (file dialogs, the file manager). In Electron
 * they are implemented by the shell with `dialog`/`shell`; in the browser test
 * harness by a scripted stand-in. Both sit behind the `ShellPort` interface.
 */
export const fileKindFilterSchema = z.enum(['documents', 'images', 'pdf', 'json', 'any']);

export const shellCalls = {
  shellPickFiles: defineCall({
    input: z.object({ filter: fileKindFilterSchema.default('documents'), multiple: z.boolean().default(true) }).strict(),
    /** Empty when the user cancelled. */
    output: z.object({ paths: z.array(z.string()) }),
  }),
  shellPickFolder: defineCall({
    input: z.object({ purpose: z.enum(['output', 'cases', 'clients']).default('output') }).strict(),
    /** Null when the user cancelled. */
    output: z.object({ path: z.string().nullable() }),
  }),
  shellReveal: defineCall({
    input: z.object({ path: z.string().min(1) }).strict(),
    output: z.object({ revealed: z.boolean() }),
  }),
};
