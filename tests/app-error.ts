import { expect } from 'vitest';
import { AppError } from '../shared/api/errors';

/** Awaits a call that must fail with a typed AppError of this code, and returns the error for further checks. */
export async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}
