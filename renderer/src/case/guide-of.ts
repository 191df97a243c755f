import type { CaseFile } from '../../../shared/case/case-file';
import { categoryIdSchema, type CategoryId } from '../../../shared/rules/categories';
import { casePath } from '../guide/documents/paths';
import type { GuideCase } from './guide-case';

/**
 * The guide's view of a case: the situation and the documents of each
 * category from case.json (what the CLI, another window or another computer
 * sharing the cases folder see too), the rest of the person's progress
 * (ticks, last page, the last report) from the app's storage.
 *
 * Lists saved by an older version live only in the app's storage and carry no
 * original ids: the ids are found from the paths, the local list is kept, and
 * `unsynced` says what case.json still has to learn.
 */
export function guideOf(
  caseFile: CaseFile,
  root: string,
  progress: GuideCase,
): { guide: GuideCase; unsynced: Partial<Record<CategoryId, string[]>> } {
  const byId = new Map(caseFile.originals.map((original) => [original.id, original]));
  const byPath = new Map(caseFile.originals.map((original) => [casePath(root, caseFile.id, original.storedAs), original]));
  const documents: GuideCase['documents'] = {};
  const unsynced: Partial<Record<CategoryId, string[]>> = {};
  for (const [categoryId, files] of Object.entries(progress.documents)) {
    const legacy = files.some((file) => file.originalId === undefined);
    const filled = files.map((file) =>
      file.originalId === undefined && byPath.has(file.path) ? { ...file, originalId: byPath.get(file.path)!.id } : file,
    );
    documents[categoryId] = filled;
    const parsed = categoryIdSchema.safeParse(categoryId);
    if (legacy && parsed.success && filled.every((file) => file.originalId !== undefined))
      unsynced[parsed.data] = filled.map((file) => file.originalId!);
  }
  for (const [categoryId, ids] of Object.entries(caseFile.assignments)) {
    if (categoryId in unsynced) continue; // the older local list wins once, then case.json has it
    documents[categoryId] = ids.flatMap((id) => {
      const original = byId.get(id);
      return original
        ? [{ path: casePath(root, caseFile.id, original.storedAs), name: original.name, originalId: original.id }]
        : [];
    });
  }
  return {
    guide: {
      ...progress,
      documents,
      situation: caseFile.situation,
      // case.json is where page edits and quality choices live (the CLI and other windows see them too).
      pageEdits: caseFile.pageEdits ?? {},
      quality: caseFile.quality ?? {},
      keepOriginalPhoto: caseFile.keepOriginalPhoto ?? {},
    },
    unsynced,
  };
}
