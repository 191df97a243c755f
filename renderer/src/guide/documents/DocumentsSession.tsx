import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { InspectedDocument, PagePreview, QualityPreview } from '../../../../shared/api/calls/documents';
import type { PageSelection, QualityChoice } from '../../../../shared/engine/page-edits';
import type { ApiError } from '../../../../shared/api/errors';
import type { PrepareReport } from '../../../../shared/engine/report';
import type { ReportReading } from '../../../../shared/engine/report-reading';
import type { CategoryId } from '../../../../shared/rules/categories';
import { api } from '../../api';
import type { AssignedFile } from '../../case/guide-case';

export interface FileProgress {
  stage: string;
  done: number;
  total: number;
}

interface DocumentsSessionValue {
  inspected: Record<string, InspectedDocument>;
  /** Paths whose password the person typed this session (the passwords themselves stay in memory only). */
  unlocked: ReadonlySet<string>;
  progress: Record<string, FileProgress>;
  running: boolean;
  /** Files being copied into the case right now (any card, or the page's drop): preparing waits for them. */
  adding: boolean;
  /** Run the copying of added files so that `adding` is true meanwhile. */
  whileAdding<T>(work: () => Promise<T>): Promise<T>;
  /** Keyed by path; the name is what errors call the file (the one the person knows). */
  inspect(files: AssignedFile[]): Promise<void>;
  /** Try a password; true when it opens the file. Kept in memory for the next preparation, never saved. */
  unlock(file: AssignedFile, password: string): Promise<boolean>;
  /** The password that opened a file this session (for reading it), if any. */
  passwordOf(path: string): string | undefined;
  prepare(request: {
    outputDir: string;
    limitBytes: number;
    categories: Array<{ categoryId: string; files: AssignedFile[]; pages?: PageSelection[]; quality?: QualityChoice }>;
    /** Original id → photo pages the person keeps as photographed (not straightened). */
    keepOriginalPhoto?: Readonly<Record<string, number[]>>;
    expectedCategories: string[];
    locale: 'en' | 'pt';
    /** What reading found (the card's and the pre-upload step's findings), for report.json and report.html. */
    reading?: ReportReading;
  }): Promise<{ ok: true; report: PrepareReport; outputDir: string } | { ok: false; error: ApiError }>;
  /** The pages of some files at thumbnail size, for the page tools (with the passwords typed this session). */
  pagePreviews(files: AssignedFile[]): Promise<{ ok: true; value: PagePreview[] } | { ok: false; error: ApiError }>;
  /** One category at the lower-quality setting, in memory: its first page, its size, whether it fits. */
  previewQuality(request: {
    limitBytes: number;
    categoryId: string;
    files: AssignedFile[];
    pages?: PageSelection[];
  }): Promise<{ ok: true; value: QualityPreview } | { ok: false; error: ApiError }>;
}

const Context = createContext<DocumentsSessionValue | null>(null);

/**
 * One file as the engine takes it: its path, the name the person knows it by, the password typed for
 * it, if any, and the photo pages to keep unstraightened, if any.
 */
function itemOf(
  file: AssignedFile,
  passwords: ReadonlyMap<string, string>,
  keepOriginalPhoto: Readonly<Record<string, number[]>> = {},
): { path: string; name: string; password?: string; keepOriginalPages?: number[] } {
  const password = passwords.get(file.path);
  const kept = file.originalId !== undefined ? keepOriginalPhoto[file.originalId] : undefined;
  return {
    path: file.path,
    name: file.name,
    ...(password !== undefined ? { password } : {}),
    ...(kept && kept.length > 0 ? { keepOriginalPages: kept } : {}),
  };
}

let operationCounter = 0;

/**
 * What the documents step knows only for this session: what each file is
 * (from the engine's inspection), the PDF passwords typed (memory only, never
 * stored in the case or anywhere else), and the progress of a running
 * preparation. Lives above the pages, so moving between steps keeps it.
 */
