import { z } from 'zod';

/**
 * Every error a user can meet crosses the API as this shape: a stable code,
 * a message key the renderer translates (EN/PT), optional parameters for the
 * message, the file it concerns, and what the user can do about it.
 * Never a stack trace.
 */
export const apiErrorSchema = z.object({
  code: z.string().min(1),
  messageKey: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  file: z.string().optional(),
  actionKey: z.string().optional(),
  /** Field-level detail for invalid input: which field, what is wrong. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** A thrown, typed application error. Handlers throw it; the dispatcher turns it into an ApiError. */
export class AppError extends Error {
  readonly code: string;
  readonly messageKey: string;
  readonly params?: Record<string, string | number>;
  readonly file?: string;
  readonly actionKey?: string;

  constructor(init: Omit<ApiError, 'issues'> & { cause?: unknown }) {
    super(init.code, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'AppError';
    this.code = init.code;
    this.messageKey = init.messageKey;
    this.params = init.params;
    this.file = init.file;
    this.actionKey = init.actionKey;
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      messageKey: this.messageKey,
      ...(this.params ? { params: this.params } : {}),
      ...(this.file ? { file: this.file } : {}),
      ...(this.actionKey ? { actionKey: this.actionKey } : {}),
    };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** The result of every API call: structured-clone safe, so it crosses contextBridge and HTTP unchanged. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
