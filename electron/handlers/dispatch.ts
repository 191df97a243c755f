import { z } from 'zod';
import { apiContract, type ApiChannel } from '../../shared/api/contract';
import { isAppError, type ApiError, type ApiResult } from '../../shared/api/errors';
import { apiEventSchema, type ApiEvent } from '../../shared/api/events';
import type { Handlers } from './handler-types';

export type Logger = (message: string, detail?: unknown) => void;

const defaultLogger: Logger = (message, detail) => {
  // Local log only (stderr); never shown to the user, never sent anywhere.
  console.error(`[aima-prep] ${message}`, detail ?? '');
};

function issuesOf(error: z.ZodError): NonNullable<ApiError['issues']> {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
}

function isKnownChannel(name: string): name is ApiChannel {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}

/**
 * Run one API call: check the channel, parse the input with the contract's
 * schema, run the handler, check its output, and turn any failure into an
 * ApiError. Used by the IPC shell, the HTTP test harness and the CLI alike,
 * so all three reject bad input the same way.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
  emit: (event: ApiEvent) => void,
  log: Logger = defaultLogger,
): Promise<ApiResult<unknown>> {
  if (!isKnownChannel(channel)) {
    return {
      ok: false,
      error: { code: 'UNKNOWN_CALL', messageKey: 'errors.unknownCall', params: { call: String(channel).slice(0, 80) } },
    };
  }
  const spec = apiContract[channel];
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        messageKey: 'errors.invalidInput',
        params: { call: channel },
        issues: issuesOf(parsed.error),
      },
    };
  }
  const safeEmit = (event: ApiEvent) => {
    const checked = apiEventSchema.safeParse(event);
    if (checked.success) emit(checked.data);
    else log(`dropped malformed event from ${channel}`, checked.error.issues);
  };
  try {
    const handler = handlers[channel] as (input: unknown, ctx: { emit: typeof safeEmit }) => Promise<unknown>;
    const output = await handler(parsed.data, { emit: safeEmit });
    const checkedOutput = spec.output.safeParse(output);
    if (!checkedOutput.success) {
      log(`handler ${channel} returned output that breaks the contract`, checkedOutput.error.issues);
      return { ok: false, error: { code: 'INTERNAL', messageKey: 'errors.internal', params: { call: channel } } };
    }
    return { ok: true, value: checkedOutput.data };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.toApiError() };
    log(`handler ${channel} failed`, error);
    return { ok: false, error: { code: 'INTERNAL', messageKey: 'errors.internal', params: { call: channel } } };
  }
}
