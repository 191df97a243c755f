import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { withDeadline } from '../../common/deadline';
import { ownBytes } from '../../common/worker-bytes';

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
 * process (windows, IPC, progress events), so decoding runs in a worker
 * thread. The worker is plain CommonJS given as source (no extra bundle entry)
 * and loads heic-decode from the path resolved here.
 *
 * The worker stays for the next photo (one decode at a time): starting it and
 * loading libheif cost ≈ 0.4 s of CPU, three times the decode of a 1 MP photo
 * (0.14 s warm), and an agency batch has a HEIC in one client in four. It ends
 * when idle for IDLE_MS (not keeping the process alive meanwhile), and after a
 * photo above KEEP_MAX_PIXELS, whose decode leaves libheif's WebAssembly memory
 * that large (it never shrinks). Each reply names its request.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const decode = require(workerData.decoderPath);
parentPort.on('message', ({ id, bytes }) => {
  decode({ buffer: bytes }).then(
    (image) => {
      const data = new Uint8Array(image.data.byteLength);
      data.set(image.data);
      parentPort.postMessage({ id, width: image.width, height: image.height, data }, [data.buffer]);
    },
    (error) => parentPort.postMessage({ id, error: String((error && error.message) || error) }),
  );
});
`;

const IDLE_MS = 60_000;
const KEEP_MAX_PIXELS = 16_000_000;
/**
 * A decode's answer comes within this time or the worker is terminated (never reused) and the photo fails: a
 * 12-MP photo decodes in about a second, a 120-MP one (the engine's pixel cap) in well under a minute even on a
 * loaded machine. Without it, a worker that stopped answering (a libheif promise that never settles) kept the
 * batch's client waiting forever.
 */
const DECODE_DEADLINE_MS = 120_000;

const requireHere = () => createRequire(import.meta.url);

/** Tests: another decoder module (one that never answers), a shorter deadline or idle time. */
const overrides: { decoderPath?: string; deadlineMs?: number; idleMs?: number } = {};
export function setHeicTestOverrides(next: typeof overrides | null): void {
  for (const key of Object.keys(overrides) as (keyof typeof overrides)[]) delete overrides[key];
  Object.assign(overrides, next ?? {});
}
const decoderPath = () => overrides.decoderPath ?? requireHere().resolve('heic-decode');
const deadlineMs = () => overrides.deadlineMs ?? DECODE_DEADLINE_MS;

function decodeInThisThread(bytes: Uint8Array): Promise<DecodedHeic> {
  const decode = requireHere()(decoderPath()) as HeicDecoder;
  // This thread cannot be stopped from itself; a decode that never answers still ends the await.
  return withDeadline(
    decode({ buffer: bytes }).then(({ width, height, data }) => ({
      width,
      height,
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    })),
    deadlineMs(),
    'HEIC decode',
  );
}

type Reply = { id: number } & (DecodedHeic | { error: string });

/** The worker waiting for the next photo, if any; null while one is being decoded or none was started. */
let idle: { worker: Worker; timer: NodeJS.Timeout } | null = null;
let nextId = 1;

/** How many workers this thread has started (tests: photos asked for at once share one). */
let started = 0;
export function heicWorkersStarted(): number {
  return started;
}

/** The idle worker's thread id, if one waits for the next photo (tests of the reuse). */
export function idleHeicWorker(): number | null {
  return idle?.worker.threadId ?? null;
}

function takeWorker(): Worker {
  if (idle) {
    const { worker, timer } = idle;
    idle = null;
    clearTimeout(timer);
    worker.ref();
    return worker;
  }
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { decoderPath: decoderPath() } });
  started += 1;
  return worker;
}

/** Keep a healthy worker for the next photo (at most one waits), or end it. */
function release(worker: Worker, keep: boolean): void {
  worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  if (!keep || idle) {
    void worker.terminate();
    return;
  }
  worker.unref();
  // Ended from outside while idle (it should not be): forgotten, the next photo starts a new one.
  worker.once('exit', () => {
    if (idle?.worker === worker) idle = null;
  });
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = null;
    void worker.terminate();
  }, overrides.idleMs ?? IDLE_MS);
  timer.unref();
  idle = { worker, timer };
}

/**
 * Photos asked for while one is being decoded wait for it: one worker per thread, not one per photo at once. The
 * batch's main thread reads several clients' passports at a time, and each photo that found the worker busy
 * started another one (libheif's bundle and WebAssembly loaded again, ≈ 0.4–1.8 s of CPU) that was ended as soon
 * as it answered, since only one waits idle: the 50-client batch's profile held six HEIC worker threads. On two
 * cores a second decode at once gains nothing. A photo's deadline counts from its own decode, not from its wait,
 * and a decode that never answers is ended by its deadline, so the queue always moves on.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Decode the primary image of a HEIC/HEIF file to RGBA, off the calling thread when worker threads are available. */
export function decodeHeicOffThread(bytes: Uint8Array): Promise<DecodedHeic> {
  const turn = queue.then(() => decodeNow(bytes));
  queue = turn.catch(() => undefined);
  return turn;
}

function decodeNow(bytes: Uint8Array): Promise<DecodedHeic> {
  let worker: Worker;
  try {
    worker = takeWorker();
  } catch {
    return decodeInThisThread(bytes);
  }
  const id = nextId++;
  let settled = false;
  /** The decode is over (answered, failed or out of time): the worker is kept for the next photo or ended. */
  const finish = (keep: boolean): boolean => {
    if (settled) return false;
    settled = true;
    release(worker, keep);
    return true;
  };
  const answer = new Promise<DecodedHeic>((resolve, reject) => {
    const settle = (outcome: () => void, keep: boolean) => {
      if (finish(keep)) outcome();
    };
    worker.on('message', (message: Reply) => {
      if (message.id !== id) return;
      if ('error' in message) settle(() => reject(new Error(message.error)), false);
      else {
        const { width, height, data } = message;
        settle(() => resolve({ width, height, data }), width * height <= KEEP_MAX_PIXELS);
      }
    });
    // The worker could not run at all (not the file's fault): decode here instead.
    // (Started on the next tick: a decoder that throws at once rejects the call instead of escaping this handler.)
    worker.once('error', () =>
      settle(
        () =>
          void Promise.resolve()
            .then(() => decodeInThisThread(bytes))
            .then(resolve, reject),
        false,
      ),
    );
    // Ended without an answer (e.g. out of memory on a huge photo).
    worker.once('exit', (code) => settle(() => reject(new Error(`HEIC decoder stopped (${code})`)), false));
    // Cloned, not moved: moving would detach a buffer on this thread (common/worker-bytes.ts says what that costs).
    worker.postMessage({ id, bytes: ownBytes(bytes) });
  });
  // No answer in time: the worker is terminated (ended, not kept), never handed to the next photo.
  return withDeadline(answer, deadlineMs(), 'HEIC decode', () => finish(false));
}
