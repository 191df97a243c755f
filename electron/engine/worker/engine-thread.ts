import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors';
import { workerEntry } from '../../common/worker-entry';
import { v8HeapCapMb, watchWorkerHeap } from '../../common/heap-watch';
import { engineError } from '../errors';
import type { InspectedInput } from '../inspect';
import type { PrepareResult } from '../pipeline';
import type { InputRequest } from '../stages/prepare-input';
// Also loads sharp on the main thread, as sharp requires before any worker uses it
// (https://sharp.pixelplumbing.com/install#worker-threads): its libvips then outlives a worker that exits.
import { inProcessEngine } from './in-process';
import {
  filesOfCall,
  runEngineCall,
  type DocumentEngine,
  type EngineCall,
  type EngineProgress,
  type EngineReply,
  type EngineRequest,
  type EngineValue,
  type FlattenPreviewRequest,
  type PrepareRequest,
  type QualityPreviewRequest,
} from './protocol';
import type { PagePreview, QualityPreview } from '../../../shared/api/calls/documents';
import type { FlattenPreview } from '../../../shared/engine/flatten-preview';

/** Heap of the engine thread; decoded images live outside it (sharp, wasm), the largest bench input peaks near 650 MB in all. */
export const ENGINE_WORKER_HEAP_MB = 2048;

/**
 * Budgets of a call in the app (issue 18): a document that never finishes or swells past memory must not
 * hang or take down the app. Time: minutes per input file of the call (the largest bench file takes
 * seconds). Memory: the process's resident size, sampled; the worker's heap cap does not bound native
 * buffers (zlib, sharp, wasm). Either way the worker is terminated, the call fails with its own error
 * (ENGINE_TIME_LIMIT / ENGINE_MEMORY_LIMIT) and the next call gets a fresh worker.
 */
export interface EngineBudget {
  minutesPerFile: number;
  memoryLimitMb: number;
}
export const DEFAULT_ENGINE_BUDGET: EngineBudget = { minutesPerFile: 5, memoryLimitMb: ENGINE_WORKER_HEAP_MB + 1536 };
const MEMORY_SAMPLE_MS = 200;

type CallBody = EngineCall;

interface PendingCall {
  body: CallBody;
  timer: NodeJS.Timeout;
  onProgress: (event: EngineProgress) => void;
  resolve: (value: EngineValue) => void;
  reject: (error: Error) => void;
}

export function engineWorkerEntry(): URL {
  return workerEntry(import.meta.url, './engine-worker-bootstrap.mjs', 'engine-worker.js');
}

function runInProcess(body: CallBody, onProgress: (event: EngineProgress) => void): Promise<EngineValue> {
  return runEngineCall(inProcessEngine, body, onProgress);
}

/**
 * The document engine on its own thread, so the window stays responsive while
 * a large scan is decrypted, decoded and compressed (on the calling thread the
 * largest bench input blocked it for 0.5 s at a time on a quiet machine, 2.3 s
 * on a loaded one: `npm run bench:responsiveness`). The worker starts on the first
 * call and is replaced after a crash, which fails only the calls it was running.
 * If it cannot start at all (its file missing from a damaged install), the
 * calls run on this thread: slower to respond, but the documents still get done.
 */
export class EngineThread implements DocumentEngine {
  private worker: Worker | null = null;
  private started = false;
  private unavailable = false;
  private readonly pending = new Map<number, PendingCall>();
  private nextId = 1;
  private sampler: NodeJS.Timeout | null = null;
  /** Ends the watch of the worker's heap while calls run (common/heap-watch.ts). */
  private endHeapWatch: () => void = () => undefined;
  /** A worker stopped for its budget, until it has released its memory: new calls wait for it. */
  private stopping: Promise<unknown> | null = null;

  constructor(
    private readonly entry: URL = engineWorkerEntry(),
    private readonly heapMb = ENGINE_WORKER_HEAP_MB,
    private readonly budget: EngineBudget = DEFAULT_ENGINE_BUDGET,
  ) {}

  inspect(items: InputRequest[]): Promise<InspectedInput[]> {
    return this.call({ call: 'inspect', items }, () => undefined) as Promise<InspectedInput[]>;
  }

  prepare(request: PrepareRequest, onProgress: (event: EngineProgress) => void): Promise<PrepareResult> {
    return this.call({ call: 'prepare', request }, onProgress) as Promise<PrepareResult>;
  }

  flattenPreview(request: FlattenPreviewRequest): Promise<FlattenPreview> {
    return this.call({ call: 'flattenPreview', request }, () => undefined) as Promise<FlattenPreview>;
  }

  pagePreviews(items: InputRequest[]): Promise<PagePreview[]> {
    return this.call({ call: 'pagePreviews', items }, () => undefined) as Promise<PagePreview[]>;
  }

  previewQuality(request: QualityPreviewRequest): Promise<QualityPreview> {
    return this.call({ call: 'previewQuality', request }, () => undefined) as Promise<QualityPreview>;
  }

