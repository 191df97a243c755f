import { availableParallelism, totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../common/worker-entry';
import type { ClientJob, PrepareProgress, PrepareResult } from './preparer';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * A fixed set of worker threads preparing clients in parallel. Memory stays
 * bounded: at most one client per worker, no more workers than cores or than
 * memory allows, and each worker's JavaScript heap capped. A worker that
 * crashes (out of memory, a native fault) fails only its current client and is
 * replaced; the rest of the batch goes on.
 */
export const WORKER_HEAP_MB = 1024;
/** Rough peak of one worker preparing one client (heap + decoded images + wasm). */
const MEMORY_PER_WORKER_MB = 1536;

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
  resolve: (result: PrepareResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

export interface PoolOptions {
  jobs: number;
  /** A module exporting `prepareClient` to use instead of the engine (tests). */
  preparerModule?: string;
  heapMb?: number;
}

export class ClientPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.jobs; i += 1) this.slots.push(this.spawn());
  }

  prepare(job: ClientJob, onProgress: (progress: PrepareProgress) => void = () => {}): Promise<PrepareResult> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, onProgress, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('pool closed'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(batchWorkerEntry(), {
      workerData: { preparerModule: this.options.preparerModule },
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb ?? WORKER_HEAP_MB },
      // Libraries in the worker print diagnostics (pdf-lib on damaged files): they would break the
      // progress bar and never reach stdout, where --json goes. Kept only with AIMA_PREP_VERBOSE=1.
      stdout: true,
      stderr: true,
    });
    for (const stream of [worker.stdout, worker.stderr]) {
      if (process.env.AIMA_PREP_VERBOSE === '1') stream.on('data', (chunk: Buffer) => process.stderr.write(chunk));
      else stream.resume();
    }
    const slot: Slot = { worker, task: null };
    worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
    worker.on('error', (error) => this.onCrash(slot, error.message));
    worker.on('exit', (code) => {
      if (!this.closed) this.onCrash(slot, `worker exited with code ${code}`);
    });
    return slot;
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    const task = slot.task;
    if (!task) return;
    if (reply.type === 'progress') {
      task.onProgress(reply.progress);
      return;
    }
    slot.task = null;
    if (reply.type === 'done') task.resolve(reply.result);
    else task.reject(new Error(reply.message));
    this.pump();
  }

  private onCrash(slot: Slot, message: string): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return; // already replaced ('error' is followed by 'exit')
    const task = slot.task;
    slot.task = null;
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[index] = this.spawn();
    task?.reject(new WorkerCrashError(message));
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.task = task;
      slot.worker.postMessage({ type: 'job', job: task.job } satisfies WorkerRequest);
    }
  }
}
