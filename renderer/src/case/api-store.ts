import type { ApiError } from '../../../shared/api/errors';
import type { CaseFile } from '../../../shared/case/case-file';
import type { ClientImport } from '../../../shared/case/client-import';
import type { CategoryPageEdits, QualityChoice } from '../../../shared/engine/page-edits';
import { api } from '../api';
import { categoryIdSchema, type CategoryId } from '../../../shared/rules/categories';
import { guideCaseSchema, emptyGuideCase, type AssignedFile, type GuideCase } from './guide-case';
import { guideOf } from './guide-of';

const LAST_CASE_KEY = 'aima-prep.last-case';
const progressKey = (caseId: string) => `aima-prep.guide.${caseId}`;

export interface OpenedCase {
  caseId: string;
  /** What the user or agency calls the case, shown in the header so an agency always sees whose case is open. */
  title: string;
  /** The cases root the case lives under (from the API), for paths inside the case folder. */
  root: string;
  guide: GuideCase;
}

export class CaseStoreError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.code);
  }
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: ApiError }): T {
  if (!result.ok) throw new CaseStoreError(result.error);
  return result.value;
}

function progressOf(caseId: string): GuideCase {
  const raw = window.localStorage.getItem(progressKey(caseId));
  if (!raw) return emptyGuideCase();
  try {
    const parsed = guideCaseSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : emptyGuideCase();
  } catch {
    return emptyGuideCase();
  }
}

function storeProgress(caseId: string, guide: GuideCase): void {
  const { situation: _kept, ...progress } = guide;
  window.localStorage.setItem(progressKey(caseId), JSON.stringify({ ...progress, situation: {} }));
}

/**
 * The categories whose documents changed since the last save, as case.json
 * records them (original ids in merge order). A category holding a file saved
 * by an older version (no original id) is left to the app's storage.
 */
function changedAssignments(
  next: GuideCase['documents'],
  previous: GuideCase['documents'] | null,
): Partial<Record<CategoryId, string[]>> {
  const idsOf = (files: AssignedFile[] | undefined) =>
    (files ?? []).every((file) => file.originalId !== undefined) ? (files ?? []).map((file) => file.originalId!) : null;
  const changed: Partial<Record<CategoryId, string[]>> = {};
  for (const categoryId of new Set([...Object.keys(next), ...Object.keys(previous ?? {})])) {
    const parsed = categoryIdSchema.safeParse(categoryId);
    const ids = idsOf(next[categoryId]);
    if (!parsed.success || ids === null) continue;
    if (previous && JSON.stringify(ids) === JSON.stringify(idsOf(previous[categoryId]))) continue;
    changed[parsed.data] = ids;
  }
  return changed;
}

/** The originals whose kept photo pages changed since the last save ([] for one no longer kept). */
function changedPhotoChoices(
  next: GuideCase['keepOriginalPhoto'],
  previous: GuideCase['keepOriginalPhoto'] | null,
): Record<string, number[]> {
  const changed: Record<string, number[]> = {};
  for (const id of new Set([...Object.keys(next), ...Object.keys(previous ?? {})])) {
    const pages = next[id] ?? [];
    if (JSON.stringify(pages) !== JSON.stringify(previous?.[id] ?? [])) changed[id] = pages;
  }
  return changed;
}

/** Page edits of the categories whose edits changed since the last save (null: the edits were reset). */
function changedPageEdits(next: GuideCase, previous: GuideCase | null): Partial<Record<CategoryId, CategoryPageEdits | null>> {
  const changed: Partial<Record<CategoryId, CategoryPageEdits | null>> = {};
  for (const categoryId of new Set([...Object.keys(next.pageEdits), ...Object.keys(previous?.pageEdits ?? {})])) {
    const parsed = categoryIdSchema.safeParse(categoryId);
    const edits = next.pageEdits[categoryId] ?? null;
    if (!parsed.success || JSON.stringify(edits) === JSON.stringify(previous?.pageEdits[categoryId] ?? null)) continue;
    changed[parsed.data] = edits;
  }
  return changed;
}

function changedQuality(next: GuideCase, previous: GuideCase | null): Partial<Record<CategoryId, QualityChoice>> {
  const changed: Partial<Record<CategoryId, QualityChoice>> = {};
  for (const categoryId of new Set([...Object.keys(next.quality), ...Object.keys(previous?.quality ?? {})])) {
    const parsed = categoryIdSchema.safeParse(categoryId);
    const choice = next.quality[categoryId] ?? 'standard';
    if (!parsed.success || choice === (previous?.quality[categoryId] ?? 'standard')) continue;
    changed[parsed.data] = choice;
  }
  return changed;
}

