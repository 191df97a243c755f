import type { Worker } from 'tesseract.js';
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

const workers = new Map<OcrLanguage, Promise<Worker>>();
const listeners = new Map<OcrLanguage, OcrProgress | null>();

function workerFor(language: OcrLanguage): Promise<Worker> {
  let worker = workers.get(language);
  if (!worker) {
    worker = tesseractJs().then(({ createWorker }) =>
      createWorker(language, 1, {
        langPath: ocrLanguagePath(language),
        workerPath: ocrWorkerPath(),
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
      }),
    );
    // A worker that failed to start is not kept: the next call tries again.
    worker.catch(() => workers.delete(language));
    workers.set(language, worker);
  }
  return worker;
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
  return serial(options.language, async () => {
    const worker = await workerFor(options.language);
    const { PSM } = await tesseractJs();
    await worker.setParameters({
      tessedit_char_whitelist: options.characters ?? '',
      tessedit_pageseg_mode:
        options.layout === 'line' ? PSM.SINGLE_LINE : options.layout === 'block' ? PSM.SINGLE_BLOCK : PSM.AUTO,
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
  });
}

/** Stop every OCR worker (end of a batch, app quit, tests). */
export async function closeOcr(): Promise<void> {
  const all = [...workers.values()];
  workers.clear();
  queues.clear();
  await Promise.all(all.map(async (w) => (await w.catch(() => null))?.terminate()));
}
