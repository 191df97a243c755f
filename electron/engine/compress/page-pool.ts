import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../../common/worker-entry';
import { engineError } from '../errors';
import { UnsupportedImageError } from './image-pixels';
import type { PageTaskReply, PageTaskRequest } from './page-protocol';
import { makeTextLayer, recordTextLayer, type TextLayerInput, type TextLayerOutput } from './text-layer-work';

/**
 * The second core for one document (issue 15's wall time). A text or mixed page's layer (thresholding,
 * JBIG2 and G4 coding, the MRC colour layer) is plain JavaScript on typed arrays: on the thread that
 * prepares the document it kept one core busy while the other waited. Here those layers are coded on a
 * small pool of worker threads, one per free core, while the calling thread decodes and classifies the
 * next page; when every worker is busy the calling thread codes the page itself (textLayerFor), so no
 * page waits for a worker and a pool of size 0 is simply today's single-thread path.
 *
 * Budgets: each worker's JavaScript heap is capped (resourceLimits); its decoders are the engine's own
 * (capped by geometry, as on any thread); pages in flight are bounded by the page loop (compress/index.ts).
 * A worker that dies (out of memory, a fault in native code) fails the document whose page it held, with
 * ENGINE_STOPPED ("the part of the app that prepares documents stopped"), and is replaced for the next
 * page; the process and the other documents go on.
 */

/** Heap of a page worker: its pixels live outside the heap (Buffers); a page's JavaScript needs a few MB. */
export const PAGE_WORKER_HEAP_MB = 256;
/** Never more page workers than this per preparing thread: each holds a page or two (~40 MB) in flight. */
export const MAX_PAGE_WORKERS = 3;

/**
 * One core is left to libvips (sharp's own thread pool decodes, resizes and encodes every page) and to
 * qpdf/pdf.js's threads. Measured on the 2-core machine at load 3 (bench/results.md, "session 7, the
 * lead's paired runs"): one page worker beside a preparing thread that already shares its second core with
 * libvips made the typed scan 6.2 → 7.5 s wall, 8.1 → 11.0 s CPU and 330 → 420 MB, the 30-page grey scan
 * 10.8 → 12.8 s wall and 410 → 444 MB: the worker only competed for the core libvips was using.
 * Re-measured in session 10 with pages sent through shared memory: still
 * +1.5–2.5 s of CPU on the typed scan (the worker's own start-up and cold JIT made its pages slower than the
 * calling thread's, which then waited for them in page order), and the whole command already needs about
 * as much CPU over 2 cores as its preparing thread alone: a second thread cannot shorten it there.
 */
const CORES_KEPT_FOR_LIBVIPS = 1;

/**
 * Page workers for one preparing thread when `clients` documents are prepared at once on `cores` cores:
 * the cores nobody else uses (the clients' threads and libvips's), shared between those clients. On 2
 * cores none; one client on 4 cores gets two; a `--jobs 2` batch on 8 cores gets two each.
 */
export function freePageWorkers(clients: number, cores: number = availableParallelism()): number {
  const free = Math.max(0, cores - Math.max(1, clients) - CORES_KEPT_FOR_LIBVIPS);
  return Math.min(MAX_PAGE_WORKERS, Math.floor(free / Math.max(1, clients)));
}

/** Set by whoever knows how many clients this process prepares at once (batch, engine thread); tests too. */
let configured: number | null = null;
/** Tests give another worker module (one that crashes); the app and the command line never do. */
let entryOverride: URL | null = null;
let shared: PagePool | null = null;

/**
 * `AIMA_PAGE_WORKERS` (a number) overrides the machine's count: for measuring the same build with and
 * without the pool (bench/results.md), never needed by a person.
 */
function fromEnvironment(): number | null {
  const value = process.env.AIMA_PAGE_WORKERS;
  if (value === undefined || !/^\d+$/.test(value)) return null;
  return Math.min(MAX_PAGE_WORKERS, Number(value));
}

export function setPageWorkers(count: number, entry?: URL): void {
  configured = Math.max(0, Math.min(MAX_PAGE_WORKERS, Math.floor(count)));
  entryOverride = entry ?? null;
  if (shared) {
    void shared.close();
    shared = null;
  }
}

export function pageWorkerCount(): number {
  return fromEnvironment() ?? configured ?? freePageWorkers(1);
}

/** This thread's pool (null when no core is free). Started lazily: a document with no text page starts no worker. */
export function pagePool(): PagePool | null {
  const size = pageWorkerCount();
  if (size === 0) return null;
  if (!shared || shared.size !== size) {
    void shared?.close();
    shared = new PagePool(size, entryOverride ?? pageWorkerEntry());
  }
  return shared;
}

/** Ends this thread's idle page workers (PagePool.retireIdle). */
export function retireIdlePageWorkers(): void {
  shared?.retireIdle();
}

/** Stops this thread's page workers (tests; a thread that ends takes its workers with it anyway). */
export async function closePagePool(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.close();
}

/**
 * A page's text layer, coded on a free page worker or, when none is free (or there is no pool), here.
 * The layer is recorded as our own on this thread either way (validation reads those records).
 */
