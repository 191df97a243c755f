import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { checkConsistency } from '../../shared/reading/consistency';
import { readDocument } from '../reading/read-document';
import type { Handler } from './handler-types';

/** Reading a file (OCR runs on tesseract.js's own worker threads) and the pure consistency check. */
export function readingHandlers(): { readDocument: Handler<'readDocument'>; readingConsistency: Handler<'readingConsistency'> } {
  return {
    readDocument: async ({ path, today }) => {
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) {
        throw new AppError({
          code: 'FILE_NOT_FOUND',
          messageKey: 'errors.fileNotFound',
          file: basename(path),
          actionKey: 'actions.pickAgain',
        });
      }
      return readDocument(path, { today });
    },
    readingConsistency: async (input) => checkConsistency(input),
  };
}
