/**
 * Page-sized working buffers reused from one page to the next on this thread (issue 15's CPU).
 *
 * Each text or mixed page used to allocate its own 1-byte-per-pixel mask (8.7 MB on a 300-dpi A4 page),
 * the JBIG2 coder's decoded samples (1.1 MB) and the colour layer's ink neighbourhood (two 1 MB arrays), all
 * garbage once the page was coded. V8 counts such buffers as external memory and starts a full collection
 * every few tens of MB of it, whatever the heap holds (the typed scan's preparing thread: ~20 mark-compacts,
 * 0.48 s of the main thread and more on V8's helper threads, bench/results.md session 10), and each fresh
 * buffer is mapped and zeroed again by the kernel. A buffer taken here is handed back when its page is
 * done and given to the next page of the same size.
 *
 * Only buffers that never leave the page's own work are taken: a caller gives back what it took, and
 * nothing it gives back is referenced afterwards (the next taker overwrites it).
 */

/** Buffers kept per size: as many as pages in flight on one thread (compress/index.ts pagesInFlight, 2 on 2 cores). */
const KEPT_PER_SIZE = 2;

const spare = new Map<number, Buffer[]>();

/** A buffer of `bytes` bytes with unspecified contents (the caller fills what it reads). */
export function takeScratch(bytes: number): Buffer {
  const kept = spare.get(bytes);
  const buffer = kept?.pop();
  // Never from Node's shared pool (allocUnsafe's small buffers are slices of it): a buffer handed back must own
  // its whole memory, or the next taker would write over someone else's bytes.
  return buffer ?? Buffer.allocUnsafeSlow(bytes);
}

/** Hands a buffer taken with takeScratch (or a view of the whole of one) back for the next page. */
export function giveScratch(view: Uint8Array): void {
  const whole = view.byteOffset === 0 && view.byteLength === view.buffer.byteLength;
  if (!whole || view.buffer instanceof SharedArrayBuffer) return;
  const buffer = Buffer.isBuffer(view) ? view : Buffer.from(view.buffer);
  const kept = spare.get(buffer.length) ?? [];
  if (kept.some((b) => b.buffer === buffer.buffer)) return;
  if (kept.length >= KEPT_PER_SIZE) return;
  kept.push(buffer);
  spare.set(buffer.length, kept);
}

/** Lets go of every kept buffer (a document's pages are coded: validation, the memory peak, comes next). */
export function dropScratch(): void {
  spare.clear();
}
