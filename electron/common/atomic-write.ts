import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { copyFile, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * File-system steps that tests replace to simulate a crash at the worst
 * moment (after the temp file is written, before the rename).
 */
export interface AtomicWriteHooks {
  rename?: (from: string, to: string) => Promise<void>;
  /** Called with the temp path once its bytes are on disk, just before the rename. */
  beforeRename?: (tempPath: string) => Promise<void>;
}

/**
 * Atomic file writes for every part of the app that writes user-visible files
 * (case.json, the upload-ready folder, letters). Temp files are hidden, named
 * after their target, and end in `.<12 hex>.tmp`, so readers can skip them and
 * a crashed run's leftovers can be recognised.
 */
export const TEMP_FILE_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Whether `fileName` is one of our temp files for the target `targetName`. */
export function isTempFileOf(fileName: string, targetName: string): boolean {
  return fileName.startsWith(`.${targetName}.`) && fileName.endsWith('.tmp');
}

/** Make the rename itself durable. Directories cannot be opened for fsync on Windows: best effort. */
async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform or file system; the rename is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * On Windows, replacing a file fails with EPERM/EACCES/EBUSY while another
 * program (an antivirus scan, a search indexer, a cloud-sync client) holds it
 * open for a moment; retry briefly before giving up, as write-file-atomic does.
 */
async function renameWithRetry(doRename: (from: string, to: string) => Promise<void>, from: string, to: string): Promise<void> {
  const transient = new Set(['EPERM', 'EACCES', 'EBUSY']);
  for (let attempt = 0; ; attempt += 1) {
    try {
      await doRename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !transient.has(code) || attempt >= 8) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt));
    }
  }
}

/** A hidden temp path beside `target`, matching TEMP_FILE_PATTERN. */
const tempPathOf = (target: string, kind: string) =>
  join(dirname(target), `.${basename(target)}.${kind}${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

/**
 * A hidden temp file beside `target` (same folder, so same file system: the rename is atomic) holding `data`,
 * synced to disk. `kind` tells apart the temp files of one target (new content, old content kept for a restore).
 * On failure nothing is left behind.
 */
async function stageBeside(target: string, data: string | Uint8Array, kind = ''): Promise<string> {
  const temp = tempPathOf(target, kind);
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return temp;
}

/**
 * Write a file so that readers see either the old content or the new, never a
 * mix: write a temp file in the same folder (same file system, so rename is
 * atomic), fsync it, rename it over the target, fsync the folder. If any step
 * fails, the temp file is removed and the target is untouched.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, hooks: AtomicWriteHooks = {}): Promise<void> {
  const temp = await stageBeside(target, data);
  try {
    await hooks.beforeRename?.(temp);
    await renameWithRetry(hooks.rename ?? rename, temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(target));
}

/**
 * Write files that must agree with each other (report.json and report.html) so that readers see all old or all
 * new: every temp file is written and synced before the first rename, and if a later rename fails the targets
 * already replaced get their old content back (kept in a hidden temp copy beside each). Small files only.
 */
export async function writeFilesAtomicTogether(
  files: readonly { target: string; data: string | Uint8Array }[],
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  const staged: { target: string; temp: string; backup: string | null }[] = [];
  const replaced: { target: string; backup: string | null }[] = [];
  try {
    for (const { target, data } of files) {
      const entry = { target, temp: await stageBeside(target, data, 'n'), backup: null as string | null };
      staged.push(entry);
      const backup = tempPathOf(target, 'o');
      try {
        await copyFile(target, backup, fsConstants.COPYFILE_EXCL);
        entry.backup = backup;
      } catch (error) {
        // No old file: nothing to restore.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    for (const entry of staged) {
      await hooks.beforeRename?.(entry.temp);
      await renameWithRetry(hooks.rename ?? rename, entry.temp, entry.target);
      replaced.push(entry);
    }
  } catch (error) {
    // Put back what was replaced (best effort: the folder may be gone), then remove every temp file.
    for (const entry of replaced.reverse()) {
      if (entry.backup) await rename(entry.backup, entry.target).catch(() => undefined);
      else await rm(entry.target, { force: true }).catch(() => undefined);
    }
    for (const entry of staged) {
      await rm(entry.temp, { force: true }).catch(() => undefined);
      if (entry.backup) await rm(entry.backup, { force: true }).catch(() => undefined);
    }
    throw error;
  }
  for (const entry of staged) if (entry.backup) await rm(entry.backup, { force: true });
  for (const dir of new Set(staged.map((entry) => dirname(entry.target)))) await syncDirectory(dir);
}
