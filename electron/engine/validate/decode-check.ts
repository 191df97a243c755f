import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { pdfjsWasmFolder } from '../../common/resources';

/**
 * "Ready" means every image of the output can be decoded. The images are decoded once
 * more by pdf.js's own decoders (JPEG, CCITT, JBIG2, JPX, Flate with predictors), which
 * share no code with the libvips/sharp path the compressor used: damaged image data
 * that was passed through (a fuzzed JBIG2 or CCITT stream, a JPEG cut short) is found here
 * instead of in the viewer at AIMA.
 *
 * In a worker thread with a deadline: a fuzzed JBIG2 stream kept pdf.js's decoder busy for
 * minutes (and growing past 6 GB) on one page. A page whose images are not decoded in time
 * is a failure, never a hang. The worker is plain JavaScript given as source (no extra
 * bundle entry), like image/heic-worker.ts, and loads pdf.js from the path resolved here.
 */
export interface DecodeFailure {
  page: number;
  detail: string;
}

/** Largest image pdf.js is asked to decode (pixels): far above a 600-dpi A4 page (35 MP), far below a bomb. */
export const DECODE_MAX_PIXELS = 100_000_000;
/** Time for the whole file: a base plus a share per page with images (a 600-dpi page decodes in well under a second). */
const BASE_MS = 15_000;
const PER_PAGE_MS = 3_000;
const MAX_MS = 120_000;

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

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const complaints = workerData.complaints.map((text) => text.toLowerCase());
let heard = [];
const listen = (...args) => {
  const text = args.map(String).join(' ');
  if (complaints.some((c) => text.toLowerCase().includes(c))) heard.push(text.slice(0, 200));
};
console.log = console.info = console.warn = console.error = listen;
(async () => {
  const pdfjs = await import(pathToFileURL(workerData.pdfjsPath).href);
  const doc = await pdfjs.getDocument({
    data: workerData.bytes, isEvalSupported: false, useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.INFOS, stopAtErrors: true, maxImageSize: workerData.maxPixels,
    wasmUrl: workerData.wasmUrl,
  }).promise;
  const failures = [];
  for (const pageNumber of workerData.pages) {
    if (pageNumber > doc.numPages) continue;
    parentPort.postMessage({ started: pageNumber });
    heard = [];
    let page = null;
    try {
      page = await doc.getPage(pageNumber);
      const list = await page.getOperatorList();
      for (let i = 0; i < list.fnArray.length; i++) {
        if (list.fnArray[i] !== pdfjs.OPS.paintImageXObject) continue;
        const objId = list.argsArray[i][0];
        const objs = objId.startsWith('g_') ? page.commonObjs : page.objs;
        // Decoding failed when pdf.js resolves the image with no data.
        const data = await new Promise((resolve) => objs.get(objId, resolve));
        if (!data) { failures.push({ page: pageNumber, detail: 'image data could not be decoded' }); break; }
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
  await doc.destroy();
  parentPort.postMessage({ failures });
})().catch((error) => parentPort.postMessage({ error: String((error && error.message) || error).slice(0, 200) }));
`;

export function decodeImagesOffThread(bytes: Uint8Array, pages: readonly number[]): Promise<DecodeFailure[]> {
  if (pages.length === 0) return Promise.resolve([]);
  const pdfjsPath = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs');
  // JPEG 2000 (JPX) and JBIG2 are decoded by pdf.js's WebAssembly modules, found through wasmUrl:
  // without them every JPX image (common in scanned certificates) would read as damaged. In Node,
  // pdf.js reads `${wasmUrl}openjpeg.wasm` with fs.readFile, which takes a path, not a file:// string:
  // given a URL the .wasm read failed silently and pdf.js fell back to importing
  // openjpeg_nowasm_fallback.js (JPX only, no JBIG2 fallback) — which worked from a checkout but not in
  // the packaged app, where that .js stayed inside app.asar while wasmUrl pointed at app.asar.unpacked.
  const wasmUrl = `${pdfjsWasmFolder()}${sep}`;
  const deadline = Math.min(MAX_MS, BASE_MS + PER_PAGE_MS * pages.length);
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      // pdf.js transfers (detaches) what it is given: the worker gets its own copy.
      workerData: {
        pdfjsPath,
        wasmUrl,
        bytes: bytes.slice(),
        pages: [...pages],
        maxPixels: DECODE_MAX_PIXELS,
        complaints: DECODER_COMPLAINTS,
      },
    });
  } catch (error) {
    return Promise.resolve([{ page: pages[0]!, detail: `the image check could not start (${String(error).slice(0, 100)})` }]);
  }
  return new Promise((resolve) => {
    let current = pages[0]!;
    let settled = false;
    const settle = (failures: DecodeFailure[]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(failures);
    };
    const timer = setTimeout(
      () => settle([{ page: current, detail: `images not decoded within ${Math.round(deadline / 1000)} s` }]),
      deadline,
    );
    worker.on('message', (message: { started?: number; failures?: DecodeFailure[]; error?: string }) => {
      if (message.started !== undefined) current = message.started;
      else if (message.failures) settle(message.failures);
      else settle([{ page: current, detail: message.error ?? 'unknown error' }]);
    });
    worker.once('error', (error) => settle([{ page: current, detail: String(error).slice(0, 200) }]));
    worker.once('exit', (code) => settle([{ page: current, detail: `the image check stopped (${code})` }]));
  });
}
