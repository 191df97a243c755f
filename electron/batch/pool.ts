import { availableParallelism, totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import { v8HeapCapMb, watchWorkerHeap } from '../common/heap-watch';
import { workerEntry } from '../common/worker-entry';
import { freePageWorkers } from '../engine/compress/page-pool';
import { freeCoreForChecks } from '../engine/validate/check-core';
import type { ClientJob, PrepareProgress, PrepareResult } from './preparer';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * A fixed set of worker threads preparing clients in parallel. Memory stays
 * bounded: at most one client per worker, no more workers than cores or than
 * memory allows, each worker's JavaScript heap capped, every decoder capped
 * (engine/compress/stream-filters.ts), and two budgets per client:
 *  - time: a client still running after its budget is stopped (its worker is
 *    terminated) and fails with CLIENT_TIME_LIMIT;
 *  - memory: the heap cap does not bound native buffers (zlib, sharp, wasm), so the
 *    process's resident size is sampled; above the limit, the worker holding the most
 *    memory is stopped and its client fails with CLIENT_MEMORY_LIMIT.
 * A worker that crashes or is stopped fails only its current client and is
 * replaced; the rest of the batch goes on.
 */
export const WORKER_HEAP_MB = 1024;
/** Rough peak of one worker preparing one client (heap + decoded images + wasm). */
export const MEMORY_PER_WORKER_MB = 1536;
/** The main thread, libraries and wasm runtimes before any client runs (measured ≈ 250 MB; doubled). */
const PROCESS_BASE_MB = 512;
/** Time budget of one client; the largest bench client takes under a minute on a 2-core machine. */
export const DEFAULT_CLIENT_MINUTES = 10;
const MEMORY_SAMPLE_MS = 100;
/** A worker loads the engine before its first job: seconds, more on a loaded machine; never the client's budget. */
export const WORKER_START_MINUTES = 2;
/** After stopping a worker, its memory takes a moment to be returned: do not stop a second one for it. */
const STOP_COOLDOWN_MS = 1500;

/** Resident memory the whole process may use with `jobs` workers before one is stopped. */
export function processMemoryLimitMb(jobs: number): number {
  return PROCESS_BASE_MB + jobs * MEMORY_PER_WORKER_MB;
}

/** A client stopped for exceeding its time or memory budget (the worker was terminated). */
export class ClientStoppedError extends Error {
  constructor(
    readonly reason: 'time' | 'memory',
    /** Minutes for 'time', megabytes for 'memory'. */
    readonly limit: number,
  ) {
    super(reason === 'time' ? `stopped after ${limit} minutes` : `stopped above ${limit} MB of memory`);
    this.name = 'ClientStoppedError';
  }
}

/** What the pool's size depends on; the running machine unless a caller (a test) names another. */
export interface Machine {
  cores: number;
  memoryBytes: number;
}

export function thisMachine(): Machine {
  return { cores: availableParallelism(), memoryBytes: totalmem() };
}

/** Workers for a batch: as requested, but never more than cores, clients, or half the memory allows. */
export function effectiveJobs(requested: number | undefined, clients: number, machine: Machine = thisMachine()): number {
  const { cores } = machine;
  const byMemory = Math.max(1, Math.floor(machine.memoryBytes / (1024 * 1024) / 2 / MEMORY_PER_WORKER_MB));
  return Math.max(1, Math.min(requested ?? cores, cores, byMemory, Math.max(clients, 1)));
}

export class WorkerCrashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrashError';
  }
}

/** The batch worker: see `workerEntry` for sources versus the bundled app. */
export function batchWorkerEntry(): URL {
  return workerEntry(import.meta.url, './worker-bootstrap.mjs', 'batch-worker.js');
}

interface Task {
  job: ClientJob;
  onProgress: (progress: PrepareProgress) => void;
  control: PrepareControl;
  resolve: (result: PrepareResult) => void;
  reject: (error: Error) => void;
}

