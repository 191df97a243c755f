import { readFile } from 'node:fs/promises';

/**
 * qpdf's WebAssembly compiled once per thread, instantiated fresh for every session.
 *
 * The Emscripten glue of @neslinesli93/qpdf-wasm reads qpdf.wasm and calls `WebAssembly.instantiate(bytes)`
 * for every instance, and this build has no `instantiateWasm` hook to hand it a module. So V8 compiled the
 * same 1.3 MB again for each input PDF (≈ 11 of the 20 ms of CPU time an instance cost, spent on V8's
 * background threads, and on a busy machine a wait of ~100 ms for them). While an instance is being made,
 * `WebAssembly.instantiate` is wrapped: when it is given exactly the bytes compiled here (compared byte for
 * byte), it instantiates the compiled module instead, which is what compiling those bytes again would give.
 * The instance is still new — its own memory, globals and file system — as runtime.ts requires; only the
 * machine code is shared. Any other bytes go to V8 untouched.
 */

/** The part of the WebAssembly API used here (the project's Node typings do not declare it). */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(source: unknown, imports?: object): Promise<unknown>;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface Compiled {
  bytes: Buffer;
  /** A compiled WebAssembly.Module. */
  module: object;
}

const compiledByPath = new Map<string, Promise<Compiled>>();

/** The module for the file at `path`, compiled on first use in this thread. */
export function compiledModule(path: string): Promise<Compiled> {
  let compiled = compiledByPath.get(path);
  if (!compiled) {
    compiled = (async () => {
      const bytes = await readFile(path);
      return { bytes, module: await wasm.compile(bytes) };
    })();
    // A failed read or compile is not kept: the next session tries again (and reports its own error).
    compiled.catch(() => compiledByPath.delete(path));
    compiledByPath.set(path, compiled);
  }
  return compiled;
}

type Instantiate = WasmApi['instantiate'];

/** Modules whose instances are being made, with how many (sessions may start side by side). */
const pending = new Map<Compiled, number>();
let original: Instantiate | null = null;

function bytesOf(source: unknown): Buffer | null {
  if (source instanceof ArrayBuffer) return Buffer.from(source);
  if (ArrayBuffer.isView(source)) return Buffer.from(source.buffer, source.byteOffset, source.byteLength);
  return null;
}

function install(): void {
  if (original) return;
  const untouched = wasm.instantiate;
  original = untouched;
  const wrapped: Instantiate = (source, imports) => {
    const bytes = bytesOf(source);
    const match = bytes && [...pending.keys()].find((compiled) => compiled.bytes.equals(bytes));
    if (!match) return untouched.call(wasm, source, imports);
    // Given bytes, WebAssembly.instantiate resolves to { module, instance }; given a module, to the instance.
    return untouched.call(wasm, match.module, imports).then((instance) => ({
      module: match.module,
      instance,
    }));
  };
  wasm.instantiate = wrapped;
}

function uninstall(): void {
  if (!original || pending.size > 0) return;
  wasm.instantiate = original;
  original = null;
}

/**
 * Run `start` (which creates an instance from `compiled`'s bytes) with the compiled module standing in for a
 * fresh compile. `start` runs synchronously inside this call, so a caller's own synchronous set-up around it
 * (runtime.ts's console capture) still sees the factory's synchronous part.
 */
export function instantiatingFrom<T>(compiled: Compiled, start: () => Promise<T>): Promise<T> {
  pending.set(compiled, (pending.get(compiled) ?? 0) + 1);
  install();
  const done = () => {
    const left = (pending.get(compiled) ?? 1) - 1;
    if (left > 0) pending.set(compiled, left);
    else pending.delete(compiled);
    uninstall();
  };
  let started: Promise<T>;
  try {
    started = start();
  } catch (error) {
    done();
    throw error;
  }
  return started.finally(done);
}
