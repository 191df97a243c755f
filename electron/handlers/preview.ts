import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { PREVIEW_MAX_BYTES } from '../../shared/api/calls/preview';
import { AppError } from '../../shared/api/errors';
import type { Handler } from './handler-types';

function notAPdf(path: string): AppError {
  return new AppError({ code: 'PREVIEW_NOT_PDF', messageKey: 'documents.result.previewUnavailable', file: basename(path) });
}

/** Reads a prepared PDF for the renderer's thumbnails; never writes anything. */
export function previewHandlers(): { previewPdf: Handler<'previewPdf'> } {
  return {
    previewPdf: async ({ path }) => {
      let handle;
      try {
        handle = await open(path, 'r');
      } catch {
        throw new AppError({
          code: 'FILE_NOT_FOUND',
          messageKey: 'errors.fileNotFound',
          file: basename(path),
          actionKey: 'actions.pickAgain',
        });
      }
      try {
        const { size } = await handle.stat();
        if (size > PREVIEW_MAX_BYTES || size < 5) throw notAPdf(path);
        const bytes = await handle.readFile();
        if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw notAPdf(path);
        return { base64: bytes.toString('base64'), bytes: size };
      } finally {
        await handle.close();
      }
    },
  };
}
