import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { adviceFor, buildSummaryRow, COMMON_RENEWAL_CATEGORIES, type ClientAdvisor } from '../../shared/batch/row';
import {
  batchSettingsSchema,
  outputAffectingSettings,
  type BatchSettings,
  type BatchSettingsInput,
} from '../../shared/batch/settings';
import { totalsOf, type BatchSummary, type ClientProblem, type SummaryRow } from '../../shared/batch/summary';
import { rulesMeta } from '../../shared/rules/meta';
import type { CategoryId } from '../../shared/rules/categories';
import { lisbonWallTime } from '../../shared/rules/dates';
import { megabytesToBytes } from '../../shared/rules/upload-limit';
import {
  commitClientOutput,
  lockOutputFolder,
  createWorkFolder,
  hasPasswordProblem,
  readMarker,
  recoverOutputFolder,
  WORK_DIR,
} from './client-output';
import { clientInputHash, type InputHashes } from './input-hash';
import {
  clientPasswords,
  passwordFor,
  PasswordsFileError,
  readBatchPasswords,
  type BatchPasswords,
  type ClientPasswords,
} from '../clients/passwords';
import { ClientPool, ClientStoppedError, effectiveJobs, WORKER_START_MINUTES, type ClientRunner } from './pool';
import { readControl, type DocumentReader } from './read-in-time';
import { ClientWatchdog, watchdogCapMs } from './watchdog';
import { InProcessRunner } from './in-process';
import type { PrepareProgress, PrepareResult } from './preparer';
import { listClientFolders, readClientFile, scanClientFolder, type ClientScan } from '../clients/scan';
import { closeOcr } from '../reading/ocr';
import { readClientConsistency } from './client-reading';
import { evidenceIssuesText, evidenceLogWarnings, readEvidenceLog } from '../clients/evidence-file';
import { activeEvidence, type EvidenceEntry } from '../../shared/case/evidence';
import { sortUnsortedByContent } from './content-sort';
import { writeSummaryFiles } from './summary-files';
import { addReadingToReport, writeReportWithReading } from '../engine/output/report-reading';
import type { PrepareReport } from '../../shared/engine/report';
import { reportReadingOf } from '../../shared/engine/report-reading';

/** What a batch run tells its caller while it works (CLI progress bar, API progress events). */
export type BatchEvent =
  | { type: 'start'; clients: string[]; jobs: number }
  | { type: 'client-start'; client: string }
  | { type: 'client-progress'; client: string; progress: PrepareProgress }
  | { type: 'client-done'; client: string; row: SummaryRow; done: number; total: number };

export interface BatchRunOptions {
  clientsFolder: string;
  outDir: string;
  settings?: BatchSettingsInput;
  /** A `--passwords` file for the whole batch (see passwords.ts for its shape). */
  passwordsFile?: string;
  appVersion: string;
  onEvent?: (event: BatchEvent) => void;
  /** Tests: a module exporting `prepareClient` to run in the workers instead of the engine. */
  preparerModule?: string;
  /** The rules' view of a client (route, DUC window, expected categories). */
  advisor?: ClientAdvisor;
  /** The day documents are judged on (Lisbon date, YYYY-MM-DD): certificates' freshness, the passport's validity. Default: today. */
  today?: string;
  /**
   * The calling thread has nothing else to do (the command line, not the app's window): a run with a
   * single client prepares it on this thread instead of starting a worker (in-process.ts says why).
   */
  inProcess?: boolean;
  /** Tests: a document reader to use instead of the real one (one that never answers), and its deadline. */
  reader?: DocumentReader;
  readDeadlineMs?: number;
}

/** A batch problem the caller must show as a usage/IO error (exit code 2), not as a client row. */
export class BatchSetupError extends Error {
  constructor(
    readonly code: 'CLIENTS_FOLDER_UNREADABLE' | 'OUTPUT_FOLDER_UNWRITABLE' | 'OUTPUT_FOLDER_BUSY' | 'PASSWORDS_FILE_INVALID',
    message: string,
    /**
     * What the caller words the problem with, in the user's language: the folder or file, and for a
     * passwords file the field that is wrong (never a password), or `notJson`. `cause` is the
     * file-system error behind it, if any, which the command line words itself ("does not exist").
     */
    readonly details: { path: string; field?: string; notJson?: boolean; cause?: unknown },
  ) {
    super(message);
    this.name = 'BatchSetupError';
  }
}

