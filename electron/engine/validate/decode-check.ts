import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { v8HeapCapMb, watchWorkerHeap } from '../../common/heap-watch';
import { ownBytes } from '../../common/worker-bytes';
import { pdfjsWasmFolder } from '../../common/resources';
import { DOM_MATRIX_2D_SOURCE } from './dom-matrix-2d';
import type { ParserOutcome } from './parsers';

/**
 * "Ready" means every image of the output can be decoded. The images are decoded once
 * more by pdf.js's own decoders (JPEG, CCITT, JBIG2, JPX, Flate with predictors), which
 * share no code with the libvips/sharp path the compressor used: damaged image data
 * that was passed through (a fuzzed JBIG2 or CCITT stream, a JPEG cut short) is found here
 * instead of in the viewer at AIMA.
 *
 * The same pdf.js parse is validation's second parser (can pdf.js open the file, how many
 * pages): one parse instead of two, and off the calling thread, so it runs beside pdf-lib's.
 *
 * In a worker thread with a deadline and a heap cap: a fuzzed JBIG2 stream kept pdf.js's decoder
 * busy for minutes (and growing past 6 GB) on one page. A page whose images are not decoded in
 * time or within the memory allowed is a failure, never a hang. The worker is plain JavaScript
 * given as source (no extra bundle entry), like image/heic-worker.ts, and loads pdf.js from the
 * path resolved here.
 */
export interface DecodeFailure {
  page: number;
  detail: string;
  /** Set when the check was stopped by its budget rather than by a decoder error. */
  budget?: { kind: 'memory'; limitMb: number } | { kind: 'time'; seconds: number };
}

/** pdf.js's verdict on the whole file (the second, independent parser) and on every image of the pages asked for. */
export interface PdfjsCheck {
  parser: ParserOutcome;
  failures: DecodeFailure[];
  /** Per page decoded, SHA-256 of each 1-bit image's and stencil mask's decoded samples (jbig2-check.ts compares ours). */
  bilevelDigests: Record<number, string[]>;
  /** The same for the images decoded on their own (AloneImages), by their page n in that file; failures likewise. */
  aloneDigests: Record<number, string[]>;
  aloneFailures: DecodeFailure[];
  /** True when pdf.js finished (the images decoded on their own were all decoded, or failed with a reason). */
  finished: boolean;
}

/**
 * Images to decode on their own rather than on their pages (validate/jbig2-check.ts): `bytes` is a PDF
 * whose page n draws only the n-th of them, and `pages[n − 1]` the output page it is drawn on (named
 * when its check runs out of time or memory).
 */
export interface AloneImages {
  bytes: Uint8Array;
  pages: readonly number[];
}

export interface PdfjsCheckOptions {
  /** The worker's JavaScript heap cap (tests lower it). */
  heapMb?: number;
  /** Replaces the deadline computed from the page count (tests of the heap cap raise it, so only memory can stop them). */
  deadlineMs?: number;
  /** Replaces the deadline of the open phase, before the pages are named (tests). */
  openDeadlineMs?: number;
  /** Tests: a module standing in for pdf.js (one that never answers); its worker is never reused. */
  pdfjsModule?: string;
}

/** Largest image pdf.js is asked to decode (pixels): far above a 600-dpi A4 page (35 MP), far below a bomb. */
export const DECODE_MAX_PIXELS = 100_000_000;
/**
 * The worker's JavaScript heap: pdf.js's parser and JS decoders keep their data there (image pixels
 * live in typed arrays and wasm memory, bounded by DECODE_MAX_PIXELS). Opening a 5,000-page file and
 * decoding a 600-dpi page stay far below it; a fuzzed JBIG2 stream once grew past 6 GB.
 */
export const DECODE_HEAP_MB = 512;
/** Time for the whole file: a base plus a share per page with images (a 600-dpi page decodes in well under a second). */
const BASE_MS = 15_000;
const PER_PAGE_MS = 3_000;
const MAX_MS = 120_000;
/**
 * Until the caller names the pages (it parses the file with pdf-lib meanwhile), the open phase has a deadline of
 * its own: a pdf.js that never opens the file, with a caller that never gets to `decode` or `cancel`, would
 * otherwise keep the worker referenced, and its check unsettled, forever. As long as the longest decode deadline,
 * so a large file that opens slowly on a loaded machine is never failed by it; `decode` replaces it.
 */