export function DocumentsSessionProvider({ children }: { children: ReactNode }) {
  const [inspected, setInspected] = useState<Record<string, InspectedDocument>>({});
  const [unlocked, setUnlocked] = useState<ReadonlySet<string>>(new Set());
  const [progress, setProgress] = useState<Record<string, FileProgress>>({});
  const [running, setRunning] = useState(false);
  // A count, not a flag: two cards may be adding at once, and the first to finish must not clear the other.
  const [addsInFlight, setAddsInFlight] = useState(0);
  const passwords = useRef(new Map<string, string>());

  const inspect = useCallback(async (files: AssignedFile[]) => {
    if (files.length === 0) return;
    const result = await api().documentsInspect({ items: files.map((file) => itemOf(file, passwords.current)) });
    if (!result.ok) return;
    setInspected((current) => {
      const next = { ...current };
      for (const item of result.value) next[item.path] = item;
      return next;
    });
  }, []);

  const unlock = useCallback(async (file: AssignedFile, password: string) => {
    const path = file.path;
    const result = await api().documentsInspect({ items: [{ path, name: file.name, password }] });
    if (!result.ok) return false;
    const [item] = result.value;
    if (!item) return false;
    setInspected((current) => ({ ...current, [path]: item }));
    if (item.needsPassword) return false;
    passwords.current.set(path, password);
    setUnlocked((current) => new Set([...current, path]));
    return true;
  }, []);

  const whileAdding = useCallback(async <T,>(work: () => Promise<T>): Promise<T> => {
    setAddsInFlight((count) => count + 1);
    try {
      return await work();
    } finally {
      setAddsInFlight((count) => count - 1);
    }
  }, []);

  const passwordOf = useCallback((path: string) => passwords.current.get(path), []);

  const prepare = useCallback<DocumentsSessionValue['prepare']>(async (request) => {
    operationCounter += 1;
    const operationId = `prepare-${Date.now()}-${operationCounter}`;
    setRunning(true);
    setProgress({});
    const stop = api().onEvent((event) => {
      if (event.operationId !== operationId || !event.file) return;
      const file = event.file;
      setProgress((current) => ({ ...current, [file]: { stage: event.stage, done: event.done, total: event.total } }));
    });
    try {
      const result = await api().documentsPrepare({
        operationId,
        outputDir: request.outputDir,
        limitBytes: request.limitBytes,
        categories: request.categories.map((category) => ({
          categoryId: category.categoryId,
          items: category.files.map((file) => itemOf(file, passwords.current, request.keepOriginalPhoto)),
          ...(category.pages ? { pages: category.pages } : {}),
          ...(category.quality === 'lower' ? { quality: category.quality } : {}),
        })),
        expectedCategories: request.expectedCategories,
        locale: request.locale,
        ...(request.reading ? { reading: request.reading } : {}),
      });
      if (!result.ok) return { ok: false as const, error: result.error };
      return { ok: true as const, report: result.value.report, outputDir: result.value.outputDir };
    } finally {
      stop();
      setRunning(false);
    }
  }, []);

  const pagePreviews = useCallback<DocumentsSessionValue['pagePreviews']>(
    (files) => api().documentsPagePreviews({ items: files.map((file) => itemOf(file, passwords.current)) }),
    [],
  );

  const previewQuality = useCallback<DocumentsSessionValue['previewQuality']>(
    (request) =>
      api().documentsPreviewQuality({
        limitBytes: request.limitBytes,
        category: {
          categoryId: request.categoryId as CategoryId,
          items: request.files.map((file) => itemOf(file, passwords.current)),
          ...(request.pages ? { pages: request.pages } : {}),
        },
      }),
    [],
  );

  const adding = addsInFlight > 0;
  const value = useMemo(
    () => ({
      inspected,
      unlocked,
      progress,
      running,
      adding,
      whileAdding,
      inspect,
      unlock,
      passwordOf,
      prepare,
      pagePreviews,
      previewQuality,
    }),
    [
      inspected,
      unlocked,
      progress,
      running,
      adding,
      whileAdding,
      inspect,
      unlock,
      passwordOf,
      prepare,
      pagePreviews,
      previewQuality,
    ],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useDocumentsSession(): DocumentsSessionValue {
  const value = useContext(Context);
  if (!value) throw new Error('useDocumentsSession outside DocumentsSessionProvider');
  return value;
}
