import type { PDFRawStream } from 'pdf-lib';
import { ownJbig2Samples } from '../compress/own-streams';
import { earlyChecksEnabled } from './check-core';
import { startPdfjsCheck } from './decode-check';
import { aloneDocument, isOwnJbig2, jbig2Identity } from './jbig2-check';

/**
 * Validation's pdf.js decode of our JBIG2 text layers, done while the pages are still being coded rather
 * than after the save (issue 15's serial tail: on the 10-page typed scan the preparing thread sat idle
 * for ≈ 0.75 s at the end while pdf.js decoded the ten layers of the saved file, one core unused).
 *
 * As each page's layer is made, it goes (in a small PDF of its own, under a copy of its image dictionary,
 * as jbig2-check.ts does after the save) to the pdf.js check worker, which decodes it beside the next pages.
 * A layer whose decode is the digest taken when it was encoded is remembered by its identity: the SHA-256 of
 * its bytes and the dictionary entries that decide its samples (jbig2Identity). Validation then decodes
 * again only the layers of the saved file whose identity was not confirmed here; a layer damaged after it
 * was checked has other bytes, so it is decoded and caught as before. The check stays pdf.js's, not ours,
 * and the saved file is still opened by pdf.js (validate/index.ts).
 *
 * Only when a core is free for it (one document at a time): in a `--jobs 2` batch both cores already prepare
 * documents, and the layers of a rung that is later dropped would be decoded for nothing (check-core.ts).
 */

/**
 * Layers decoded per check: each check is a document pdf.js opens and destroys (≈ 25 ms of CPU beyond the
 * decoding, measured on the typed scan's ten layers: 0.71 s one by one, 0.48 s in one file). The last
 * layers of a run, fewer than this, are decoded by validation in its own file of them (jbig2-check.ts).
 */
export const LAYERS_PER_CHECK = 3;

/** Identities confirmed by pdf.js; bounded, oldest first out (a batch worker prepares many files). */
const MAX_CONFIRMED = 4096;
const confirmed = new Set<string>();
let queue: PDFRawStream[] = [];
let running: Promise<void> | null = null;

/** Our JBIG2 layers just registered in the document being compressed: decoded by pdf.js in the background. */
export function checkEarly(streams: readonly PDFRawStream[]): void {
  if (!earlyChecksEnabled()) return;
  const ours = streams.filter(isOwnJbig2);
  if (ours.length === 0) return;
  queue.push(...ours);
  if (queue.length >= LAYERS_PER_CHECK) running ??= drain().finally(() => (running = null));
}

/** Layers not yet started are left to validation (a dropped rung's, or the last ones when validation begins). */
export function dropQueuedChecks(): void {
  queue = [];
}

/** Waits for the decode under way (the queue is dropped): pdf.js's worker is then free for validation. */
export async function settleEarlyChecks(): Promise<void> {
  dropQueuedChecks();
  await running;
}

/** True when pdf.js decoded exactly this stream (bytes and dictionary) to the samples that were encoded. */
export function confirmedEarly(stream: PDFRawStream): boolean {
  return confirmed.size > 0 && confirmed.has(jbig2Identity(stream));
}

async function drain(): Promise<void> {
  while (queue.length >= LAYERS_PER_CHECK) {
    const batch = queue;
    queue = [];
    try {
      await checkBatch(batch);
    } catch {
      // Nothing is confirmed: validation decodes these layers itself, as it always did.
    }
  }
}

async function checkBatch(streams: readonly PDFRawStream[]): Promise<void> {
  const bytes = await aloneDocument(streams);
  const pages = streams.map((_stream, i) => i + 1);
  const result = await startPdfjsCheck(bytes).decode(pages);
  if (!result.finished) return;
  streams.forEach((stream, i) => {
    const page = i + 1;
    if (result.failures.some((f) => f.page === page)) return;
    const expected = ownJbig2Samples(stream.contents);
    const decoded = result.bilevelDigests[page] ?? [];
    if (!expected || !decoded.some((digest) => expected.includes(digest))) return;
    const identity = jbig2Identity(stream);
    confirmed.delete(identity);
    confirmed.add(identity);
    if (confirmed.size > MAX_CONFIRMED) confirmed.delete(confirmed.values().next().value!);
  });
}