const OPEN_MS = MAX_MS;

/**
 * pdf.js's decoders carry on past damaged data (a CCITT row of the wrong length, a JPEG scan cut
 * short) and only say so in their log: these messages, captured in the worker (its console is
 * its own), count as decoding errors of the page being decoded.
 */
const DECODER_COMPLAINTS = [
  // Not "bad 2d code"/"Bad two dim code": pdf.js says it at the end of valid G4 data that has no
  // EOFB while EndOfBlock is left at its default (real scanners' files, e.g. the corpus's ccitt.pdf),
  // so it would fail good files. The compressor's own G4 states EndOfBlock false.
  'bad black code',
  'bad white code',
  'invalid code',
  'row is wrong length',
  're-parse the JPEG image',
  'ignoring the rest of the image data',
  'decodeScan',
  'Unable to decode',
  'Invalid stream',
  'JBIG2 error',
  'JPX error',
];

/**
 * The worker opens each file it is sent (in parallel with pdf-lib's parse on the calling thread),
 * says whether pdf.js could open it, then waits for the pages to decode. It serves one check at a
 * time and stays for the next one (see `PdfjsThread`): starting a thread and loading pdf.js cost
 * ≈ 0.3 s of CPU, more than checking a one-page scan, and a batch of 300 documents paid it 300 times.
 * Every message carries the check's id, so nothing of one check can be taken for another's.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const { createHash } = require('node:crypto');
const complaints = workerData.complaints.map((text) => text.toLowerCase());
let heard = [];
const listen = (...args) => {
  const text = args.map(String).join(' ');
  if (complaints.some((c) => text.toLowerCase().includes(c))) heard.push(text.slice(0, 200));
};
console.log = console.info = console.warn = console.error = listen;
// pdf.js drops its JBIG2 and JPEG 2000 WebAssembly modules whenever a document is destroyed and instantiates
// them again from the same bytes for the next one: each check then compiled the decoder afresh and ran it in
// V8's baseline tier until it warmed up again (issue 15: ten one-layer checks of the typed scan cost ≈ 1 s of
// CPU more than one ten-layer check). The compiled module is kept per source here; every instance is still new
// (its own memory), so no state passes from one document to the next.
const compiledWasm = new WeakMap();
const instantiateWasm = WebAssembly.instantiate.bind(WebAssembly);
WebAssembly.instantiate = async (source, imports) => {
  if (source instanceof WebAssembly.Module || source === null || typeof source !== 'object') return instantiateWasm(source, imports);
  let module = compiledWasm.get(source);
  if (!module) {
    module = await WebAssembly.compile(source);
    compiledWasm.set(source, module);
  }
  return { module, instance: await instantiateWasm(module, imports) };
};
const describe = (error) => (error instanceof Error ? error.name + ': ' + error.message : String(error)).slice(0, 300);
// pdf.js's display layer loads @napi-rs/canvas as it is imported, for DOMMatrix, ImageData and Path2D; this thread never
// renders, and Skia's native library cost ≈ 29 MB of memory and 0.14–0.24 s of CPU at each start of it (issue 15). An
// empty module stands in for it, and a 2-D DOMMatrix for the uses on the check's path (dom-matrix-2d.ts). pdf.js's
// warnings that it cannot polyfill ImageData and Path2D go to the console set above: no check hears them (heard is
// emptied at every check's start).
${DOM_MATRIX_2D_SOURCE}
globalThis.DOMMatrix ??= DOMMatrix2D;
try {
  const canvasPath = require('node:module').createRequire(workerData.pdfjsPath).resolve('@napi-rs/canvas');
  require.cache[canvasPath] = { id: canvasPath, filename: canvasPath, loaded: true, exports: {} };
} catch {
  // Not installed: pdf.js warns and goes on, as it does without it.
}
// pdf.js's worker side too (pdf.worker.mjs), which it would otherwise import at the first getDocument: a thread started
// ahead of its first check (warmPdfjsThread) then has all of pdf.js loaded, not half of it. pdf.js uses a worker
// module it finds on globalThis.pdfjsWorker instead of importing its own; if this import fails it imports as before.
const workerModule = workerData.pdfjsPath.replace(/pdf\\.mjs$/, 'pdf.worker.mjs');
const loading = Promise.all([
  import(pathToFileURL(workerData.pdfjsPath).href),
  workerModule === workerData.pdfjsPath
    ? null
    : import(pathToFileURL(workerModule).href).then((worker) => { globalThis.pdfjsWorker = worker; }, () => undefined),
]).then(([pdfjs]) => pdfjs);
const pagesFor = new Map();
parentPort.on('message', (message) => {
  if (message.open) {
    const id = message.id;
    const wanted = new Promise((resolve) => pagesFor.set(id, resolve));
    check(id, message.open, wanted)
      .catch((error) => parentPort.postMessage({ id, error: String((error && error.message) || error).slice(0, 200) }))
      .finally(() => pagesFor.delete(id));
  } else if (message.pages) {
    const resolve = pagesFor.get(message.id);
    if (resolve) resolve(message);
  }
});
const open = (pdfjs, data) => pdfjs.getDocument({
  data, isEvalSupported: false, useSystemFonts: false,
  verbosity: pdfjs.VerbosityLevel.INFOS, stopAtErrors: true, maxImageSize: workerData.maxPixels,
  wasmUrl: workerData.wasmUrl,
});
// Every image that page pageNumber of doc draws is decoded; 1-bit samples (pdf.js's GRAYSCALE_1BPP images
// and stencil masks: small, and what our JBIG2 text layers decode to) are digested into digests[pageNumber].
async function decodePage(pdfjs, doc, pageNumber, failures, digests) {
  const digest = (data) => (digests[pageNumber] ||= []).push(createHash('sha256').update(data).digest('hex'));
  heard = [];
  let page = null;
  try {
    page = await doc.getPage(pageNumber);
    const list = await page.getOperatorList();
    for (let i = 0; i < list.fnArray.length; i++) {
      if (list.fnArray[i] === pdfjs.OPS.paintImageMaskXObject) {
        const maskId = list.argsArray[i][0] && list.argsArray[i][0].data;
        if (typeof maskId !== 'string') continue;
        const mask = await new Promise((resolve) => page.objs.get(maskId, resolve));
        if (mask && mask.data) digest(mask.data);
        continue;
      }
      if (list.fnArray[i] !== pdfjs.OPS.paintImageXObject) continue;
      const objId = list.argsArray[i][0];
      const objs = objId.startsWith('g_') ? page.commonObjs : page.objs;
      // Decoding failed when pdf.js resolves the image with no data.
      const data = await new Promise((resolve) => objs.get(objId, resolve));
      if (!data) { failures.push({ page: pageNumber, detail: 'image data could not be decoded' }); break; }
      if (data.kind === pdfjs.ImageKind.GRAYSCALE_1BPP && data.data) digest(data.data);
    }
    if (heard.length > 0 && !failures.some((f) => f.page === pageNumber)) {
      failures.push({ page: pageNumber, detail: heard.slice(0, 2).join('; ') });
    }
  } catch (error) {
    failures.push({ page: pageNumber, detail: String((error && error.message) || error).slice(0, 200) });
  } finally {
    if (page) page.cleanup();
  }
}
async function check(id, bytes, wanted) {
  const pdfjs = await loading;
  heard = [];
  const task = open(pdfjs, bytes);
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    parentPort.postMessage({ id, openFailed: { error: describe(error), encrypted: !!error && error.name === 'PasswordException' } });
    return;
  }
  parentPort.postMessage({ id, opened: doc.numPages });
  const { pages, alone, alonePages } = await wanted;
  const failures = [];
  const bilevelDigests = {};
  for (const pageNumber of pages) {
    if (pageNumber > doc.numPages) continue;
    parentPort.postMessage({ id, started: pageNumber });
    await decodePage(pdfjs, doc, pageNumber, failures, bilevelDigests);
  }
  await doc.destroy();
  // Images checked on their own: a small file whose page n draws only image n.
  const aloneFailures = [];
  const aloneDigests = {};
  if (alone) {
    const aloneDoc = await open(pdfjs, alone).promise;
    for (let n = 1; n <= aloneDoc.numPages; n++) {
      parentPort.postMessage({ id, started: alonePages[n - 1] });
      await decodePage(pdfjs, aloneDoc, n, aloneFailures, aloneDigests);
    }
    await aloneDoc.destroy();
  }
  parentPort.postMessage({ id, failures, bilevelDigests, aloneFailures, aloneDigests, heapUsed: process.memoryUsage().heapUsed });
}
`;

type WorkerMessage = { id: number } & (
  | { opened: number }
  | { openFailed: { error: string; encrypted: boolean } }
  | { started: number }
  | {
      failures: DecodeFailure[];
      bilevelDigests: Record<number, string[]>;
      aloneFailures: DecodeFailure[];
      aloneDigests: Record<number, string[]>;
      heapUsed: number;
    }
  | { error: string }
);

/** A pdf.js check under way: the file is being opened; `decode` names the pages whose images to decode and gives the verdict. */
export interface PdfjsCheckRun {
  decode(pages: readonly number[], alone?: AloneImages): Promise<PdfjsCheck>;
  /** Stop the worker when the check is abandoned (the caller failed before asking for `decode`). */
  cancel(): void;
}