/** The passwords file's problem in the user's language: its name and the wrong field (never a password). */
export function passwordsFileMessage(error: BatchSetupError): { messageKey: string; params: Record<string, string> } {
  const file = basename(error.details.path);
  if (error.details.notJson) return { messageKey: 'batch.errors.passwordsFileNotJson', params: { file } };
  if (error.details.field !== undefined)
    return { messageKey: 'batch.errors.passwordsFileInvalid', params: { file, field: error.details.field || '(file)' } };
  return { messageKey: 'batch.errors.passwordsFileUnreadable', params: { file } };
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A client stopped at its time or memory budget gets a problem of its own (with what to do); anything else its message. */
function failureOf(error: unknown): string | ClientProblem {
  if (!(error instanceof ClientStoppedError)) return errorMessage(error);
  return error.reason === 'time'
    ? {
        code: 'CLIENT_TIME_LIMIT',
        severity: 'error',
        messageKey: 'batch.problems.clientTimeLimit',
        params: { minutes: error.limit },
      }
    : {
        code: 'CLIENT_MEMORY_LIMIT',
        severity: 'error',
        messageKey: 'batch.problems.clientMemoryLimit',
        params: { megabytes: error.limit },
      };
}

/** Run `task` over `items` with at most `limit` running at once, keeping results in order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T);
    }
  });
  await Promise.all(runners);
  return results;
}

/** Each input's password by its relative path; only inputs with a password appear. */
function passwordsByInput(scan: ClientScan, passwords: ClientPasswords): Record<string, string> {
  const result: Record<string, string> = {};
  for (const input of scan.inputs.flatMap((category) => category.files)) {
    const password = passwordFor(passwords, input.relPath);
    if (password !== undefined) result[input.relPath] = password;
  }
  return result;
}

/**
 * The client's evidence log (evidence.json), read on every run like client.json: a payment recorded
 * there since the last run changes the DUC's state even when no document changed.
 */
async function clientEvidence(
  path: string | null,
): Promise<{ evidence: EvidenceEntry[]; problem: ClientProblem | null; receipts: ClientProblem[] }> {
  if (!path) return { evidence: [], problem: null, receipts: [] };
  const log = await readEvidenceLog(path);
  // A receipt at a path outside the folder, or one malformed record, is left out and said; the rest (a payment) still counts.
  if (log.ok) return { evidence: activeEvidence(log.evidence), problem: null, receipts: evidenceLogWarnings(log) };
  return {
    evidence: [],
    receipts: [],
    problem: {
      code: 'EVIDENCE_JSON_INVALID',
      severity: 'error',
      messageKey: 'batch.problems.evidenceJsonInvalid',
      // Both languages: the agency view shows the problem in the app's language, whatever the run's.
      params: {
        issues: { en: evidenceIssuesText(log.issues, 'en').join('; '), pt: evidenceIssuesText(log.issues, 'pt').join('; ') },
      },
      file: 'evidence.json',
    },
  };
}

interface ClientContext {
  outDir: string;
  workRoot: string;
  settings: BatchSettings;
  batchPasswords: BatchPasswords;
  /** The --passwords file's name, when one was given: a password problem says which file to correct. */
  batchPasswordsFile?: string;
  appVersion: string;
  pool: ClientRunner;
  advisor?: ClientAdvisor;
  today?: string;
  onEvent: (event: BatchEvent) => void;
  reader?: DocumentReader;
  readDeadlineMs?: number;
  /** This client's watchdog (see runClientWatched): paused while the client waits for a worker. */
  watchdog?: ClientWatchdog;
  /** Aborted when the watchdog expired: nothing more is committed for this client. */
  signal?: AbortSignal;
}

/**
 * Prepare one client (or reuse its last complete output when nothing changed):
 * scan, hash, run the preparer in a worker, build the row, and swap the new
 * output into place. Never throws: whatever goes wrong becomes the row.
 */
async function runClient(clientDir: string, clientOutDir: string, context: ClientContext): Promise<SummaryRow> {
  const client = basename(clientDir);
  const started = Date.now();
  const outputFolder = basename(clientOutDir);
  const failedRow = (reason: string | ClientProblem): SummaryRow =>
    buildSummaryRow({
      client,
      locale: context.settings.locale,
      defaultExpected: COMMON_RENEWAL_CATEGORIES,
      categoriesWithInputs: [],
      unsorted: [],
      clientFile: null,
      passwordsProblem: null,
      outcome: null,
      failure: reason,
      inputBytes: 0,
      outputFolder,
      millis: Date.now() - started,
      advice: null,
    });

  let scan: ClientScan;
  try {
    scan = await scanClientFolder(clientDir);
  } catch (error) {
    return failedRow(errorMessage(error));
  }
  // The PDF passwords (memory only) open encrypted files for reading as for preparing.
  const { passwords, problem: passwordsProblem } = await clientPasswords(scan.passwordsPath, context.batchPasswords[client]);
  // Loose files whose name decides nothing: their content decides, and the row reports it.
  const today = context.today ?? lisbonWallTime(new Date()).date;
  // Every read of this client's documents within its deadline; the files that missed it are named in the row.
  const reads = readControl(context.reader, context.readDeadlineMs);
  const byContent = await sortUnsortedByContent(scan, today, passwords, reads);
  scan = byContent.scan;
  const clientFile = await readClientFile(scan);
  // Judged on the day of the run (a certificate fresh last week may be stale today), so read on every run. Read while
  // the engine prepares the client (OCR runs on its own worker threads): awaited only when the row is built.
  const reading = readClientConsistency(scan, clientFile, today, byContent.readings, passwords, reads);
  // Awaited in rowOf; a failure before that (hashing) must not also surface as an unhandled rejection.
  reading.catch(() => undefined);
  // Each input is hashed once: the engine reuses these while the file keeps its size and time (read-input.ts).
  const hashes: InputHashes = new Map();
  const inputHash = await clientInputHash(
    scan,
    {
      settings: outputAffectingSettings(context.settings),
      appVersion: context.appVersion,
      rulesVersion: rulesMeta.rulesVersion,
    },
    hashes,
  );

  const { evidence, problem: evidenceProblem, receipts: receiptProblems } = await clientEvidence(scan.evidencePath);
  const advice = adviceFor(clientFile, context.advisor, context.settings.locale, evidence);
  const rowOf = async (outcome: PrepareResult | null, failure: string | ClientProblem | null, millis: number) => {
    // Awaited first: the files whose read missed its deadline are known once every read has ended.
    const consistency = await reading;
    return buildSummaryRow({
      client,
      locale: context.settings.locale,
      defaultExpected: COMMON_RENEWAL_CATEGORIES,
      categoriesWithInputs: scan.inputs.map((input) => input.categoryId),
      inputFiles: scan.inputs.flatMap((input) =>
        input.files.map((file) => ({ relPath: file.relPath, categoryId: input.categoryId })),
      ),
      unsorted: scan.unsorted,
      sortedByContent: byContent.sorted,
      skipped: scan.skipped,
      clientFile,
      passwordsProblem,
      passwordFiles: {
        batch: context.batchPasswordsFile ?? null,
        fromBatch: Object.keys(context.batchPasswords[client] ?? {}),
      },
      evidenceProblem,
      receiptProblems,
      outcome,
      failure,
      inputBytes: scan.inputs.reduce((sum, input) => sum + input.files.reduce((s, file) => s + file.bytes, 0), 0),
      outputFolder,
      millis,
      advice,
      consistency,
    });
  };

  // What reading found goes into the client's report.json and report.html too, with the category each item is about:
  // the report says what the summary's row says (a stale certificate is not "ready" in one and "ready" in the other).
  const readingForReport = async () => {
    const filesOf = new Map<CategoryId, string[]>(
      scan.inputs.map((input) => [input.categoryId, input.files.map((file) => file.relPath)]),
    );
    return reportReadingOf(await reading, filesOf, today, 'run-day', 0, 'agency');
  };
  const addReading = async (folder: string) => {
    await addReadingToReport(folder, await readingForReport(), context.settings.locale);
  };

  const marker = context.settings.force ? null : await readMarker(clientOutDir);
  if (marker && marker.inputHash === inputHash && !marker.passwordProblem) {
    // Same inputs: reuse the documents, but judge them with today's rules (route, DUC window, next step), and the
    // report with today's reading (a certificate fresh at the last run may be stale today).
    const row = { ...(await rowOf(marker.outcome, null, 0)), skipped: true };
    await addReading(clientOutDir).catch(() => undefined);
    return row;
  }
  context.onEvent({ type: 'client-start', client });
  const workDir = await createWorkFolder(context.workRoot, client);
  let outcome: PrepareResult | null = null;
  let report: PrepareReport | undefined;
  let failure: string | ClientProblem | null = null;
  if (scan.inputs.length > 0) {
    // Waiting for a free worker, and the worker loading the engine, are not this client's time.
    context.watchdog?.pause();
    try {
      ({ report, ...outcome } = await context.pool.prepare(
        {
          client,
          inputs: scan.inputs.map(({ categoryId, files }) => ({
            categoryId,
            files: files.map(({ path, relPath }) => {
              const knownHash = hashes.get(path);
              return knownHash ? { path, relPath, knownHash } : { path, relPath };
            }),
          })),
          passwords: passwordsByInput(scan, passwords),
          outDir: workDir,
          limitBytes: megabytesToBytes(context.settings.limitMb),
          expectedCategories: [...(advice?.expectedCategories ?? COMMON_RENEWAL_CATEGORIES)],
          locale: context.settings.locale,
        },
        (progress) => context.onEvent({ type: 'client-progress', client, progress }),
        { ...(context.signal ? { signal: context.signal } : {}), onStarted: () => context.watchdog?.resume() },
      ));
    } catch (error) {
      failure = failureOf(error);
    } finally {
      context.watchdog?.resume();
    }
  } else {
    outcome = { categories: [], problems: [] };
  }

  const row = await rowOf(outcome, failure, Date.now() - started);

  if (failure !== null || outcome === null || context.signal?.aborted) {
    // Nothing trustworthy was written (or the client's watchdog already gave its row): keep the previous complete
    // output (if any) and retry next run.
    await rm(workDir, { recursive: true, force: true });
    return row;
  }
  try {
    if (report) await writeReportWithReading(workDir, report, await readingForReport(), context.settings.locale);
    else await addReading(workDir);
    await commitClientOutput(workDir, clientOutDir, context.workRoot, {
      inputHash,
      passwordProblem: hasPasswordProblem(row),
      outcome,
      row,
    });
  } catch (error) {
    await rm(workDir, { recursive: true, force: true });
    return failedRow(`could not write the output folder: ${errorMessage(error)}`);
  }
  return row;
}

/**
 * runClient under the client's watchdog (watchdog.ts): whatever it awaits, the client ends within its budget.
 * Past it, the client's work is aborted (its worker terminated, nothing committed) and its row says
 * CLIENT_TIME_LIMIT; the batch goes on to the next client and its summary.
 */
async function runClientWatched(
  clientDir: string,
  clientOutDir: string,
  context: ClientContext,
  clientsAhead: number,
): Promise<SummaryRow> {
  const controller = new AbortController();
  const minutes = context.settings.clientMinutes;
  const watchdog = new ClientWatchdog(minutes, watchdogCapMs(minutes, clientsAhead, WORKER_START_MINUTES), () =>
    controller.abort(),
  );
  const work = runClient(clientDir, clientOutDir, { ...context, watchdog, signal: controller.signal });
  try {
    return await Promise.race([work, watchdog.expired]);
  } catch (error) {
    // Still working (never to be committed): its late rejection, if any, is not an unhandled one.
    work.catch(() => undefined);
    return unexpectedFailureRow(basename(clientDir), context.settings, clientOutDir, error);
  } finally {
    watchdog.stop();
  }
}

function unexpectedFailureRow(client: string, settings: BatchSettings, clientOutDir: string, error: unknown): SummaryRow {
  return buildSummaryRow({
    client,
    locale: settings.locale,
    defaultExpected: COMMON_RENEWAL_CATEGORIES,
    categoriesWithInputs: [],
    unsorted: [],
    clientFile: null,
    passwordsProblem: null,
    outcome: null,
    failure: failureOf(error),
    inputBytes: 0,
    outputFolder: basename(clientOutDir),
    millis: 0,
    advice: null,
  });
}

async function folderBytes(dir: string): Promise<number> {
  try {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    let total = 0;
    for (const entry of entries) if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
    return total;
  } catch {
    return 0;
  }
}

/** Client names ordered by the size of their folders, largest first (ties in name order). */
async function largestFirst(clientsFolder: string, clientNames: readonly string[]): Promise<string[]> {
  const sizes = new Map<string, number>();
  for (const client of clientNames) sizes.set(client, await folderBytes(join(clientsFolder, client)));
  return [...clientNames].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
}

/** The document reader and its deadline a test gave (a reader that never answers), as a client's context holds them. */
function readerOf(options: Pick<BatchRunOptions, 'reader' | 'readDeadlineMs'>): Pick<ClientContext, 'reader' | 'readDeadlineMs'> {
  return {
    ...(options.reader ? { reader: options.reader } : {}),
    ...(options.readDeadlineMs !== undefined ? { readDeadlineMs: options.readDeadlineMs } : {}),
  };
}

/** Worker threads, unless the caller allows the one client of its run to be prepared on its own thread. */
function runnerFor(
  options: Pick<BatchRunOptions, 'inProcess' | 'preparerModule'>,
  jobs: number,
  clients: number,
  settings: BatchSettings,
): ClientRunner {
  if (options.inProcess && clients === 1)
    return new InProcessRunner({ preparerModule: options.preparerModule, clientMinutes: settings.clientMinutes });
  return new ClientPool({ jobs, preparerModule: options.preparerModule, clientMinutes: settings.clientMinutes });
}

function resolveSettings(input: BatchSettingsInput | undefined): BatchSettings {
  return batchSettingsSchema.parse(input ?? {});
}

async function ensureWritableFolder(outDir: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
    if (!(await stat(outDir)).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new BatchSetupError('OUTPUT_FOLDER_UNWRITABLE', `${outDir}: ${errorMessage(error)}`, { path: outDir, cause: error });
  }
}

async function loadBatchPasswords(path: string | undefined): Promise<BatchPasswords> {
  if (!path) return {};
  try {
    return await readBatchPasswords(path);
  } catch (error) {
    // The message names the file and the field, never a password.
    const invalid = error instanceof PasswordsFileError ? error : null;
    throw new BatchSetupError('PASSWORDS_FILE_INVALID', errorMessage(error), {
      path,
      field: invalid && !invalid.notJson ? invalid.field : undefined,
      notJson: invalid?.notJson,
      cause: invalid ? undefined : error,
    });
  }
}

/** Prepare every client folder of `clientsFolder` into `outDir/<client>/`, then write summary.csv and summary.html. */
export async function runBatch(options: BatchRunOptions): Promise<BatchSummary> {
  const started = Date.now();
  const settings = resolveSettings(options.settings);
  const outDir = resolve(options.outDir);
  let clientNames: string[];
  try {
    clientNames = await listClientFolders(options.clientsFolder, [outDir]);
  } catch (error) {
    throw new BatchSetupError('CLIENTS_FOLDER_UNREADABLE', `${options.clientsFolder}: ${errorMessage(error)}`, {
      path: options.clientsFolder,
      cause: error,
    });
  }
  const batchPasswords = await loadBatchPasswords(options.passwordsFile);
  await ensureWritableFolder(outDir);
  const release = await lockOutputFolder(outDir);
  if (!release)
    throw new BatchSetupError('OUTPUT_FOLDER_BUSY', `${outDir}: another batch is writing into this folder`, { path: outDir });
  try {
    return await runLocked(options, settings, outDir, clientNames, batchPasswords, started);
  } finally {
    await release();
  }
}

async function runLocked(
  options: BatchRunOptions,
  settings: BatchSettings,
  outDir: string,
  clientNames: string[],
  batchPasswords: BatchPasswords,
  started: number,
): Promise<BatchSummary> {
  await recoverOutputFolder(outDir);

  const jobs = effectiveJobs(settings.jobs, clientNames.length);
  const onEvent = options.onEvent ?? (() => {});
  onEvent({ type: 'start', clients: clientNames, jobs });
  const pool = runnerFor(options, jobs, clientNames.length, settings);
  const context: ClientContext = {
    outDir,
    workRoot: join(outDir, WORK_DIR),
    settings,
    batchPasswords,
    ...(options.passwordsFile ? { batchPasswordsFile: basename(options.passwordsFile) } : {}),
    appVersion: options.appVersion,
    pool,
    advisor: options.advisor,
    ...(options.today ? { today: options.today } : {}),
    onEvent,
    ...readerOf(options),
  };
  let done = 0;
  let rows: SummaryRow[];
  try {
    // Largest clients first, so no big client starts last while the other workers sit idle; a few more
    // clients in flight than workers, so scanning and hashing overlap with preparing.
    const order = await largestFirst(options.clientsFolder, clientNames);
    const byClient = new Map<string, SummaryRow>();
    const inFlight = jobs + 2;
    await mapLimit(order, inFlight, async (client) => {
      // runClient turns every failure into its row and its watchdog ends it within its budget; this guard keeps
      // even a bug in it from losing the summary.
      const row = await runClientWatched(join(options.clientsFolder, client), join(outDir, client), context, inFlight - 1).catch(
        (error: unknown) => unexpectedFailureRow(client, settings, join(outDir, client), error),
      );
      byClient.set(client, row);
      done += 1;
      onEvent({ type: 'client-done', client, row, done, total: clientNames.length });
    });
    rows = clientNames.map((client) => byClient.get(client) as SummaryRow);
  } finally {
    await pool.close();
    // OCR worker threads (content sorting) would keep the process alive.
    await closeOcr();
  }
  await rm(context.workRoot, { recursive: true, force: true });
  const files = await writeSummaryFiles(outDir, rows, settings.locale);
  return { rows, totals: totalsOf(rows), ...files, millis: Date.now() - started };
}

/**
 * Prepare one client folder into `outDir` (which becomes its upload-ready
 * folder), with the same atomic swap and resume as a batch.
 */
export async function runSingleClient(
  options: Omit<BatchRunOptions, 'clientsFolder'> & { clientFolder: string },
): Promise<SummaryRow> {
  const settings = resolveSettings(options.settings);
  const clientOutDir = resolve(options.outDir);
  try {
    if (!(await stat(options.clientFolder)).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new BatchSetupError('CLIENTS_FOLDER_UNREADABLE', `${options.clientFolder}: ${errorMessage(error)}`, {
      path: options.clientFolder,
      cause: error,
    });
  }
  const batchPasswords = await loadBatchPasswords(options.passwordsFile);
  const parent = dirname(clientOutDir);
  await ensureWritableFolder(parent);
  // The work folder sits beside the output folder (same file system); a crashed run's leftovers are removed first.
  const workRoot = join(parent, `.${basename(clientOutDir)}${WORK_DIR}`);
  await rm(workRoot, { recursive: true, force: true });
  const pool = runnerFor(options, 1, 1, settings);
  try {
    const row = await runClientWatched(
      resolve(options.clientFolder),
      clientOutDir,
      {
        outDir: parent,
        workRoot,
        settings,
        batchPasswords: {
          [basename(resolve(options.clientFolder))]: batchPasswords[basename(resolve(options.clientFolder))] ?? {},
        },
        appVersion: options.appVersion,
        pool,
        advisor: options.advisor,
        ...(options.today ? { today: options.today } : {}),
        onEvent: options.onEvent ?? (() => {}),
        ...readerOf(options),
      },
      0,
    );
    return row;
  } finally {
    await pool.close();
    // As after a batch: the OCR worker threads that read the passport and certificates would keep the process
    // alive (walk of session 6: `aima-prep prepare` wrote its folder, printed its summary and never exited).
    await closeOcr();
    await rm(workRoot, { recursive: true, force: true });
  }
}
