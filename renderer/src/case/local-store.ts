import { emptyGuideCase, guideCaseSchema, type GuideCase } from './guide-case';

const KEY = 'aima-prep.guide-case';

/**
 * Interim store in the browser's storage, used only while the case API
 * (shared/api/calls/cases.ts) is not available in this build.
 */
export const localCaseStore = {
  async load(): Promise<GuideCase> {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return emptyGuideCase();
    try {
      const parsed = guideCaseSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : emptyGuideCase();
    } catch {
      return emptyGuideCase();
    }
  },
  async save(value: GuideCase): Promise<void> {
    window.localStorage.setItem(KEY, JSON.stringify(value));
  },
};
export type CaseStore = typeof localCaseStore;