/**
 * A worker is reused only while it is known healthy: it finished its last check by itself (not
 * stopped by a budget, not crashed), its heap after that check was well under its cap (what pdf.js
 * left behind can never make the next file look too large to check), and it has served fewer than
 * MAX_USES checks. An idle worker does not keep the process alive and ends after IDLE_MS.
 *
 * MAX_USES was 64: a 50-client batch (≈ 150 checks per client worker) then started 6 workers, each loading pdf.js,
 * its canvas and its decoders again (≈ 0.5 s of CPU a start, measured on 48 outputs with 6 starts against 1).
 * After 64 checks the worker's heap was 18–25 MB (against the 128 MB share below), so the heap test, not the
 * count, is what bounds its growth; 256 serves a client worker's whole 50-client batch with one start.
 */
const MAX_USES = 256;
const REUSE_HEAP_SHARE = 0.25;
const IDLE_MS = 60_000;

/** One pdf.js worker thread and the check it serves (at most one at a time). */
class PdfjsThread {
  readonly worker: Worker;
  uses = 0;
  dead = false;
  /** The running check's handlers; null while idle. */
  private current: {
    id: number;
    onMessage: (m: WorkerMessage) => void;
    onStop: (error: (Error & { code?: string }) | number) => void;
  } | null = null;
  private idleTimer: NodeJS.Timeout | undefined;
  /** Ends the watch of the worker's heap while a check runs (common/heap-watch.ts: Node's own cap can abort the process). */
  private endHeapWatch: () => void = () => undefined;

