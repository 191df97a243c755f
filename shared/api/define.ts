import type { z } from 'zod';

/** One call of the API contract: its input and output schemas, and whether it streams progress events. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Long calls take an `operationId` in their input and emit progress events carrying it. */
  streamsProgress?: boolean;
}

export function defineCall<I extends z.ZodType, O extends z.ZodType>(spec: CallSpec<I, O>): CallSpec<I, O> {
  return spec;
}
