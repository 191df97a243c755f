import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { checkConsistency } from '../../shared/reading/consistency';
import { engineReadHooks } from '../batch/read-hooks';
import { readDocument } from '../reading/read-document';
import type { Handler } from './handler-types';

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
      if (!operationId) return readDocument(path, { today, ...engineReadHooks, ...opened });
      const file = basename(path);
      let last = -1;
      return readDocument(path, {
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
      });
    },
    readingConsistency: async (input) => checkConsistency(input),
  };
}