  constructor(
    readonly heapMb: number,
    readonly pdfjsModule?: string,
  ) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      resourceLimits: {
        maxOldGenerationSizeMb: v8HeapCapMb(heapMb),
        maxYoungGenerationSizeMb: Math.min(32, Math.max(1, heapMb / 8)),
      },
      workerData: {
        pdfjsPath: pdfjsModule ?? createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'),
        // JPEG 2000 (JPX) and JBIG2 are decoded by pdf.js's WebAssembly modules, found through wasmUrl:
        // without them every JPX image (common in scanned certificates) would read as damaged. In Node,
        // pdf.js reads `${wasmUrl}openjpeg.wasm` with fs.readFile, which takes a path, not a file:// string:
        // given a URL the .wasm read failed silently and pdf.js fell back to importing
        // openjpeg_nowasm_fallback.js (JPX only, no JBIG2 fallback) — which worked from a checkout but not in
        // the packaged app, where that .js stayed inside app.asar while wasmUrl pointed at app.asar.unpacked.
        wasmUrl: `${pdfjsWasmFolder()}${sep}`,
        maxPixels: DECODE_MAX_PIXELS,
        complaints: DECODER_COMPLAINTS,
      },
    });
    this.worker.on('message', (message: WorkerMessage) => {
      if (this.current && message.id === this.current.id) this.current.onMessage(message);
    });
    this.worker.on('error', (error: Error & { code?: string }) => {
      this.dead = true;
      this.current?.onStop(error);
    });
    this.worker.on('exit', (code) => {
      this.dead = true;
      this.endHeapWatch();
      this.current?.onStop(code);
      dropIdle(this);
    });
  }

  begin(id: number, bytes: Uint8Array, handlers: NonNullable<PdfjsThread['current']>): void {
    clearTimeout(this.idleTimer);
    this.uses += 1;
    this.current = handlers;
    this.worker.ref();
    // Above its budget the worker is stopped with the memory failure Node's own cap gives.
    this.endHeapWatch = watchWorkerHeap(this.worker, this.heapMb, () => {
      this.dead = true;
      this.current?.onStop(Object.assign(new Error('heap above its budget'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }));
      void this.worker.terminate();
    });
    // pdf.js transfers (detaches) what it is given: the worker gets its own copy, a clone.
    this.worker.postMessage({ id, open: ownBytes(bytes) });
  }

  send(message: { id: number; pages: number[]; alonePages: number[] }, alone?: Uint8Array): void {
    if (!alone) {
      this.worker.postMessage(message);
      return;
    }
    // The worker's own copy (see begin()).
    this.worker.postMessage({ ...message, alone: ownBytes(alone) });
  }

  /** The check is over: keep the worker for the next one, or end it. */
  finish(reusable: boolean): void {
    this.current = null;
    this.endHeapWatch();
    if (!reusable || this.dead || this.pdfjsModule !== undefined || this.uses >= MAX_USES || !parkIdle(this)) {
      this.dead = true;
      void this.worker.terminate();
      return;
    }
    this.waitIdle();
  }

  /** Idle: it does not keep the process alive, and ends after IDLE_MS unless a check takes it. */
  waitIdle(): void {
    this.worker.unref();
    this.idleTimer = setTimeout(() => {
      dropIdle(this);
      this.dead = true;
      void this.worker.terminate();
    }, IDLE_MS);
    this.idleTimer.unref();
  }
}

