import { createRequire } from 'node:module';
import { qpdfWasmPath } from '../../common/resources';
import { compiledModule, instantiatingFrom } from './compiled-module';

/**
 * qpdf compiled to WebAssembly (@neslinesli93/qpdf-wasm, qpdf 12.2): real
 * decryption (RC4, AES-128, AES-256 R5/R6) and PDF rewriting, with no native
 * binary to ship. pdf-lib cannot decrypt, and users have no system qpdf.
 *
 * One fresh instance per session (one input file, or one merge), not one per
 * process: qpdf keeps global state between runs of its command line in one
 * instance (after a `--decrypt` run, the next run's `--show-npages` answer
 * comes out on stderr instead of stdout: its logger was left redirected), and
 * a user's files must not influence each other. Within a session the few runs
 * on the same file share it, and both output streams are read together so the
 * redirection does not matter.
 *
 * What is shared is the compiled code only (compiled-module.ts): a fresh
 * instance of an already compiled module has its own memory and globals, but
 * skips V8 compiling 1.3 MB of WebAssembly again (20 → 9 ms of CPU time per
 * instance, and the wait for V8's background compile threads on a busy machine).
 *
 * qpdf's messages go to console.log / console.error bound when the instance
 * is created; they are captured per run here and never printed, because
 * `--show-encryption` can print a user password.
 */

export interface EmscriptenStream {
  node?: { name?: string };
  position: number;
}

export interface EmscriptenFs {
  readFile(path: string): Uint8Array;
  unlink(path: string): void;
  open(path: string, flags: string): EmscriptenStream;
  /** Emscripten's FS.write; `canOwn` lets the in-memory file keep `buffer` itself instead of a copy. */
  write(
    stream: EmscriptenStream,
    buffer: Uint8Array,
    offset: number,
    length: number,
    position?: number,
    canOwn?: boolean,
  ): number;
  close(stream: EmscriptenStream): void;
}

interface QpdfInstance {
  callMain(args: string[]): number;
  FS: EmscriptenFs;
}

type QpdfFactory = (options: Record<string, unknown>) => Promise<QpdfInstance>;

export interface QpdfRun {
  exitCode: number;
  /** Everything qpdf printed, stdout and stderr in order. */
  output: string[];
  /** What it printed on stderr only (errors and warnings). */
  stderr: string[];
  /** Output files that qpdf wrote, by the name passed in `outputs`. */
  outputs: Map<string, Uint8Array>;
}

export interface QpdfSession {
  /**
   * Run qpdf's command line on in-memory files. `{in:name}` and `{out:name}`
   * in `args` are replaced by paths in the instance's virtual file system.
   */
  run(args: readonly string[], inputs: Readonly<Record<string, Uint8Array>>, outputs?: readonly string[]): QpdfRun;
}

let capture: { output: string[]; stderr: string[] } | null = null;

function loadFactory(): QpdfFactory {
  const require = createRequire(import.meta.url);
  const loaded = require('@neslinesli93/qpdf-wasm') as QpdfFactory | { default: QpdfFactory };
  return typeof loaded === 'function' ? loaded : loaded.default;
}

async function createInstance(): Promise<QpdfInstance> {
  const factory = loadFactory();
  const wasmPath = qpdfWasmPath();
  const compiled = await compiledModule(wasmPath);
  // The module binds console.log/error while its factory runs synchronously:
  // route them through `capture` so each run's messages can be read.
  const originalLog = console.log;
  const originalError = console.error;
  console.log = (...parts: unknown[]) => capture?.output.push(parts.map(String).join(' '));
  console.error = (...parts: unknown[]) => {
    const line = parts.map(String).join(' ');
    capture?.output.push(line);
    capture?.stderr.push(line);
  };
  try {
    // Not awaited: the console is restored as soon as the factory's synchronous part has run.
    return instantiatingFrom(compiled, () => factory({ locateFile: () => wasmPath, noInitialRun: true, thisProgram: 'qpdf' }));
  } finally {
    console.log = originalLog;
    console.error = originalError;
  }
}

/**
 * What qpdf writes to the named output files, collected as it comes. The in-memory file system grows a
 * file by 12.5 % at a time, copying it each time: a 79 MB output meant ~700 MB of short-lived copies,
 * the 30-page scan's peak memory (490 MB against ~360 MB for the rest of its run). Writes that append go
 * into one buffer sized from the start for the output qpdf is expected to write (`expectedBytes`: the
 * inputs' size, which a rewrite, a merge or a page selection does not exceed by much); a write anywhere
 * else (qpdf seeking back) hands everything collected so far to the real file and lets it take over, so the
 * result is the same bytes either way.
 *
 * Why one buffer and not chunks joined at the end: the join held the chunks and the joined copy at once,
 * a second 79 MB beside qpdf's own memory at the 30-page scan's peak (ArrayBuffers 350 MB on the thread).
 * A buffer larger than what is written costs address space, not memory: the pages never written are never
 * touched (V8 allocates ArrayBuffers zeroed by the system, page by page on first use).
 */
