import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../../shared/api/errors';
import type { PersonFacts } from '../../../../shared/case/person';
import { CONSISTENCY_CATEGORIES, consistencyInputOf, type CaseReading } from '../../../../shared/reading/case-readings';
import { checkConsistency, type ConsistencyResult } from '../../../../shared/reading/consistency';
import type { DocumentReading } from '../../../../shared/reading/document-reading';
import { api } from '../../api';
import { setReader } from '../../i18n';
import { useCase } from '../../case/CaseContext';
import { useDocumentsSession } from './DocumentsSession';
import { todayInLisbon } from '../../locale';
import { useReportFollowsReading } from './use-report-follows-reading';

export type ReadingState =
  | { status: 'reading'; percent: number }
  | { status: 'read'; reading: DocumentReading }
  /** error is null when the call itself failed (the Node side went away). */
  | { status: 'failed'; error: ApiError | null };

interface ReadingsValue {
  /** By path: the case's copies, and files dropped on the page before they are copied. */
  states: Record<string, ReadingState>;
  /** Read files not read yet this session, one after another (OCR runs on the Node side's worker threads). */
  read(paths: string[]): void;
  /** A reading already made under another path (a dropped file, now copied into the case). */
  seed(path: string, reading: DocumentReading): void;
  /** The case's personal facts (case.json), for the consistency check and the passport prefill. */
  person: PersonFacts | null;
  refreshPerson(): Promise<void>;
  /** The day certificates and the passport are judged on: the planned submission day, or today. */
  submitOn: string;
  /** Whether the person entered a planned submission day (otherwise submitOn is today). */
  planned: boolean;
  /** Whether the case was opened from an agency's client folder: its texts speak of "the client". */
  agencyCase: boolean;
  /** The consistency check over what was read so far; `pending` case files are still being read. */
  consistency: ConsistencyResult;
  pending: number;
}

const Context = createContext<ReadingsValue | null>(null);
let operationCounter = 0;

/**
 * What the app read from the case's files this session (readings are derived from the
 * files, so they are not saved: the next session reads again), and the consistency check
 * across them, the case's facts and the planned submission day. Every case file is read
 * once, in the background, whichever page is open: the assessment needs it to say "ready".
 */
