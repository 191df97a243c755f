import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, chmod, open, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { StoredFile } from '../../shared/case/evidence';

/**
 * A name that is safe in any file system the app runs on: no path separators,
 * no characters Windows forbids, no leading dots, bounded length. Letters of
 * any script are kept so the user still recognises the file.
 */
export function safeFileName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .normalize('NFC')
    // Control characters are invalid in Windows names and confusing everywhere.
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .trim();
  const limited = cleaned.length > 100 ? cleaned.slice(0, 60) + cleaned.slice(-40) : cleaned;
  return limited || 'file';
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Copy a user's file into a case folder, hashing while copying: the source is
 * only ever opened for reading; the copy goes to a temp file first and is
 * renamed into place once complete and synced, so a crash never leaves a
 * half-copied file under a real name. The stored name starts with the hash,
 * so the same file added twice is stored once.
 */
export async function copyIntoCase(
  sourcePath: string,
  caseDir: string,
  subfolder: 'originals' | 'evidence',
): Promise<StoredFile> {
  const name = basename(sourcePath);
  let info;
  try {
    info = await stat(sourcePath);
  } catch (cause) {
    throw new AppError({
      code: 'FILE_NOT_FOUND',
      messageKey: 'errors.fileNotFound',
      file: name,
      actionKey: 'actions.pickAgain',
      cause,
    });
  }
  if (!info.isFile()) {
    throw new AppError({ code: 'NOT_A_FILE', messageKey: 'errors.notAFile', file: name, actionKey: 'actions.pickAgain' });
  }
  const folder = join(caseDir, subfolder);
  const temp = join(folder, `.copy.${process.pid}.${Date.now()}.${Math.random().toString(16).slice(2)}.tmp`);
  const hash = createHash('sha256');
  let bytes = 0;
  const out = await open(temp, 'wx', 0o644);
  try {
    try {
      for await (const chunk of createReadStream(sourcePath)) {
        const buffer = chunk as Buffer;
        hash.update(buffer);
        bytes += buffer.length;
        await out.write(buffer);
      }
      await out.sync();
    } finally {
      await out.close();
    }
    const sha256 = hash.digest('hex');
    const storedName = `${sha256.slice(0, 12)}-${safeFileName(name)}`;
    const target = join(folder, storedName);
    if (await exists(target)) {
      // Same content under the same name is already in the case: keep the first copy untouched.
      await rm(temp, { force: true });
    } else {
      // Read-only, so neither the app nor a stray editor save changes the copy the case relies on.
      await chmod(temp, 0o444);
      await rename(temp, target);
    }
    return { name, storedAs: `${subfolder}/${storedName}`, sha256, bytes };
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError({
      code: 'CASE_COPY_FAILED',
      messageKey: 'case.errors.copyFailed',
      file: name,
      actionKey: 'case.actions.checkDiskSpace',
      cause: error,
    });
  }
}