export async function textLayerFor(input: TextLayerInput, pool: PagePool | null = pagePool()): Promise<TextLayerOutput> {
  const remote = pool?.tryRun(input);
  const output = remote ? await remote : await makeTextLayer(input);
  recordTextLayer(output.encoded);
  return output;
}

export function pageWorkerEntry(): URL {
  return workerEntry(import.meta.url, './page-worker-bootstrap.mjs', 'page-worker.js');
}

interface Slot {
  worker: Worker;
  pending: { resolve: (output: TextLayerOutput) => void; reject: (error: Error) => void } | null;
}

export class PagePool {
  private readonly slots: Slot[] = [];
  private closed = false;

  constructor(
    readonly size: number,
    private readonly entry: URL = pageWorkerEntry(),
  ) {}

  /** Codes the page on a free worker; undefined when all are busy (the caller codes it itself). */
  tryRun(input: TextLayerInput): Promise<TextLayerOutput> | undefined {
    if (this.closed) return undefined;
    const slot = this.slots.find((s) => s.pending === null) ?? (this.slots.length < this.size ? this.spawn() : undefined);
    if (!slot) return undefined;
    return new Promise<TextLayerOutput>((resolve, reject) => {
      const { data } = input.pixels;
      // Copied once into shared memory, which the worker reads in place and hands back when the page is coded.
      // sharp's output buffers are external memory: posted (even in the transfer list) they were serialised and
      // deserialised, 26 MB twice into freshly mapped memory, 50–270 ms of CPU a 300-dpi A4 page against 10–16 ms
      // for this copy (measured alone, load 5; bench/results.md session 10).
      const shared = this.sharedCopy(data);
      const sent: TextLayerInput = { ...input, pixels: { ...input.pixels, data: shared } };
      const release = () => this.giveBack(shared.buffer as SharedArrayBuffer);
      slot.pending = {
        resolve: (output) => {
          release();
          resolve(output);
        },
        reject: (error) => {
          release();
          reject(error);
        },
      };
      slot.worker.ref();
      const request: PageTaskRequest = { input: sent };
      slot.worker.postMessage(request);
    });
  }

  /** Shared buffers of pages coded, kept for the next pages of the same size (a page's 26 MB mapped once). */
  private readonly spare: SharedArrayBuffer[] = [];

  private sharedCopy(data: Uint8Array): Buffer {
    const index = this.spare.findIndex((buffer) => buffer.byteLength === data.byteLength);
    const buffer = index >= 0 ? this.spare.splice(index, 1)[0]! : new SharedArrayBuffer(data.byteLength);
    const copy = Buffer.from(buffer);
    copy.set(data);
    return copy;
  }

  private giveBack(buffer: SharedArrayBuffer): void {
    // One per worker is all the page loop can have in flight (pagesInFlight): more would only hold memory.
    if (!this.closed && this.spare.length < this.size) this.spare.push(buffer);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.spare.length = 0;
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.pending?.reject(engineError('ENGINE_STOPPED', undefined));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /**
   * Ends the workers that have nothing to do, once a document's pages are coded (compress/index.ts): what a
   * worker holds (its heap, its last page's buffers, ~50 MB) would otherwise stay resident through the
   * validation of the file, the process's memory peak. The next document starts a worker again (~0.1 s of CPU).
   */
  retireIdle(): void {
    this.spare.length = 0;
    for (const slot of this.slots.filter((s) => s.pending === null)) {
      this.slots.splice(this.slots.indexOf(slot), 1);
      void slot.worker.terminate();
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry, {
      resourceLimits: { maxOldGenerationSizeMb: PAGE_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
      // No piped stdout/stderr: a piped stream keeps the process alive after the work is done. The worker
      // silences its own console instead (page-worker.ts): --json writes to stdout.
    });
    const slot: Slot = { worker, pending: null };
    this.slots.push(slot);
    worker.unref();
    worker.on('message', (reply: PageTaskReply) => {
      const pending = slot.pending;
      slot.pending = null;
      worker.unref();
      if (!pending) return;
      if (reply.ok) pending.resolve(fromWire(reply.output));
      else pending.reject(reply.unsupported ? new UnsupportedImageError(reply.message) : new Error(reply.message));
    });
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      const pending = slot.pending;
      slot.pending = null;
      pending?.reject(engineError('ENGINE_STOPPED', undefined, {}, error));
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`page worker exited with code ${code}`)));
    return slot;
  }
}

/** A page worker's death: fails the document (compress/index.ts lets it through; other page errors do not). */
export function isPageWorkerLoss(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error as { code?: unknown }).code === 'ENGINE_STOPPED';
}

/** Typed arrays cross threads as plain Uint8Arrays: the engine's code expects Buffers. */
function fromWire(output: TextLayerOutput): TextLayerOutput {
  const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    ...output,
    encoded: { ...output.encoded, bytes: buffer(output.encoded.bytes) },
    ...(output.background ? { background: { ...output.background, data: buffer(output.background.data) } } : {}),
  };
}
