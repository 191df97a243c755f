import { parentPort } from 'node:worker_threads';
import { UnsupportedImageError } from './image-pixels';
import type { PageTaskReply, PageTaskRequest } from './page-protocol';
import { makeTextLayer, type TextLayerOutput } from './text-layer-work';

/**
 * A page worker (page-pool.ts): codes one page's text layer at a time and sends it back, its buffers
 * moved rather than copied where V8 allows it. A thrown error is an answer; only a dead thread is a crash.
 */
const port = parentPort;
if (!port) throw new Error('the page worker must run in a worker thread');

// Libraries print diagnostics (pdf-lib, sharp's warnings): not onto the command's stdout, where --json writes.
// Kept, on stderr, with AIMA_PREP_VERBOSE=1, as the batch does (batch/in-process.ts).
const sink =
  process.env.AIMA_PREP_VERBOSE === '1'
    ? (...parts: unknown[]) => void process.stderr.write(`${parts.map(String).join(' ')}\n`)
    : () => undefined;
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = sink;

port.on('message', (request: PageTaskRequest) => {
  void (async () => {
    let reply: PageTaskReply;
    let output: TextLayerOutput | null = null;
    try {
      // Typed arrays arrive as Uint8Arrays: the passes use Buffer's methods on pixels and bits.
      const { pixels } = request.input;
      const data = Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength);
      output = await makeTextLayer({ ...request.input, pixels: { ...pixels, data } });
      reply = { ok: true, output };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      reply = { ok: false, message, unsupported: error instanceof UnsupportedImageError };
    }
    port.postMessage(reply, output ? transferable(output) : []);
  })();
});

function transferable(output: TextLayerOutput): ArrayBuffer[] {
  const owned = [output.encoded.bytes, output.background?.data].filter(
    (bytes): bytes is Buffer => bytes !== undefined && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength,
  );
  return [...new Set(owned.map((bytes) => bytes.buffer as ArrayBuffer))];
}
