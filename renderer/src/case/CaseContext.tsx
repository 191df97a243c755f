import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { GuideCase } from './guide-case';
import { localCaseStore, type CaseStore } from './local-store';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

interface CaseContextValue {
  guide: GuideCase;
  update(change: (current: GuideCase) => GuideCase): void;
  saveState: SaveState;
}

const CaseContext = createContext<CaseContextValue | null>(null);
const SAVE_DELAY_MS = 250;

/**
 * Loads the last case when the app starts and saves every change shortly
 * after it happens, so closing the app never loses more than a keystroke.
 */
export function CaseProvider({ children, store = localCaseStore }: { children: ReactNode; store?: CaseStore }) {
  const [guide, setGuide] = useState<GuideCase | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<GuideCase | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void store.load().then((loaded) => {
      if (live) setGuide(loaded);
    });
    return () => {
      live = false;
    };
  }, [store]);

  const flush = useCallback(async () => {
    const value = pending.current;
    if (!value) return;
    pending.current = null;
    setSaveState({ kind: 'saving' });
    try {
      await store.save(value);
      setSaveState({ kind: 'saved' });
    } catch (error) {
      setSaveState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [store]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [flush]);

  const update = useCallback(
    (change: (current: GuideCase) => GuideCase) => {
      setGuide((current) => {
        if (!current) return current;
        const next = change(current);
        pending.current = next;
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
        return next;
      });
    },
    [flush],
  );

  const value = useMemo(() => (guide ? { guide, update, saveState } : null), [guide, update, saveState]);
  if (!value) return null;
  return <CaseContext.Provider value={value}>{children}</CaseContext.Provider>;
}

export function useCase(): CaseContextValue {
  const value = useContext(CaseContext);
  if (!value) throw new Error('useCase outside CaseProvider');
  return value;
}