/** At most one idle worker per thread (validation runs one file at a time per engine thread). */
let idle: PdfjsThread | null = null;
let nextCheckId = 1;
function parkIdle(thread: PdfjsThread): boolean {
  if (idle && idle !== thread) return false;
  idle = thread;
  return true;
}
function dropIdle(thread: PdfjsThread): void {
  if (idle === thread) idle = null;
}
/** The idle worker's thread id, if one waits for the next check (tests of the reuse). */
export function idlePdfjsWorker(): number | null {
  return idle && !idle.dead ? idle.worker.threadId : null;
}
/**
 * Starts an idle worker (it loads pdf.js at once) when none waits, so that the next check finds pdf.js
 * loaded: the pipeline calls it before the pages are coded (validate/early-check.ts), on a core that is free.
 */
export function warmPdfjsThread(heapMb: number = DECODE_HEAP_MB): void {
  if (idle && !idle.dead) return;
  try {
    const thread = new PdfjsThread(heapMb);
    if (!parkIdle(thread)) {
      void thread.worker.terminate();
      return;
    }
    thread.waitIdle();
  } catch {
    // No worker could start: the check starts its own (or says it could not) when it runs.
  }
}

function takeThread(heapMb: number, pdfjsModule: string | undefined): PdfjsThread {
  const reuse = idle;
  if (reuse?.dead) idle = null;
  else if (reuse && reuse.heapMb === heapMb && pdfjsModule === undefined) {
    idle = null;
    return reuse;
  }
  return new PdfjsThread(heapMb, pdfjsModule);
}

/**
 * Start pdf.js on the file in a worker thread with a heap cap, a deadline for opening it and, once the
 * pages are named, a deadline for decoding them. A worker stopped by either gives a failure that says which budget it hit (validation
 * reports it as IMAGE_CHECK_LIMIT, not as damage), and is never reused. If no worker can start,
 * pdf.js opens the file on this thread and the images are reported as not checked.
 */
