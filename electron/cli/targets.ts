import { stat } from 'node:fs/promises';
import { scanClientFolder } from '../clients/scan';

/**
 * Checks on the folder or file a command is pointed at, before any work starts, so a wrong path is
 * one sentence (cli-i18n.ts words the error) and `prepare` on a folder of clients says to use `batch`.
 */

/** Throws a file-system error carrying the path when `path` is missing, or is a file where a folder is needed. */
export async function checkTarget(path: string, kind: 'folder' | 'any'): Promise<void> {
  const info = await stat(path); // ENOENT / EACCES carry the path
  if (kind === 'folder' && !info.isDirectory())
    throw Object.assign(new Error(`${path} is not a folder`), { code: 'ENOTDIR', path });
}

/**
 * When a folder given to `prepare` holds no documents, only subfolders that are not document
 * categories, it is a folder of client folders: their names (up to three), else null.
 */
export async function clientsFolderHint(folder: string): Promise<string[] | null> {
  const scan = await scanClientFolder(folder);
  if (scan.inputs.length > 0 || scan.unsorted.length === 0) return null;
  if (!scan.unsorted.every((file) => file.reason === 'unknown-folder')) return null;
  const folders = [...new Set(scan.unsorted.map((file) => file.relPath.split(/[\\/]/)[0]!))];
  return folders.slice(0, 3);
}