export function collectOutputs(
  fs: EmscriptenFs,
  names: readonly string[],
  expectedBytes: number,
): {
  stop(): void;
  /** The file's bytes if every write was collected; null when the real file holds them (or none came). */
  take(name: string): Uint8Array | null;
} {
  const files = new Map(names.map((name) => [name, { buffer: EMPTY as Uint8Array, bytes: 0, collecting: true }]));
  const write = fs.write;
  fs.write = (stream, buffer, offset, length, position, canOwn) => {
    const file = stream.node?.name === undefined ? undefined : files.get(stream.node.name);
    if (!file?.collecting) return write.call(fs, stream, buffer, offset, length, position, canOwn);
    const at = position ?? stream.position;
    if (at !== file.bytes) {
      file.collecting = false;
      const collected = file.buffer.subarray(0, file.bytes);
      file.buffer = EMPTY;
      if (collected.length > 0) write.call(fs, stream, collected, 0, collected.length, 0);
      return write.call(fs, stream, buffer, offset, length, position, canOwn);
    }
    if (file.bytes + length > file.buffer.length)
      file.buffer = grown(file.buffer, file.bytes, file.bytes + length, expectedBytes);
    // `buffer` is qpdf's own memory, reused for the next write: its bytes are copied out now.
    file.buffer.set(new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length), file.bytes);
    file.bytes += length;
    if (position === undefined) stream.position += length;
    return length;
  };
  return {
    stop: () => {
      fs.write = write;
    },
    take: (name) => {
      const file = files.get(name);
      if (!file?.collecting || file.bytes === 0) return null;
      const { buffer, bytes } = file;
      file.buffer = EMPTY;
      // A view keeps its whole buffer alive: one much larger than the file is copied down to it.
      return buffer.length - bytes > Math.max(1 << 20, bytes / 4) ? buffer.slice(0, bytes) : buffer.subarray(0, bytes);
    },
  };
}

const EMPTY = new Uint8Array(0);

/** A larger buffer holding the first `used` bytes: the expected size first, then half as much again each time. */
function grown(buffer: Uint8Array, used: number, needed: number, expectedBytes: number): Uint8Array {
  const size = Math.max(needed, Math.ceil(expectedBytes * 1.05) + (1 << 16), Math.ceil(buffer.length * 1.5));
  const larger = new Uint8Array(size);
  larger.set(buffer.subarray(0, used));
  return larger;
}

/** A fresh qpdf for one file's runs. */
export async function openQpdfSession(): Promise<QpdfSession> {
  const qpdf = await createInstance();
  let runCounter = 0;
  return {
    run(args, inputs, outputs = []) {
      runCounter += 1;
      const pathOf = (name: string) => `/run${runCounter}-${name}`;
      const realArgs = args.map((arg) => arg.replace(/\{(?:in|out):([\w.-]+)\}/g, (_match, name: string) => pathOf(name)));
      const written: string[] = [];
      const result: QpdfRun = { exitCode: -1, output: [], stderr: [], outputs: new Map() };
      const collected = collectOutputs(
        qpdf.FS,
        outputs.map((name) => pathOf(name).slice(1)),
        Object.values(inputs).reduce((sum, bytes) => sum + bytes.byteLength, 0),
      );
      try {
        for (const [name, bytes] of Object.entries(inputs)) {
          // The in-memory file is the caller's bytes themselves (qpdf only reads it): no copy of a 79 MB scan.
          const stream = qpdf.FS.open(pathOf(name), 'w');
          try {
            qpdf.FS.write(stream, bytes, 0, bytes.byteLength, 0, true);
          } finally {
            qpdf.FS.close(stream);
          }
          written.push(pathOf(name));
        }
        // callMain is synchronous: no other run can write into `capture` meanwhile.
        capture = { output: result.output, stderr: result.stderr };
        try {
          result.exitCode = qpdf.callMain(realArgs);
        } finally {
          capture = null;
          collected.stop();
        }
        for (const name of outputs) {
          try {
            result.outputs.set(name, collected.take(pathOf(name).slice(1)) ?? qpdf.FS.readFile(pathOf(name)));
            written.push(pathOf(name));
          } catch {
            // qpdf did not write it (it failed); the exit code says why.
          }
        }
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
    },
  };
}

/** qpdf's exit codes: 0 success, 2 errors, 3 success with warnings. */
export const QPDF_EXIT = { ok: 0, error: 2, warnings: 3 } as const;

export const succeeded = (run: QpdfRun) => run.exitCode === QPDF_EXIT.ok || run.exitCode === QPDF_EXIT.warnings;
