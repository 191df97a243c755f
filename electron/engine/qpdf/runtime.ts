import { createRequire } from 'node:module';
import { qpdfWasmPath } from '../../common/resources';

/**
 * qpdf compiled to WebAssembly (@neslinesli93/qpdf-wasm, qpdf 12.2): real
 * decryption (RC4, AES-128, AES-256 R5/R6) and PDF rewriting, with no native
 * binary to ship. pdf-lib cannot decrypt, and users have no system qpdf.
 *
 * One fresh instance per session (one input file, or one merge), not one per
 * process: qpdf keeps global state between runs of its command line in one
 * instance (after a `--decrypt` run, the next run's `--show-npages` answer
 * comes out on stderr instead of stdout: its logger was left redirected), and
 * a user's files must not influence each other. Creating an instance costs
 * ~40–60 ms, small next to decoding a photo; within a session the few runs on
 * the same file share it, and both output streams are read together so the
 * redirection does not matter.
 *
 * qpdf's messages go to console.log / console.error bound when the instance
 * is created; they are captured per run here and never printed, because
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

function createInstance(): Promise<QpdfInstance> {
  const factory = loadFactory();
  const wasmPath = qpdfWasmPath();
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
    return factory({ locateFile: () => wasmPath, noInitialRun: true, thisProgram: 'qpdf' });
  } finally {
    console.log = originalLog;
    console.error = originalError;
  }
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
      try {
        for (const [name, bytes] of Object.entries(inputs)) {
          qpdf.FS.writeFile(pathOf(name), bytes);
          written.push(pathOf(name));
        }
        // callMain is synchronous: no other run can write into `capture` meanwhile.
        capture = { output: result.output, stderr: result.stderr };
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