export function startPdfjsCheck(bytes: Uint8Array, options: PdfjsCheckOptions = {}): PdfjsCheckRun {
  const heapMb = options.heapMb ?? DECODE_HEAP_MB;
  const id = nextCheckId++;
  let thread: PdfjsThread;
  try {
    thread = takeThread(heapMb, options.pdfjsModule);
  } catch (error) {
    const detail = `the image check could not start (${String(error).slice(0, 100)})`;
    return {
      decode: async (pages, alone) => {
        const first = pages[0] ?? alone?.pages[0];
        return {
          // pdf.js on this thread (parsers.ts loads pdf-lib too: not loaded with this module, see check-core.ts).
          parser: await (await import('./parsers')).openWithPdfjs(bytes),
          failures: first === undefined ? [] : [{ page: first, detail }],
          bilevelDigests: {},
          aloneDigests: {},
          aloneFailures: [],
          finished: false,
        };
      },
      cancel: () => undefined,
    };
  }

  let parser: ParserOutcome | null = null;
  let current = 1;
  let outcome: ((result: PdfjsCheck) => void) | null = null;
  let result: PdfjsCheck | null = null;
  let timer: NodeJS.Timeout | undefined;
  /** `reusable`: the worker ended the check by itself, and its heap is well under the cap. */
  const settle = (
    failures: DecodeFailure[],
    stoppedBy?: DecodeFailure,
    decoded: Pick<PdfjsCheck, 'bilevelDigests' | 'aloneDigests' | 'aloneFailures' | 'finished'> = {
      bilevelDigests: {},
      aloneDigests: {},
      aloneFailures: [],
      finished: false,
    },
    reusable = false,
  ) => {
    if (result) return;
    clearTimeout(timer);
    thread.finish(reusable);
    result = {
      // Stopped before pdf.js had opened the file: it did not open it, for the reason given.
      parser: parser ?? { ok: false, error: `pdf.js: ${stoppedBy?.detail ?? 'stopped'}`, encrypted: false, pageCount: 0 },
      failures: stoppedBy ? [...failures, stoppedBy] : failures,
      ...decoded,
    };
    outcome?.(result);
  };
  const stopped = (detail: string, budget?: DecodeFailure['budget']): DecodeFailure => ({
    page: current,
    detail,
    ...(budget ? { budget } : {}),
  });
  const openMs = options.openDeadlineMs ?? OPEN_MS;
  timer = setTimeout(() => {
    const seconds = Math.round(openMs / 1000);
    settle([], stopped(`the file was not opened within ${seconds} s`, { kind: 'time', seconds }));
  }, openMs);
  thread.begin(id, bytes, {
    id,
    onMessage: (message) => {
      if ('opened' in message)
        parser = {
          ok: message.opened > 0,
          ...(message.opened > 0 ? {} : { error: 'no pages' }),
          encrypted: false,
          pageCount: message.opened,
        };
      else if ('openFailed' in message) {
        parser = { ok: false, error: message.openFailed.error, encrypted: message.openFailed.encrypted, pageCount: 0 };
        settle([], undefined, undefined, true);
      } else if ('started' in message) current = message.started;
      else if ('failures' in message) {
        const { bilevelDigests, aloneDigests, aloneFailures } = message;
        const decoded = { bilevelDigests, aloneDigests, aloneFailures, finished: true };
        settle(message.failures, undefined, decoded, message.heapUsed < heapMb * 1024 * 1024 * REUSE_HEAP_SHARE);
      } else settle([], stopped(message.error));
    },
    onStop: (error) => {
      // Node stops a worker that reaches its heap cap with ERR_WORKER_OUT_OF_MEMORY.
      if (typeof error === 'number') settle([], stopped(`the image check stopped (${error})`));
      else if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        settle([], stopped(`needed more than ${heapMb} MB of memory`, { kind: 'memory', limitMb: heapMb }));
      else settle([], stopped(String(error).slice(0, 200)));
    },
  });

  return {
    decode(pages, alone) {
      if (result) return Promise.resolve(result);
      return new Promise((resolve) => {
        outcome = resolve;
        // The open phase's deadline gives way to the decode's, counted from now.
        clearTimeout(timer);
        current = pages[0] ?? alone?.pages[0] ?? 1;
        const count = pages.length + (alone?.pages.length ?? 0);
        const deadline = options.deadlineMs ?? Math.min(MAX_MS, BASE_MS + PER_PAGE_MS * count);
        timer = setTimeout(() => {
          const seconds = Math.round(deadline / 1000);
          settle([], stopped(`images not decoded within ${seconds} s`, { kind: 'time', seconds }));
        }, deadline);
        thread.send({ id, pages: [...pages], alonePages: alone ? [...alone.pages] : [] }, alone?.bytes);
      });
    },
    cancel: () => settle([], stopped('cancelled')),
  };
}
