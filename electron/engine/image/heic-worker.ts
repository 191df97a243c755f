import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface DecodedHeic {
  width: number;
  height: number;
  /** RGBA, 8 bits per channel. */
  data: Uint8Array;
}

type HeicDecoder = (input: { buffer: Uint8Array }) => Promise<{ width: number; height: number; data: Uint8ClampedArray }>;

/**
 * heic-decode (libheif compiled to WebAssembly; sharp's prebuilt libvips
 * cannot decode HEVC) decodes synchronously: about a second of blocked thread
 * per megapixels-heavy phone photo. In the app that thread is Electron's main
 * process (windows, IPC, progress events), so decoding runs in a short-lived
 * worker thread. The worker is plain CommonJS given as source (no extra
 * bundle entry) and loads heic-decode from the path resolved here.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const decode = require(workerData.decoderPath);
decode({ buffer: workerData.bytes }).then(
  (image) => {
    const data = new Uint8Array(image.data.byteLength);
    data.set(image.data);
    parentPort.postMessage({ width: image.width, height: image.height, data }, [data.buffer]);
  },
  (error) => parentPort.postMessage({ error: String((error && error.message) || error) }),
);
`;

const requireHere = () => createRequire(import.meta.url);

function decodeInThisThread(bytes: Uint8Array): Promise<DecodedHeic> {
  const decode = requireHere()('heic-decode') as HeicDecoder;
  return decode({ buffer: bytes }).then(({ width, height, data }) => ({
    width,
    height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  }));
}

/** Decode the primary image of a HEIC/HEIF file to RGBA, off the calling thread when worker threads are available. */
export function decodeHeicOffThread(bytes: Uint8Array): Promise<DecodedHeic> {
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { decoderPath: requireHere().resolve('heic-decode'), bytes } });
  } catch {
    return decodeInThisThread(bytes);
  }
  return new Promise<DecodedHeic>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.once('message', (message: DecodedHeic | { error: string }) =>
      settle(() => ('error' in message ? reject(new Error(message.error)) : resolve(message))),
    );
    // The worker could not run at all (not the file's fault): decode here instead.
    worker.once('error', () => settle(() => void decodeInThisThread(bytes).then(resolve, reject)));
    // Ended without an answer (e.g. out of memory on a huge photo).
    worker.once('exit', (code) => settle(() => reject(new Error(`HEIC decoder stopped (${code})`))));
  });
}
