import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { Handler } from './handler-types';
import { sha256OfFile } from '../common/hash';

async function describeOne(path: string) {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new AppError({
      code: 'FILE_NOT_FOUND',
      messageKey: 'errors.fileNotFound',
      file: basename(path),
      actionKey: 'actions.pickAgain',
    });
  }
  if (!info.isFile()) {
    throw new AppError({
      code: 'NOT_A_FILE',
      messageKey: 'errors.notAFile',
      file: basename(path),
      actionKey: 'actions.pickAgain',
    });
  }
  return { path, name: basename(path), bytes: info.size, sha256: await sha256OfFile(path) };
}

export function fileHandlers(): { filesDescribe: Handler<'filesDescribe'> } {
  return {
    filesDescribe: async ({ operationId, paths }, { emit }) => {
      const facts = [];
      for (const [index, path] of paths.entries()) {
        facts.push(await describeOne(path));
        emit({ type: 'progress', operationId, stage: 'hash', file: basename(path), done: index + 1, total: paths.length });
      }
      return facts;
    },
  };
}
