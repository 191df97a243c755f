import type { ApiError } from '../../../../shared/api/errors';
import { api } from '../../api';
import type { AssignedFile } from '../../case/guide-case';
import { baseName } from './dropped-paths';
import { joinPath } from './paths';

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
  const originals = [...result.value.added, ...result.value.alreadyPresent];
  const caseDir = joinPath(casesRoot, caseId);
  const files = paths
    .map((path) => originals.find((original) => original.name === baseName(path)))
    .filter((original) => original !== undefined)
    .map((original) => ({ path: `${caseDir}/${original.storedAs}`, name: original.name }));
  return { ok: true, files };
}

/** Append files to a category's list, leaving out those already there. */
export function appended(current: AssignedFile[], added: AssignedFile[]): AssignedFile[] {
  const known = new Set(current.map((file) => file.path));
  return [...current, ...added.filter((file) => !known.has(file.path))];
}