  /** Whether calls currently run on the worker thread (false after it failed to start). */
  get onWorkerThread(): boolean {
    return !this.unavailable;
  }

  /** Stop the thread; calls still running fail with ENGINE_STOPPED rather than waiting forever. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    for (const call of this.takeAll()) call.reject(engineError('ENGINE_STOPPED', undefined));
    await worker?.terminate();
  }

  /** Every pending call, removed from the table with its timer cleared. */
  private takeAll(): PendingCall[] {
    const calls = [...this.pending.values()];
    for (const call of calls) clearTimeout(call.timer);
    this.pending.clear();
    this.stopSampling();
    return calls;
  }

  /** A budget was exceeded: terminate the worker and fail every call it was running with that error. */
  private stopOver(error: Error): void {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null; // its 'exit' is then ignored (onStopped checks)
    for (const call of this.takeAll()) call.reject(error);
    // The next call starts once this thread's memory is given back, or it would be judged by it.
    this.stopping = worker.terminate().finally(() => {
      this.stopping = null;
    });
  }

  private startSampling(): void {
    if (this.sampler) return;
    if (this.worker) {
      const megabytes = this.heapMb;
      this.endHeapWatch = watchWorkerHeap(this.worker, megabytes, () =>
        this.stopOver(engineError('ENGINE_MEMORY_LIMIT', undefined, { megabytes })),
      );
    }
    this.sampler = setInterval(() => {
      if (process.memoryUsage.rss() > this.budget.memoryLimitMb * 1024 * 1024) {
        this.stopOver(engineError('ENGINE_MEMORY_LIMIT', undefined, { megabytes: this.budget.memoryLimitMb }));
      }
    }, MEMORY_SAMPLE_MS);
    this.sampler.unref();
  }

  private stopSampling(): void {
    if (this.sampler) clearInterval(this.sampler);
    this.sampler = null;
    this.endHeapWatch();
    this.endHeapWatch = () => undefined;
  }

  private call(body: CallBody, onProgress: (event: EngineProgress) => void): Promise<EngineValue> {
    if (this.unavailable) return runInProcess(body, onProgress);
    if (this.stopping) return this.stopping.then(() => this.call(body, onProgress));
    const worker = this.worker ?? this.spawn();
    const id = this.nextId++;
    const files = filesOfCall(body);
    const minutes = this.budget.minutesPerFile * Math.max(1, files);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.stopOver(engineError('ENGINE_TIME_LIMIT', undefined, { minutes })), minutes * 60_000);
      this.pending.set(id, { body, timer, onProgress, resolve, reject });
      this.startSampling();
      worker.ref(); // a call in flight keeps the process alive; an idle worker does not
      try {
        worker.postMessage({ id, ...body } satisfies EngineRequest);
      } catch (error) {
        this.settle(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  private spawn(): Worker {
    // V8's own cap can abort the whole app when one allocation reaches it; where Node can read the heap, the thread
    // is stopped at the budget instead while it works (startSampling, common/heap-watch.ts).
    const worker = new Worker(this.entry, { resourceLimits: { maxOldGenerationSizeMb: v8HeapCapMb(this.heapMb) } });
    this.worker = worker;
    this.started = false;
    worker.on('message', (reply: EngineReply) => this.onReply(reply));
    worker.on('error', (error) => this.onStopped(worker, error));
    worker.on('exit', () => this.onStopped(worker, null));
    return worker;
  }

  private onReply(reply: EngineReply): void {
    if (reply.type === 'ready') {
      this.started = true;
      return;
    }
    const call = this.pending.get(reply.id);
    if (!call) return;
    if (reply.type === 'progress') {
      call.onProgress(reply.event);
      return;
    }
    this.settle(reply.id);
    if (reply.type === 'done') call.resolve(reply.value);
    // A bug in the worker (not the file's fault): the same generic error the dispatcher gives any other call.
    else
      call.reject(
        reply.error
          ? new AppError(reply.error)
          : new AppError({ code: 'INTERNAL', messageKey: 'errors.internal', params: { call: reply.id } }),
      );
  }

  private onStopped(worker: Worker, error: Error | null): void {
    if (this.worker !== worker) return; // already replaced ('error' is followed by 'exit')
    this.worker = null;
    const calls = this.takeAll();
    if (!this.started) {
      // It never ran: run the calls here, and every later one.
      console.error('[aima-prep] the engine worker could not start; preparing documents on the main thread', error);
      this.unavailable = true;
      for (const call of calls) runInProcess(call.body, call.onProgress).then(call.resolve, call.reject);
      return;
    }
    if (error) console.error('[aima-prep] the engine worker stopped', error);
    for (const call of calls) call.reject(engineError('ENGINE_STOPPED', undefined, {}, error ?? undefined));
  }

  private settle(id: number): void {
    const call = this.pending.get(id);
    if (call) clearTimeout(call.timer);
    this.pending.delete(id);
    if (this.pending.size === 0) {
      this.worker?.unref();
      this.stopSampling();
    }
  }
}