async function opened(caseFile: CaseFile, root: string): Promise<OpenedCase> {
  const { guide, unsynced } = guideOf(caseFile, root, progressOf(caseFile.id));
  // Best effort: if it fails, the next change in the guide saves these categories anyway.
  if (Object.keys(unsynced).length > 0) await api().caseUpdate({ caseId: caseFile.id, assignments: unsynced });
  return { caseId: caseFile.id, title: caseFile.title, root, guide };
}

/**
 * The client's DUC as the guide keeps it, so the after-submit page shows the DUC and payment state the
 * agency view showed. A reference the person typed for the same DUC is kept when the client's files have
 * none; the DUC entry of the case's log is linked, so recording the same DUC again does not log it twice.
 */
function ducOfImport(result: ClientImport, progress: GuideCase): Pick<GuideCase, 'duc'> | object {
  const duc = result.duc;
  if (!duc) return {};
  const same = progress.duc?.date === duc.date && progress.duc.time === duc.time;
  const reference = duc.reference || (same ? (progress.duc?.reference ?? '') : '');
  const logged = result.caseFile.evidence.find(
    (record) => record.type === 'entry' && record.kind === 'duc-reference' && (record.reference ?? '') === reference,
  );
  return {
    duc: {
      ...duc,
      reference,
      ...(logged ? { evidenceId: logged.id } : same && progress.duc?.evidenceId ? { evidenceId: progress.duc.evidenceId } : {}),
    },
  };
}

/**
 * The guide's case, kept through the case API: the situation lives in the
 * case's case.json on disk (the same file the CLI and agencies use); where the
 * person is in the guide (ticks, last page, the last report) is kept next to
 * it in the app's own storage, keyed by the case. The last opened case is
 * remembered, so reopening the app brings the person back to it.
 */
export const apiCaseStore = {
  async open(newCaseTitle: string): Promise<OpenedCase> {
    const { root } = unwrap(await api().casesDefaultRoot({}));
    const lastId = window.localStorage.getItem(LAST_CASE_KEY);
    if (lastId) {
      const found = await api().caseGet({ caseId: lastId });
      if (found.ok) return opened(found.value, root);
    }
    const created = unwrap(await api().caseCreate({ title: newCaseTitle }));
    window.localStorage.setItem(LAST_CASE_KEY, created.id);
    return opened(created, root);
  },

  /** Switch to another case (an agency's client); it becomes the one the app reopens next time. */
  async openById(caseId: string): Promise<OpenedCase> {
    const { root } = unwrap(await api().casesDefaultRoot({}));
    const caseFile = unwrap(await api().caseGet({ caseId }));
    window.localStorage.setItem(LAST_CASE_KEY, caseId);
    return opened(caseFile, root);
  },

  /**
   * After a client folder was (re)imported: the guide starts from the task
   * list. Its documents need nothing here: the import wrote them into case.json,
   * which the guide reads them from (guide-of.ts).
   */
  adoptImport(result: ClientImport): void {
    const progress = progressOf(result.caseFile.id);
    const documentsChanged = result.documents.some(
      ({ categoryId, files }) => JSON.stringify(files) !== JSON.stringify(progress.documents[categoryId] ?? []),
    );
    storeProgress(result.caseFile.id, {
      ...progress,
      ...ducOfImport(result, progress),
      lastPath: '/',
      // New facts are confirmed again, and a report about other documents no longer describes this folder.
      ...(result.factsChanged ? { situationConfirmed: false, routeSeen: false } : {}),
      ...(documentsChanged ? { report: undefined } : {}),
    });
  },

  async save(caseId: string, guide: GuideCase, previous: GuideCase | null): Promise<void> {
    storeProgress(caseId, guide);
    if (!previous || JSON.stringify(previous.situation) !== JSON.stringify(guide.situation)) {
      unwrap(await api().caseUpdate({ caseId, situation: guide.situation }));
    }
    const pageEdits = changedPageEdits(guide, previous);
    const quality = changedQuality(guide, previous);
    if (Object.keys(pageEdits).length > 0 || Object.keys(quality).length > 0) {
      unwrap(await api().caseUpdate({ caseId, pageEdits, quality }));
    }
    const assignments = changedAssignments(guide.documents, previous?.documents ?? null);
    if (Object.keys(assignments).length > 0) {
      const result = await api().caseUpdate({ caseId, assignments });
      // A file this case does not hold cannot be recorded; it stays in the guide's own list rather than
      // making every later save (the situation's too) fail.
      if (!result.ok && result.error.code !== 'ORIGINAL_NOT_FOUND') throw new CaseStoreError(result.error);
    }
    const photoChoices = changedPhotoChoices(guide.keepOriginalPhoto, previous?.keepOriginalPhoto ?? null);
    if (Object.keys(photoChoices).length > 0) {
      const result = await api().caseUpdate({ caseId, keepOriginalPhoto: photoChoices });
      if (!result.ok && result.error.code !== 'ORIGINAL_NOT_FOUND') throw new CaseStoreError(result.error);
    }
  },
};
