import type { Worker } from 'tesseract.js';
import type { Worker as Thread } from 'node:worker_threads';
import { withDeadline } from '../common/deadline';
import type { OcrSymbol } from '../../shared/reading/mrz-cells';
import { ocrLanguagePath, ocrWorkerPath } from '../common/resources';

/**
 * Offline OCR with tesseract.js. Each language gets one worker thread (tesseract.js runs
 * every recognition in its own worker_threads Worker, so the caller's thread never blocks),
 * loaded from the traineddata shipped with the app: `langPath` is a folder on disk and
 * `cacheMethod: 'none'` keeps tesseract.js from writing a cache into the working folder.
 * Only regions are recognised (the MRZ band, a certificate's header), never whole photos.
 */
export type OcrLanguage = 'eng' | 'por';
export type OcrProgress = (fraction: number) => void;

/** The MRZ alphabet: anything else OCR returns in the band is noise. */
export const MRZ_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';

/**
 * Every recognition (the model's start included) ends within OCR_DEADLINE_MS. tesseract.js waits for its worker
 * thread's answer with no deadline and listens to neither the thread's `error` nor its `exit` (its Node worker is
 * given an `onerror` property, which a Node Worker never calls): a thread that died or stopped answering left the
 * job, and every job queued behind it on that language, waiting forever, and with it the batch's client. The
 * thread is kept apart (`process`'s `worker` event, emitted on the tick after tesseract.js creates it) so a job
 * can end the moment it dies, and a thread that misses a deadline is terminated and never used again.
 */
const OCR_DEADLINE_MS = 120_000;

/**
 * tesseract.js (20 CommonJS files) is loaded when the first region is read, not at every start of the command
 * line, of a batch worker or of the engine thread, most of which read nothing by OCR (issue 15's start-up).
 */
let tesseract: ReturnType<typeof loadTesseract> | null = null;
function loadTesseract() {
  return import('tesseract.js');
}
function tesseractJs(): ReturnType<typeof loadTesseract> {
  if (!tesseract) {
    tesseract = loadTesseract();
    // A load that failed is not kept: the next call tries again (as a worker that failed to start, below).
    tesseract.catch(() => (tesseract = null));
  }
  return tesseract;
}

interface OcrWorker {
  worker: Promise<Worker>;
  /** The thread tesseract.js started (known one tick after it is created). */
  readonly thread: Thread | null;
  /** Rejects when the thread dies; a job races it. */
  died: Promise<never>;
}

const workers = new Map<OcrLanguage, OcrWorker>();
const listeners = new Map<OcrLanguage, OcrProgress | null>();

/** Tests: a tesseract worker script that never answers, and a shorter deadline. */
const overrides: { workerPath?: string; deadlineMs?: number } = {};
export function setOcrTestOverrides(next: { workerPath?: string; deadlineMs?: number } | null): void {
  delete overrides.workerPath;
  delete overrides.deadlineMs;
  Object.assign(overrides, next ?? {});
}

function workerFor(language: OcrLanguage): OcrWorker {
  const existing = workers.get(language);
  if (existing) return existing;
  let markDead: (error: Error) => void = () => undefined;
  const died = new Promise<never>((_resolve, reject) => (markDead = reject));
  died.catch(() => undefined);
  let thread: Thread | null = null;
  const start = (createWorker: Awaited<ReturnType<typeof loadTesseract>>['createWorker']): Promise<Worker> => {
    // The thread tesseract.js constructs below is announced by `process`'s `worker` event on the next tick, and is
    // the first announced after this point: this runs in its own setImmediate callback, so every thread made
    // before it was announced already (Node drains the tick queue between callbacks), and the listener takes
    // one thread and leaves.
    const capture = (started: Thread) => {
      process.off('worker', capture);
      thread = started;
      started.once('error', (error) => markDead(new Error(`OCR worker failed: ${error.message}`)));
      started.once('exit', (code) => markDead(new Error(`OCR worker stopped (${code})`)));
    };
    process.on('worker', capture);
    try {
      return createWorker(language, 1, {
        langPath: ocrLanguagePath(language),
        workerPath: overrides.workerPath ?? ocrWorkerPath(),
        cacheMethod: 'none',
        gzip: true,
        logger: (m: { status: string; progress: number }) => {
          if (m.status === 'recognizing text') listeners.get(language)?.(m.progress);
        },
        // Without an error handler tesseract.js rethrows a failed job ("Error attempting to read image." for an
        // image it cannot decode) from its worker's message handler, outside any caller: an uncaught exception that
        // took down the process serving the app (walk of session 6, a truncated JPEG added as a passport). The
        // job's own promise is rejected as well, so the caller still gets the error and says the file was not read.
        errorHandler: () => undefined,
      });
    } catch (error) {
      process.off('worker', capture);
      throw error;
    }
  };
  const worker = tesseractJs().then(
    ({ createWorker }) =>
      new Promise<Worker>((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(start(createWorker));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }),
      ),
  );
  const entry: OcrWorker = {
    worker,
    died,
    get thread() {
      return thread;
    },
  };
  // A worker that failed to start, or whose thread died, is not kept: the next call starts a fresh one.
  worker.catch(() => dropWorker(language, entry));
  died.catch(() => {
    if (workers.get(language) === entry) workers.delete(language);
  });
  workers.set(language, entry);
  return entry;
}

