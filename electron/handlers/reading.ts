import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { checkConsistency } from '../../shared/reading/consistency';
import { engineReadHooks } from '../batch/read-hooks';
import { readDocument } from '../reading/read-document';
import type { Handler } from './handler-types';

/**
 * A PDF locked by a password (pdf.js's PasswordException: 1 = a password is needed, 2 = the one given is wrong)
 * is said as such, with what to do, instead of a bare "could not be read": the person can type the password
 * (held in memory only) or add an unprotected copy. The password itself never appears in the error.
 */
async function lockedSaid<T>(reading: Promise<T>, file: string, password: string | undefined): Promise<T> {
  try {
    return await reading;
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name !== 'PasswordException') throw error;
    const wrong = password !== undefined || (error as { code?: unknown }).code === 2;
    throw new AppError({
      code: wrong ? 'PDF_WRONG_PASSWORD' : 'PDF_PASSWORD_NEEDED',
      messageKey: wrong ? 'reading.locked.wrong' : 'reading.locked.needed',
      file,
      actionKey: 'reading.locked.action',
    });
  }
}

/** Reading a file (OCR runs on tesseract.js's own worker threads) and the pure consistency check. */
export function readingHandlers(): { readDocument: Handler<'readDocument'>; readingConsistency: Handler<'readingConsistency'> } {
  return {
    readDocument: async ({ path, today, operationId, password }, { emit }) => {
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) {
        throw new AppError({
          code: 'FILE_NOT_FOUND',
          messageKey: 'errors.fileNotFound',
          file: basename(path),
          actionKey: 'actions.pickAgain',
        });
      }
      // The password opens the PDF for this read only (pdf.js's document is destroyed after it).
      const opened = password !== undefined ? { password } : {};
      const file = basename(path);
      if (!operationId) return lockedSaid(readDocument(path, { today, ...engineReadHooks, ...opened }), file, password);
      let last = -1;
      return lockedSaid(
        readDocument(path, {
          today,
          ...engineReadHooks,
          ...opened,
          // Whole per cents only: tesseract reports many times a second, the screen needs a few.
          onProgress: (fraction) => {
            const done = Math.max(0, Math.min(100, Math.round(fraction * 100)));
            if (done === last) return;
            last = done;
            emit({ type: 'progress', operationId, stage: 'read', file, done, total: 100 });
          },
        }),
        file,
        password,
      );
    },
    readingConsistency: async (input) => checkConsistency(input),
  };
}
