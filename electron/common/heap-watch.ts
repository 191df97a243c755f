import { Worker } from 'node:worker_threads';

/**
 * A worker thread's JavaScript heap budget that holds. Node's own cap (the Worker's resourceLimits) is best-effort:
 * when one large allocation reaches it — an array grown by push, as pdf.js's operator list of a page with a million
 * operators is, or a Map rehashed — V8 aborts the whole process ("FATAL ERROR: Reached heap limit"), not the worker
 * (nodejs/node#47224). In the app that process is the window's; in the command line, the whole batch. Measured here:
 * a worker pushing onto one array under a 128 MB cap aborted the process 3 times in 3 on Node 20.20, 22.23 and 24.22;
 * the pdf.js check's 48 MB test (tests/integration/validate/pdfjs-check.test.ts) aborted it in 4 runs of 6 on 24.22.
 *
 * Where Node can read a worker's heap from outside (Worker#getHeapStatistics: Node 22.16 and later, and 24, which the
 * app's Electron 45 runs), V8's cap is set HARD_CAP_FACTOR times higher than the budget, out of reach of one growth
 * step, and the worker's owner stops it as soon as its heap is seen above the budget: with the push above, every run
 * was stopped at 150–203 MB of a 128 MB budget and the process went on. Node 20 cannot read it: there V8's cap stays
 * the budget, as before.
 */
export const HARD_CAP_FACTOR = 3;
/** How often a busy worker's heap is read: an interrupt on that thread, microseconds of work each. */
export const HEAP_WATCH_MS = 20;

type HeapReadable = Worker & { getHeapStatistics?: () => Promise<{ used_heap_size: number }> };

export const canReadWorkerHeap = typeof (Worker.prototype as HeapReadable).getHeapStatistics === 'function';

/** The cap to give V8 (resourceLimits.maxOldGenerationSizeMb) for a heap budget of `budgetMb`. */
export function v8HeapCapMb(budgetMb: number): number {
  return canReadWorkerHeap ? budgetMb * HARD_CAP_FACTOR : budgetMb;
}

/**
 * Reads `worker`'s heap every HEAP_WATCH_MS and calls `over` once when it is above `budgetMb` (the caller stops the
 * worker and fails its work with its own memory error). Returns a function that ends the watch. Does nothing where
 * the heap cannot be read (V8's cap is then the budget itself, v8HeapCapMb).
 */
export function watchWorkerHeap(worker: Worker, budgetMb: number, over: () => void): () => void {
  if (!canReadWorkerHeap) return () => undefined;
  const budget = budgetMb * 1024 * 1024;
  let reading = false;
  let ended = false;
  const end = () => {
    ended = true;
    clearInterval(timer);
  };
  const timer = setInterval(() => {
    if (reading || ended) return;
    reading = true;
    // Rejected while the thread is not running yet or any more: nothing to read then.
    (worker as HeapReadable).getHeapStatistics!()
      .then(({ used_heap_size }) => {
        if (ended || used_heap_size <= budget) return;
        end();
        over();
      })
      .catch(() => undefined)
      .finally(() => (reading = false));
  }, HEAP_WATCH_MS);
  timer.unref();
  return end;
}