/** What the batch's per-client watchdog (watchdog.ts) needs from a runner. */
export interface PrepareControl {
  /** Aborted when the client's watchdog expires: the job is dropped from the queue, or its worker terminated. */
  signal?: AbortSignal;
  /** The job has begun on a loaded worker: time from here on is the client's own. */
  onStarted?: () => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  /** Stops the current task when its time is up. */
  timer: NodeJS.Timeout | null;
  /** The worker's last report of its own memory (bytes). */
  memoryBytes: number;
  /** Ends the watch of its heap (common/heap-watch.ts). */
  endHeapWatch: () => void;
}

export interface PoolOptions {
  jobs: number;
  /** A module exporting `prepareClient` to use instead of the engine (tests). */
  preparerModule?: string;
  heapMb?: number;
  /** Time budget per client in minutes (default DEFAULT_CLIENT_MINUTES). */
  clientMinutes?: number;
  /** Resident size of the process above which a worker is stopped (default processMemoryLimitMb(jobs)). */
  memoryLimitMb?: number;
}

/** What prepares clients for a batch: a pool of worker threads, or the calling thread (in-process.ts). */
export interface ClientRunner {
  prepare(job: ClientJob, onProgress?: (progress: PrepareProgress) => void, control?: PrepareControl): Promise<PrepareResult>;
  close(): Promise<void>;
}

