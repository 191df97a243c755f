/**
 * Legibility for the benchmark: OCR a rendered page with tesseract.js and the traineddata shipped
 * in @tesseract.js-data/eng (nothing is downloaded), and score it against the text the page was
 * generated from. Character accuracy = 1 − (edit distance / length of the true text), on text
 * with runs of white space folded to one space, as OCR evaluations (ocreval, ISRI) count it.
 */
import { createRequire } from 'node:module';
import { createWorker, type Worker } from 'tesseract.js';

const require = createRequire(import.meta.url);

let worker: Promise<Worker> | null = null;

function ocrWorker(): Promise<Worker> {
  if (!worker) {
    const eng = require('@tesseract.js-data/eng') as { langPath: string; gzip: boolean };
    worker = createWorker('eng', 1, { langPath: eng.langPath, gzip: eng.gzip, cacheMethod: 'none' });
  }
  return worker;
}

export async function ocrText(png: Buffer): Promise<string> {
  const w = await ocrWorker();
  const { data } = await w.recognize(png);
  return data.text;
}

export async function closeOcr(): Promise<void> {
  if (worker) await (await worker).terminate();
  worker = null;
}

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Character accuracy of `ocr` against `truth` (both normalised first); 1 is perfect, can go below 0. */
export function characterAccuracy(ocr: string, truth: string): number {
  const a = normalise(ocr);
  const b = normalise(truth);
  return 1 - editDistance(a, b) / Math.max(1, b.length);
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const del = previous[j]! + 1;
      const ins = current[j - 1]! + 1;
      const sub = previous[j - 1]! + cost;
      current[j] = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
