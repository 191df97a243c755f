import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openQpdfSession, succeeded } from '../../../electron/engine/qpdf/runtime';

/**
 * qpdf's WebAssembly is compiled once per thread and instantiated fresh for every session
 * (electron/engine/qpdf/compiled-module.ts): the compile is shared, the instance's state is not.
 */
/** The WebAssembly API this test looks at (the project's Node typings do not declare it). */
type Constructor = abstract new (...args: never[]) => object;
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(source: unknown, imports?: object): Promise<unknown>;
  Module: Constructor;
  Instance: Constructor;
  Memory: Constructor;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

const CORPUS = join(import.meta.dirname, '../../corpus');
const pdf = new Uint8Array(readFileSync(join(CORPUS, 'scans/multipage.pdf')));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('qpdf sessions share the compiled module, not the instance', () => {
  it('compiles qpdf.wasm at most once for several sessions, each session with its own instance and memory', async () => {
    const instantiate = wasm.instantiate;
    await openQpdfSession(); // the thread's first session compiles (or an earlier test already did)
    const compile = vi.spyOn(wasm, 'compile');
    const sources: unknown[] = [];
    const instances: { exports: Record<string, unknown> }[] = [];
    const spy = vi.spyOn(wasm, 'instantiate');
    spy.mockImplementation((source, imports) =>
      instantiate.call(wasm, source, imports).then((result) => {
        sources.push(source);
        const instance = result instanceof wasm.Instance ? result : (result as { instance: object }).instance;
        instances.push(instance as { exports: Record<string, unknown> });
        return result;
      }),
    );
    const sessions = await Promise.all([openQpdfSession(), openQpdfSession(), openQpdfSession()]);
    spy.mockRestore();
    expect(compile).not.toHaveBeenCalled();
    // Every instance was made from the compiled module, none from qpdf.wasm's bytes.
    expect(sources).toHaveLength(3);
    expect(sources.every((source) => source instanceof wasm.Module)).toBe(true);
    // Three instances with three memories: nothing of one session's state is another's.
    const memories = instances.map((instance) => Object.values(instance.exports).find((value) => value instanceof wasm.Memory));
    expect(new Set(instances).size).toBe(3);
    expect(memories.every((memory) => memory !== undefined)).toBe(true);
    expect(new Set(memories).size).toBe(3);
    // The wrapper is gone once no instance is being made.
    expect(wasm.instantiate).toBe(instantiate);
    // And the sessions work, side by side.
    for (const session of sessions) {
      const run = session.run(['--show-npages', '{in:in.pdf}'], { 'in.pdf': pdf });
      expect(run.output).toEqual(['6']);
    }
  });

  it('sessions used in turn keep their own files: a decrypting session and a counting one', async () => {
    const encrypted = new Uint8Array(readFileSync(join(CORPUS, 'encrypted/aes-128_R4_pw-ELXRTQWS.pdf')));
    const [first, second] = await Promise.all([openQpdfSession(), openQpdfSession()]);
    const decrypt = first.run(['--decrypt', '--password=ELXRTQWS', '{in:in.pdf}', '{out:out.pdf}'], { 'in.pdf': encrypted }, [
      'out.pdf',
    ]);
    const count = second.run(['--show-npages', '--show-encryption', '{in:in.pdf}'], { 'in.pdf': pdf });
    expect(succeeded(decrypt)).toBe(true);
    expect(count.output).toEqual(['6', 'File is not encrypted']);
    const decrypted = first.run(['--show-encryption', '{in:out.pdf}'], { 'out.pdf': decrypt.outputs.get('out.pdf')! });
    expect(decrypted.output).toEqual(['File is not encrypted']);
  });
});
