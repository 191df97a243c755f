import type { ApiError } from '../../../shared/api/errors';
import { api } from '../api';
import { guideCaseSchema, emptyGuideCase, type GuideCase } from './guide-case';

const LAST_CASE_KEY = 'aima-prep.last-case';
const progressKey = (caseId: string) => `aima-prep.guide.${caseId}`;

export interface OpenedCase {
  caseId: string;
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
      if (found.ok) return { caseId: lastId, root, guide: { ...progressOf(lastId), situation: found.value.situation } };
    }
    const created = unwrap(await api().caseCreate({ title: newCaseTitle }));
    window.localStorage.setItem(LAST_CASE_KEY, created.id);
    return { caseId: created.id, root, guide: { ...progressOf(created.id), situation: created.situation } };
  },

  async save(caseId: string, guide: GuideCase, previous: GuideCase | null): Promise<void> {
    const { situation, ...progress } = guide;
    window.localStorage.setItem(progressKey(caseId), JSON.stringify({ ...progress, situation: {} }));
    if (!previous || JSON.stringify(previous.situation) !== JSON.stringify(situation)) {
      unwrap(await api().caseUpdate({ caseId, situation }));
    }
  },
};
