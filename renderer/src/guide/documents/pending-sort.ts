/**
 * Files an opened client folder could not sort by name (`scan0001.pdf` …), waiting for the documents page
 * of that case to read them and suggest where each goes. In memory only: they are still in the client folder,
 * and opening it again queues them again. Kept until the agency confirms or cancels the suggestions, so a
 * page left and opened again still offers them.
 */
let queued: { caseId: string; paths: string[] } | null = null;

export function queueForSorting(caseId: string, paths: string[]): void {
  queued = paths.length > 0 ? { caseId, paths: [...paths] } : null;
}

/** The files waiting for this case (none for another case). */
export function queuedForSorting(caseId: string): string[] {
  return queued && queued.caseId === caseId ? [...queued.paths] : [];
}

export function clearQueuedForSorting(): void {
  queued = null;
}