/** Forget a worker and end its thread (it missed a deadline, or failed to start). */
function dropWorker(language: OcrLanguage, entry: OcrWorker): void {
  if (workers.get(language) === entry) workers.delete(language);
  void entry.thread?.terminate();
}

/** Calls on one worker run one after another (tesseract.js queues them; parameters are per worker). */
const queues = new Map<OcrLanguage, Promise<unknown>>();
function serial<T>(language: OcrLanguage, job: () => Promise<T>): Promise<T> {
  const previous = queues.get(language) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(job);
  queues.set(language, next);
  return next;
}

export interface OcrOptions {
  language: OcrLanguage;
  /** Restrict the characters (the MRZ alphabet); empty = the language's own. */
  characters?: string;
  /** One line of text (an MRZ line), one block, or let tesseract find the layout (a header). */
  layout: 'line' | 'block' | 'auto';
  onProgress?: OcrProgress;
}

/** Recognise the text of one image region (PNG/JPEG bytes). */
export async function recognize(image: Buffer, options: OcrOptions): Promise<string> {
  return (await recognizeWithSymbols(image, options, false)).text;
}

export interface OcrResult {
  text: string;
  /** Each recognised character with its place on the image (only when asked for). */
  symbols: OcrSymbol[];
}

/** Recognise one region and, when `symbols`, where each character sits (the MRZ's fixed pitch uses it). */
export function recognizeWithSymbols(image: Buffer, options: OcrOptions, symbols = true): Promise<OcrResult> {
  return serial(options.language, () => {
    const entry = workerFor(options.language);
    const deadlineMs = overrides.deadlineMs ?? OCR_DEADLINE_MS;
    return withDeadline(Promise.race([recognizeOn(entry, image, options, symbols), entry.died]), deadlineMs, 'OCR', () =>
      dropWorker(options.language, entry),
    );
  });
}

async function recognizeOn(entry: OcrWorker, image: Buffer, options: OcrOptions, symbols: boolean): Promise<OcrResult> {
  const worker = await entry.worker;
  const { PSM } = await tesseractJs();
  await worker.setParameters({
    tessedit_char_whitelist: options.characters ?? '',
    tessedit_pageseg_mode: options.layout === 'line' ? PSM.SINGLE_LINE : options.layout === 'block' ? PSM.SINGLE_BLOCK : PSM.AUTO,
  });
  listeners.set(options.language, options.onProgress ?? null);
  try {
    const result = await worker.recognize(image, {}, { text: true, blocks: symbols });
    options.onProgress?.(1);
    const found: OcrSymbol[] = (result.data.blocks ?? []).flatMap((block) =>
      block.paragraphs.flatMap((paragraph) =>
        paragraph.lines.flatMap((line) =>
          line.words.flatMap((word) =>
            word.symbols.map((s) => ({ text: s.text, confidence: s.confidence, x0: s.bbox.x0, x1: s.bbox.x1 })),
          ),
        ),
      ),
    );
    return { text: result.data.text, symbols: found };
  } finally {
    listeners.set(options.language, null);
  }
}

/** Stop every OCR worker (end of a batch, app quit, tests). */
export async function closeOcr(): Promise<void> {
  const all = [...workers.values()];
  workers.clear();
  queues.clear();
  // The threads are ended directly: a worker that never finished starting has no tesseract.js handle to end it
  // with, and a job still waiting on a thread ends with it (its `died`), not at its deadline.
  await Promise.all(all.map((entry) => entry.thread?.terminate()));
}
