import { z } from 'zod';

/**
 * Progress of a long operation. The caller chooses `operationId` and passes it
 * in the call's input; every event of that operation carries it back.
 */
export const progressEventSchema = z.object({
  type: z.literal('progress'),
  operationId: z.string().min(1),
  /** Stage name, e.g. "hash", "decrypt", "convert", "compress", "validate", "write". */
  stage: z.string(),
  /** The file this event concerns, if any (a display name, never a password). */
  file: z.string().optional(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ProgressEvent = z.infer<typeof progressEventSchema>;

export const apiEventSchema = z.discriminatedUnion('type', [progressEventSchema]);
export type ApiEvent = z.infer<typeof apiEventSchema>;

export type ApiEventListener = (event: ApiEvent) => void;
