import { createRequire } from 'node:module';
import { qpdfWasmPath } from '../../main/resources';

/**
 * qpdf compiled to WebAssembly (@neslinesli93/qpdf-wasm, qpdf 12.2): real
 * decryption (RC4, AES-128, AES-256 R5/R6) and PDF rewriting with no native
 * binary to ship. pdf-lib cannot decrypt, and a system qpdf is not on users'
 * machines.
 *
 * One instance per process: instantiating costs ~40 ms and ~1.3 MB of code,
 * while a run on a small PDF takes a few ms. Reusing it is safe because
 * `callMain` is synchronous (no two runs can interleave in one thread), each
 * run gets fresh file names in the in-memory file system that are removed
 * afterwards, and qpdf keeps no state between runs of its command line. The
 * WebAssembly heap only grows, so the instance is replaced after many runs or
 * once its memory has grown large (e.g. after a huge scan).
 *
 * qpdf's messages go to console.log / console.error bound when the module is
 * created; they are captured per run here and never printed, because
 * `--show-encryption` can print a user password.
 */

interface EmscriptenFs {
  writeFile(path: string, data: Uint8Array): void;
  readFile(path: string): Uint8Array;
  unlink(path: string): void;
}

interface QpdfInstance {
  callMain(args: string[]): number;
  FS: EmscriptenFs;
  HEAPU8?: Uint8Array;
}

type QpdfFactory = (options: Record<string, unknown>) => Promise<QpdfInstance>;

export interface QpdfRun {
  exitCode: number;
  stdout: string[];
  stderr: string[];
  /** Output files that qpdf wrote, by the name passed in `outputs`. */
  outputs: Map<string, Uint8Array>;
}

const MAX_RUNS_PER_INSTANCE = 500;
const MAX_HEAP_BYTES = 512 * 1024 * 1024;

let instance: Promise<QpdfInstance> | null = null;
let runsOnInstance = 0;
let runCounter = 0;
let capture: { stdout: string[]; stderr: string[] } | null = null;

function loadFactory(): QpdfFactory {
  const require = createRequire(import.meta.url);
  const loaded = require('@neslinesli93/qpdf-wasm') as QpdfFactory | { default: QpdfFactory };
  return typeof loaded === 'function' ? loaded : loaded.default;
}

function createInstance(): Promise<QpdfInstance> {
  const factory = loadFactory();
  const wasmPath = qpdfWasmPath();
  // The module binds console.log/error while its factory runs synchronously:
  // route them through `capture` so each run's messages can be read.
  const originalLog = console.log;
  const originalError = console.error;
  console.log = (...parts: unknown[]) => capture?.stdout.push(parts.map(String).join(' '));
  console.error = (...parts: unknown[]) => capture?.stderr.push(parts.map(String).join(' '));
  try {
    return factory({ locateFile: () => wasmPath, noInitialRun: true, thisProgram: 'qpdf' });
  } finally {
    console.log = originalLog;
    console.error = originalError;
  }
}

async function currentInstance(): Promise<QpdfInstance> {
  if (instance) {
    const ready = await instance;
    const heap = ready.HEAPU8?.byteLength ?? 0;
    if (runsOnInstance < MAX_RUNS_PER_INSTANCE && heap < MAX_HEAP_BYTES) return ready;
  }
  runsOnInstance = 0;
  instance = createInstance();
  instance.catch(() => {
    instance = null;
  });
  return instance;
}

/**
 * Run qpdf's command line on in-memory files. `{in:name}` and `{out:name}` in
 * `args` are replaced by unique paths in the virtual file system.
 */
export async function runQpdf(
  args: readonly string[],
  inputs: Readonly<Record<string, Uint8Array>>,
  outputs: readonly string[] = [],
): Promise<QpdfRun> {
  const qpdf = await currentInstance();
  runsOnInstance += 1;
  runCounter += 1;
  const prefix = `/run${runCounter}-`;
  const pathOf = (name: string) => `${prefix}${name}`;
  const realArgs = args.map((arg) => arg.replace(/\{(?:in|out):([\w.-]+)\}/g, (_match, name: string) => pathOf(name)));
  const written: string[] = [];
  const result: QpdfRun = { exitCode: -1, stdout: [], stderr: [], outputs: new Map() };
  try {
    for (const [name, bytes] of Object.entries(inputs)) {
      qpdf.FS.writeFile(pathOf(name), bytes);
      written.push(pathOf(name));
    }
    capture = { stdout: result.stdout, stderr: result.stderr };
    try {
      result.exitCode = qpdf.callMain(realArgs);
    } finally {
      capture = null;
    }
    for (const name of outputs) {
      try {
        result.outputs.set(name, qpdf.FS.readFile(pathOf(name)));
        written.push(pathOf(name));
      } catch {
        // qpdf did not write it (it failed); the exit code says why.
      }
    }
  } catch (error) {
    // The WebAssembly runtime itself failed (out of memory, abort): start a fresh instance next time.
    instance = null;
    throw error;
  } finally {
    for (const path of written) {
      try {
        qpdf.FS.unlink(path);
      } catch {
        // Already gone.
      }
    }
  }
  return result;
}

/** qpdf's exit codes: 0 success, 2 errors, 3 success with warnings. */
export const QPDF_EXIT = { ok: 0, error: 2, warnings: 3 } as const;
