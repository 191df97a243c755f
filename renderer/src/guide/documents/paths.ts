/** The separator a folder path already uses: Windows paths from the main side use backslashes. */
function separatorOf(folder: string): string {
  return folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
}

/** Join a folder and a name with the folder's own separator (the renderer has no Node `path`). */
export function joinPath(folder: string, name: string): string {
  const separator = separatorOf(folder);
  return folder.endsWith(separator) ? `${folder}${name}` : `${folder}${separator}${name}`;
}

/**
 * A file inside a case folder (`storedAs` is "originals/ab12…-scan.pdf"), written
 * exactly as the main side's `path.join` writes it, so the same file always has
 * the same path string (lists de-duplicate by path).
 */
export function casePath(casesRoot: string, caseId: string, storedAs: string): string {
  return storedAs.split('/').reduce(joinPath, joinPath(casesRoot, caseId));
}
