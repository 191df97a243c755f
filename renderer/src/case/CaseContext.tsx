import { createContext, Fragment, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { apiCaseStore, CaseStoreError, type OpenedCase } from './api-store';
import type { GuideCase } from './guide-case';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: ApiError | null };

interface CaseContextValue {
  caseId: string;
  caseTitle: string;
  casesRoot: string;
  guide: GuideCase;
  update(change: (current: GuideCase) => GuideCase): void;
  /**
   * Save what is pending, then continue with another case (an agency's client). `beforeLoad` runs
   * after that save and before the case is read (to seed its guide progress). Rejects with the API error.
   */
  openCase(caseId: string, beforeLoad?: () => void): Promise<void>;
  /**
   * Save what is pending now (not after the usual short delay). Texts for AIMA are written by the main process from
   * the case file on disk: asked for before the last answers reached it, a text named the wrong portal and a
   * missing permit number (session 14's walk, intermittently). Resolves to the save's error, or null.
   */
  saveNow(): Promise<ApiError | null>;
  saveState: SaveState;
}

const CaseContext = createContext<CaseContextValue | null>(null);
const SAVE_DELAY_MS = 250;

/**
 * Opens the last case when the app starts (or creates the first one) and
 * saves every change shortly after it happens, so closing the app never loses
 * more than a keystroke.
 */
export function CaseProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<OpenedCase | null>(null);
  const [openError, setOpenError] = useState<ApiError | null>(null);
  const [guide, setGuide] = useState<GuideCase | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<GuideCase | null>(null);
  const saved = useRef<GuideCase | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const caseIdRef = useRef<string | null>(null);
  const title = t('ui.newCaseTitle');

  useEffect(() => {
    let live = true;
    apiCaseStore.open(title).then(
      (result) => {
        if (!live) return;
        caseIdRef.current = result.caseId;
        saved.current = result.guide;
        setOpened(result);
        setGuide(result.guide);
      },
      (error: unknown) => {
        if (live) setOpenError(error instanceof CaseStoreError ? error.apiError : null);
      },
    );
    return () => {
      live = false;
    };
    // Open once per app start; the title is only used when a first case is created.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** The last save started; saves run one after another, so a switch of case never overtakes one. */
  const saving = useRef<Promise<ApiError | null>>(Promise.resolve(null));

  /** Save what is pending (after any save already running); resolves to that save's error, or null. */
  const flush = useCallback((): Promise<ApiError | null> => {
    const run = saving.current.then(async () => {
      const value = pending.current;
      const caseId = caseIdRef.current;
      if (!value || !caseId) return null;
      pending.current = null;
      setSaveState({ kind: 'saving' });
      try {
        await apiCaseStore.save(caseId, value, saved.current);
        saved.current = value;
        setSaveState({ kind: 'saved' });
        return null;
      } catch (error) {
        const apiError = error instanceof CaseStoreError ? error.apiError : null;
        setSaveState({ kind: 'failed', error: apiError });
        return apiError ?? { code: 'CASE_WRITE_FAILED', messageKey: 'case.errors.writeFailed', params: { id: caseId } };
      }
    });
    saving.current = run;
    return run;
  }, []);

  useEffect(() => {
    // The window's close waits for this save (the shell asks first): the change made just before closing is kept.
    // pagehide stays for a page that goes without asking (a reload in development): best effort there.
    window.aimaWindow?.onBeforeClose(() => {
      window.clearTimeout(timer.current);
      return flush();
    });
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [flush]);

  const saveNow = useCallback((): Promise<ApiError | null> => {
    window.clearTimeout(timer.current);
    return flush();
  }, [flush]);

  const openedCaseId = opened?.caseId ?? null;
  const update = useCallback(
    (change: (current: GuideCase) => GuideCase) => {
      // Bound to the case open when it was handed out: a late result for another case (a copy that
      // finished after the person switched to another client) must not land in this one.
      if (caseIdRef.current !== openedCaseId) return;
      setGuide((current) => {
        if (!current) return current;
        const next = change(current);
        if (next === current) return current;
        pending.current = next;
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
        return next;
      });
    },
    [flush, openedCaseId],
  );

  const openCase = useCallback(
    async (caseId: string, beforeLoad?: () => void) => {
      window.clearTimeout(timer.current);
      // A change of the open case that cannot be saved is reported instead of being dropped by the switch;
      // the save state shows it too, and opening again continues (nothing is left pending).
      const saveError = await flush();
      if (saveError) throw saveError;
      beforeLoad?.();
      const next = await apiCaseStore.openById(caseId).catch((error: unknown) => {
        throw error instanceof CaseStoreError ? error.apiError : error;
      });
      setSaveState({ kind: 'idle' });
      setOpened(next);
      setGuide(next.guide);
      caseIdRef.current = next.caseId;
      saved.current = next.guide;
      pending.current = null;
    },
    [flush],
  );

  const value = useMemo(
    () =>
      guide && opened
        ? { caseId: opened.caseId, caseTitle: opened.title, casesRoot: opened.root, guide, update, openCase, saveNow, saveState }
        : null,
    [guide, opened, update, openCase, saveNow, saveState],
  );
  if (openError) {
    return (
      <p role="alert" className="error-message">
        {t(openError.messageKey, openError.params)} {openError.actionKey ? t(openError.actionKey) : ''}
      </p>
    );
  }
  // The compiler counts `value` as a ref read because openCase (inside it) saves through the refs; it does so
  // only when an event handler calls it, never during render.
  // eslint-disable-next-line react-hooks/refs
  if (!value) return <p>{t('ui.loading')}</p>;
  // Keyed by the case: switching cases starts every page and the documents session afresh (no file or
  // password of one client stays in memory for the next).
  return (
    <CaseContext.Provider value={value}>
      <Fragment key={value.caseId}>{children}</Fragment>
    </CaseContext.Provider>
  );
}

export function useCase(): CaseContextValue {
  const value = useContext(CaseContext);
  if (!value) throw new Error('useCase outside CaseProvider');
  return value;
}
