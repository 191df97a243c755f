import type { ApiError } from '../../../../shared/api/errors';
import { api } from '../../api';
import type { AssignedFile } from '../../case/guide-case';
import { casePath } from './paths';

/**
 * Copy files the person chose into the case (originals/, hashed; their own
 * files are only read) and return them as the guide lists them, in the order given.
 */
export async function copyIntoCase(
  caseId: string,
  casesRoot: string,
  paths: string[],
): Promise<{ ok: true; files: AssignedFile[] } | { ok: false; error: ApiError }> {
  const result = await api().caseAddOriginals({ caseId, operationId: `add-${Date.now()}-${paths.length}`, paths });
  if (!result.ok) return { ok: false, error: result.error };
  // One original per path given, in that order (a file already in the case under another name included).
  const files = result.value.inOrder.map((original) => ({
    path: casePath(casesRoot, caseId, original.storedAs),
    name: original.name,
    originalId: original.id,
  }));
  return { ok: true, files };
}

/** Append files to a category's list, leaving out those already there. */
export function appended(current: AssignedFile[], added: AssignedFile[]): AssignedFile[] {
  const known = new Set(current.map((file) => file.path));
  return [...current, ...added.filter((file) => !known.has(file.path))];
}
