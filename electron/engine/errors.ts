import { AppError } from '../../shared/api/errors';
import {
  engineErrorTexts,
  engineWarningKeys,
  type EngineErrorCode,
  type EngineNote,
  type EngineWarningCode,
} from '../../shared/engine/errors';

/** A typed engine failure: code, file name, message and action keys from the one table in shared/engine/errors.ts. */
export function engineError(
  code: EngineErrorCode,
  file: string | undefined,
  params?: Record<string, string | number>,
  cause?: unknown,
): AppError {
  const texts = engineErrorTexts[code];
  return new AppError({
    code,
    messageKey: texts.messageKey,
    actionKey: texts.actionKey,
    ...(file === undefined ? {} : { file }),
    params: { ...(file === undefined ? {} : { file }), ...params },
    cause,
  });
}

export function engineNote(code: EngineWarningCode, params?: Record<string, string | number>): EngineNote {
  return { code, messageKey: engineWarningKeys[code], ...(params ? { params } : {}) };
}