export function ReadingsSessionProvider({ children }: { children: ReactNode }) {
  const { guide, caseId } = useCase();
  const { inspected, passwordOf } = useDocumentsSession();
  const [states, setStates] = useState<Record<string, ReadingState>>({});
  const [person, setPerson] = useState<PersonFacts | null>(null);
  // A case opened from an agency's client folder is read by the agency: the checks say "the client's passport".
  const [agencyCase, setAgencyCase] = useState(false);
  const started = useRef(new Set<string>());
  const queue = useRef<Promise<void>>(Promise.resolve());
  const operations = useRef(new Map<string, string>());

  useEffect(
    () =>
      api().onEvent((event) => {
        const path = operations.current.get(event.operationId);
        if (!path || event.stage !== 'read') return;
        const percent = event.total > 0 ? Math.round((100 * event.done) / event.total) : 0;
        setStates((current) =>
          current[path]?.status === 'reading' ? { ...current, [path]: { status: 'reading', percent } } : current,
        );
      }),
    [],
  );

  const read = useCallback(
    (paths: string[]) => {
      const fresh = paths.filter((path) => !started.current.has(path));
      if (fresh.length === 0) return;
      for (const path of fresh) started.current.add(path);
      setStates((current) => ({
        ...current,
        ...Object.fromEntries(fresh.map((path) => [path, { status: 'reading', percent: 0 } as const])),
      }));
      for (const path of fresh) {
        queue.current = queue.current.then(async () => {
          operationCounter += 1;
          const operationId = `read-${Date.now()}-${operationCounter}`;
          operations.current.set(operationId, path);
          // A failed call must not stop the queue: the next files are still read.
          const password = passwordOf(path);
          const result = await api()
            .readDocument({ path, today: todayInLisbon(), operationId, ...(password !== undefined ? { password } : {}) })
            .catch(() => null);
          operations.current.delete(operationId);
          const state: ReadingState = result?.ok
            ? { status: 'read', reading: result.value }
            : { status: 'failed', error: result ? result.error : null };
          setStates((current) => ({ ...current, [path]: state }));
        });
      }
    },
    [passwordOf],
  );

  const seed = useCallback((path: string, reading: DocumentReading) => {
    started.current.add(path);
    setStates((current) => ({ ...current, [path]: { status: 'read', reading } }));
  }, []);

  const refreshPerson = useCallback(async () => {
    const result = await api().caseGet({ caseId });
    if (result.ok) setPerson(result.value.person);
    if (result.ok) setAgencyCase(result.value.source !== undefined);
  }, [caseId]);
  // The whole guide speaks to the same reader as the checks: the agency reads "the client's situation".
  useEffect(() => setReader(agencyCase ? 'agency' : 'applicant'), [agencyCase]);
  // Read again on each page change: the details page (or an import) may have changed the facts.
  const page = guide.lastPath;
  useEffect(() => {
    let live = true;
    void api()
      .caseGet({ caseId })
      .then((result) => {
        if (!live || !result.ok) return;
        setPerson(result.value.person);
        setAgencyCase(result.value.source !== undefined);
      });
    return () => {
      live = false;
    };
  }, [caseId, page]);

  // Every file the consistency check needs is read once this session (dropped files are read by the sorter),
  // after the engine's inspection of it: the person waits for that one, reading must not compete with it.
  // An encrypted PDF is read once the person has typed its password (the inspection then no longer asks for it).
  const casePaths = Object.entries(guide.documents)
    .filter(([categoryId]) => CONSISTENCY_CATEGORIES.includes(categoryId))
    .flatMap(([, files]) => files.map((file) => file.path))
    .filter((path) => inspected[path] !== undefined && !inspected[path].needsPassword);
  const casePathsKey = JSON.stringify(casePaths);
  useEffect(() => {
    read(JSON.parse(casePathsKey) as string[]);
  }, [casePathsKey, read]);

  const submitOn = guide.plannedSubmitOn ?? todayInLisbon();
  const planned = guide.plannedSubmitOn !== undefined;
  const passportExpiry = guide.situation.passportExpiry;
  const { consistency, pending } = useMemo(() => {
    const readings: CaseReading[] = [];
    let waiting = 0;
    for (const [categoryId, files] of Object.entries(guide.documents)) {
      if (!CONSISTENCY_CATEGORIES.includes(categoryId)) continue;
      for (const file of files) {
        // Locked until its password is typed: not read, and not counted as being read.
        if (inspected[file.path]?.needsPassword) continue;
        const state = states[file.path];
        if (state?.status === 'read') readings.push({ categoryId, file: file.name, reading: state.reading });
        else if (!state || state.status === 'reading') waiting += 1;
      }
    }
    const facts = {
      fullName: person?.fullName,
      dateOfBirth: person?.dateOfBirth,
      nif: person?.nif,
      niss: person?.niss,
      passportExpiry,
    };
    // Without a planned day the checks are for today, and their sentences say so (not "the day you plan to submit").
    const judgedOn = planned ? 'planned-submission' : 'today';
    const voice = agencyCase ? ({ reader: 'agency', factsIn: 'case' } as const) : {};
    return {
      consistency: checkConsistency({ ...consistencyInputOf(readings, facts, submitOn, judgedOn), ...voice }),
      pending: waiting,
    };
  }, [guide.documents, states, inspected, person, passportExpiry, submitOn, planned, agencyCase]);

  useReportFollowsReading(consistency, submitOn, planned, pending, agencyCase ? 'agency' : 'applicant');

  const value = useMemo(
    () => ({ states, read, seed, person, refreshPerson, submitOn, planned, agencyCase, consistency, pending }),
    [states, read, seed, person, refreshPerson, submitOn, planned, agencyCase, consistency, pending],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useReadings(): ReadingsValue {
  const value = useContext(Context);
  if (!value) throw new Error('useReadings outside ReadingsSessionProvider');
  return value;
}

/** For code that also runs outside the provider (the assessment in tests of single pages). */
export function useOptionalReadings(): ReadingsValue | null {
  return useContext(Context);
}