export class ClientPool implements ClientRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private closed = false;
  private readonly sampler: NodeJS.Timeout;
  private lastStop = 0;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.jobs; i += 1) this.slots.push(this.spawn());
    this.sampler = setInterval(() => this.checkMemory(), MEMORY_SAMPLE_MS);
    this.sampler.unref();
  }

  prepare(
    job: ClientJob,
    onProgress: (progress: PrepareProgress) => void = () => {},
    control: PrepareControl = {},
  ): Promise<PrepareResult> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    const minutes = this.options.clientMinutes ?? DEFAULT_CLIENT_MINUTES;
    if (control.signal?.aborted) return Promise.reject(new ClientStoppedError('time', minutes));
    return new Promise((resolve, reject) => {
      const task: Task = { job, onProgress, control, resolve, reject };
      const abort = () => this.abort(task, new ClientStoppedError('time', minutes));
      control.signal?.addEventListener('abort', abort, { once: true });
      const detach = () => control.signal?.removeEventListener('abort', abort);
      task.resolve = (result) => {
        detach();
        resolve(result);
      };
      task.reject = (error) => {
        detach();
        reject(error);
      };
      this.queue.push(task);
      this.pump();
    });
  }

  /** The client's watchdog expired: drop its job if still queued, else stop its worker (never reused). */
  private abort(task: Task, error: Error): void {
    const queued = this.queue.indexOf(task);
    if (queued !== -1) {
      this.queue.splice(queued, 1);
      task.reject(error);
      return;
    }
    const slot = this.slots.find((candidate) => candidate.task === task);
    if (slot) this.replace(slot, error);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.sampler);
    for (const slot of this.slots) if (slot.timer) clearTimeout(slot.timer);
    for (const task of this.queue.splice(0)) task.reject(new Error('pool closed'));
    for (const slot of this.slots) slot.endHeapWatch();
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const heapMb = this.options.heapMb ?? WORKER_HEAP_MB;
    const worker = new Worker(batchWorkerEntry(), {
      // The cores the clients leave free, for each client's page workers (engine/compress/page-pool.ts).
      workerData: {
        preparerModule: this.options.preparerModule,
        pageWorkers: freePageWorkers(this.options.jobs),
        // Whether the batch's clients leave a core free; the machine's load is asked per document in the worker.
        earlyChecks: freeCoreForChecks(this.options.jobs, availableParallelism(), 0),
      },
      // V8's own cap can abort the whole batch when one allocation reaches it; where Node can read the heap, the pool
      // stops the worker at the budget instead (common/heap-watch.ts).
      resourceLimits: { maxOldGenerationSizeMb: v8HeapCapMb(heapMb) },
      // Libraries in the worker print diagnostics (pdf-lib on damaged files): they would break the
      // progress bar and never reach stdout, where --json goes. Kept only with AIMA_PREP_VERBOSE=1.
      stdout: true,
      stderr: true,
    });
    for (const stream of [worker.stdout, worker.stderr]) {
      if (process.env.AIMA_PREP_VERBOSE === '1') stream.on('data', (chunk: Buffer) => process.stderr.write(chunk));
      else stream.resume();
    }
    const slot: Slot = { worker, task: null, timer: null, memoryBytes: 0, endHeapWatch: () => undefined };
    // A client whose heap outgrows the budget fails with CLIENT_MEMORY_LIMIT; the batch goes on.
    slot.endHeapWatch = watchWorkerHeap(worker, heapMb, () => this.replace(slot, new ClientStoppedError('memory', heapMb)));
    worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
    worker.on('error', (error) => this.onCrash(slot, error.message));
    worker.on('exit', (code) => {
      if (!this.closed) this.onCrash(slot, `worker exited with code ${code}`);
    });
    return slot;
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    const task = slot.task;
    if (reply.type === 'memory') {
      slot.memoryBytes = reply.bytes;
      return;
    }
    if (!task) return;
    if (reply.type === 'started') {
      // A fresh worker spends a moment loading the engine (seconds on a loaded machine): not the client's time.
      this.startTimer(slot);
      task.control.onStarted?.();
      return;
    }
    if (reply.type === 'progress') {
      task.onProgress(reply.progress);
      return;
    }
    this.release(slot);
    if (reply.type === 'done') task.resolve(reply.result);
    else task.reject(new Error(reply.message));
    this.pump();
  }

  private onCrash(slot: Slot, message: string): void {
    this.replace(slot, new WorkerCrashError(message));
  }

  /** Terminate a slot's worker, fail its client with `error`, and start a fresh worker in its place. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return; // already replaced ('error' is followed by 'exit')
    const task = slot.task;
    this.release(slot);
    slot.endHeapWatch();
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[index] = this.spawn();
    task?.reject(error);
    this.pump();
  }

  /** The client's time budget from now; before the job has started, at least the time a worker may take to load. */
  private startTimer(slot: Slot, beforeStart = false): void {
    if (slot.timer) clearTimeout(slot.timer);
    const minutes = this.options.clientMinutes ?? DEFAULT_CLIENT_MINUTES;
    const waitMinutes = beforeStart ? Math.max(minutes, WORKER_START_MINUTES) : minutes;
    slot.timer = setTimeout(() => this.replace(slot, new ClientStoppedError('time', minutes)), waitMinutes * 60_000);
  }

  private release(slot: Slot): void {
    slot.task = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  private checkMemory(): void {
    const limitMb = this.options.memoryLimitMb ?? processMemoryLimitMb(this.options.jobs);
    if (process.memoryUsage.rss() <= limitMb * 1024 * 1024) return;
    if (Date.now() - this.lastStop < STOP_COOLDOWN_MS) return;
    // The busy worker holding the most memory by its own last report is the one that made the process grow.
    const busy = this.slots.filter((slot) => slot.task !== null);
    const largest = busy.sort((a, b) => b.memoryBytes - a.memoryBytes)[0];
    if (!largest) return;
    // No second stop until this worker's memory is given back (terminated) and a moment has passed.
    this.lastStop = Number.POSITIVE_INFINITY;
    const stopped = largest.worker;
    this.replace(largest, new ClientStoppedError('memory', limitMb));
    void stopped.terminate().finally(() => {
      this.lastStop = Date.now();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.task = task;
      this.startTimer(slot, true); // bounds a worker that never gets to start the job, too
      slot.worker.postMessage({ type: 'job', job: task.job } satisfies WorkerRequest);
    }
  }
}
