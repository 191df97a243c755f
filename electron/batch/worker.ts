import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { ClientJob, PrepareClient } from './preparer';
import { setPageWorkers } from '../engine/compress/page-pool';
import { setEarlyChecks } from '../engine/validate/check-core';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * A batch worker thread: prepares one client at a time with the preparer
 * module (the real engine unless the pool was told to load another), and
 * reports progress and the result back. Crashes are the pool's business.
 */
interface BatchWorkerData {
  preparerModule?: string;
  /** Page workers this client may use: the cores the batch's clients leave free (pool.ts). */
  pageWorkers?: number;
  /** Whether a core is free for pdf.js to check text layers while pages are coded (validate/early-check.ts). */
  earlyChecks?: boolean;
}
const data = workerData as BatchWorkerData | undefined;
if (data?.pageWorkers !== undefined) setPageWorkers(data.pageWorkers);
if (data?.earlyChecks !== undefined) setEarlyChecks(data.earlyChecks);

async function loadPreparer(): Promise<PrepareClient> {
  const override = data?.preparerModule;
  if (override) return ((await import(pathToFileURL(override).href)) as { prepareClient: PrepareClient }).prepareClient;
  return (await import('./engine-preparer')).prepareClient;
}

const port = parentPort;
if (!port) throw new Error('batch worker must run in a worker thread');

const preparerPromise = loadPreparer();

// Threads share one process, so its resident size cannot say which worker grew. Each worker reports its own
// heap and the buffers it holds (both per thread in Node), whenever it is not blocked in synchronous work.
const MEMORY_REPORT_MS = 200;
setInterval(() => {
  const usage = process.memoryUsage();
  port.postMessage({ type: 'memory', bytes: usage.heapUsed + usage.external } satisfies WorkerReply);
}, MEMORY_REPORT_MS).unref();

port.on('message', (request: WorkerRequest) => {
  void (async () => {
    const job: ClientJob = request.job;
    try {
      const prepare = await preparerPromise;
      port.postMessage({ type: 'started' } satisfies WorkerReply);
      const result = await prepare(job, (progress) => port.postMessage({ type: 'progress', progress } satisfies WorkerReply));
      port.postMessage({ type: 'done', result } satisfies WorkerReply);
    } catch (error) {
      // Only the message crosses back: a stack stays in the local log of the main thread.
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ type: 'failed', message } satisfies WorkerReply);
    }
  })();
});
