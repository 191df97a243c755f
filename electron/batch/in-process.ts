import { pathToFileURL } from 'node:url';
import { ClientStoppedError, DEFAULT_CLIENT_MINUTES, processMemoryLimitMb, type ClientRunner, type PrepareControl } from './pool';
import type { ClientJob, PrepareClient, PrepareProgress, PrepareResult } from './preparer';
import { quietConsole } from '../common/quiet-console';

/**
 * One client prepared on the calling thread: the command line with a single client to prepare
 * (`aima-prep prepare`, or `batch` on a folder holding one client). A worker thread would cost that
 * run a second load of every module (≈ 0.8 s of CPU on the 10-page scan, load 8), a second V8 heap
 * and its start-up, and protects nothing there: there is no other client to keep going, and the
 * calling thread has nothing else to do (no window to keep responsive; the app keeps its pool).
 *
 * The budgets stay:
 *  - every decoder's cap (engine/compress/stream-filters.ts, decode-budget.ts) is the engine's own and
 *    holds on any thread: a bomb input fails as PDF_STREAM_TOO_LARGE / IMAGE_TOO_LARGE, as in a worker;
 *  - time and memory: the client's time budget and the process's resident-size limit are checked as
 *    the pool checks them; past either, the client fails with CLIENT_TIME_LIMIT / CLIENT_MEMORY_LIMIT
 *    at once, and the engine is stopped at its next progress report (every image, every stage) by
 *    a throw from its progress callback. A thread cannot be terminated from itself, so a single
 *    synchronous step (one qpdf run, one decode) finishes first; each of those is bounded by its cap.
 */

/** How often the process's resident size is read (as the pool does). */
const MEMORY_SAMPLE_MS = 100;
/** How long close() waits for a stopped client's work to unwind (so nothing writes into a removed folder). */
const UNWIND_GRACE_MS = 30_000;
const MB = 1024 * 1024;

export interface InProcessOptions {
  /** A module exporting `prepareClient` to use instead of the engine (tests). */
  preparerModule?: string;
  /** Time budget of the client in minutes (default DEFAULT_CLIENT_MINUTES). */
  clientMinutes?: number;
  /** Resident size of the process above which the client is stopped (default: the pool's limit for one worker). */
  memoryLimitMb?: number;
}

async function loadPreparer(override: string | undefined): Promise<PrepareClient> {
  if (override) return ((await import(pathToFileURL(override).href)) as { prepareClient: PrepareClient }).prepareClient;
  // pdf.js's check thread (validation opens every prepared file with it) starts loading now, on the free core,
  // while this thread loads the engine and reads the client's folder: the engine's own start (stages/finish.ts)
  // came 0.2–0.5 s later, and a small client's validation then waited for pdf.js to load.
  void import('../engine/validate/check-core').then(
    (checks) => checks.warmChecks(),
    () => undefined,
  );
  return (await import('./engine-preparer')).prepareClient;
}

export class InProcessRunner implements ClientRunner {
  private readonly preparer: Promise<PrepareClient>;
  /** Work of clients stopped by a budget, still unwinding. */
  private readonly unwinding = new Set<Promise<void>>();
  private readonly restoreConsole: () => void;
  private closed = false;

  constructor(private readonly options: InProcessOptions = {}) {
    // Loaded while the batch scans and hashes the client folder.
    this.preparer = loadPreparer(options.preparerModule);
    this.preparer.catch(() => undefined);
    this.restoreConsole = quietConsole();
  }

  async prepare(
    job: ClientJob,
    onProgress: (progress: PrepareProgress) => void = () => {},
    control: PrepareControl = {},
  ): Promise<PrepareResult> {
    if (this.closed) throw new Error('runner closed');
    const prepare = await this.preparer;
    const minutes = this.options.clientMinutes ?? DEFAULT_CLIENT_MINUTES;
    const limitMb = this.options.memoryLimitMb ?? processMemoryLimitMb(1);
    let stop: ClientStoppedError | null = null;
    let reject: (error: ClientStoppedError) => void = () => undefined;
    const stopped = new Promise<never>((_resolve, fail) => (reject = fail));
    const halt = (error: ClientStoppedError) => {
      if (stop) return;
      stop = error;
      reject(error);
    };
    const timer = setTimeout(() => halt(new ClientStoppedError('time', minutes)), minutes * 60_000);
    // The batch's watchdog for this client expired (run-batch.ts): stopped as by the time budget.
    const onAbort = () => halt(new ClientStoppedError('time', minutes));
    if (control.signal?.aborted) onAbort();
    control.signal?.addEventListener('abort', onAbort, { once: true });
    control.onStarted?.();
    const sampler = setInterval(() => {
      if (process.memoryUsage.rss() > limitMb * MB) halt(new ClientStoppedError('memory', limitMb));
    }, MEMORY_SAMPLE_MS);
    const work = prepare(job, (progress) => {
      // The engine's next progress report after a budget is hit unwinds it (the error is never reported).
      if (stop) throw stop;
      onProgress(progress);
    });
    try {
      return await Promise.race([work, stopped]);
    } finally {
      clearTimeout(timer);
      clearInterval(sampler);
      control.signal?.removeEventListener('abort', onAbort);
      if (stop) {
        const settled = work.then(
          () => undefined,
          () => undefined,
        );
        this.unwinding.add(settled);
        void settled.then(() => this.unwinding.delete(settled));
      }
    }
  }

  /** Waits (at most UNWIND_GRACE_MS) for stopped work to unwind, then gives the console back. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.unwinding.size > 0) {
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(this.unwinding),
        new Promise((resolve) => {
          grace = setTimeout(resolve, UNWIND_GRACE_MS);
          grace.unref();
        }),
      ]);
      clearTimeout(grace);
    }
    this.restoreConsole();
  }
}
