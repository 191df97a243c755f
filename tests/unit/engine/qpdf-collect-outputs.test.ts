import { describe, expect, it } from 'vitest';
import { collectOutputs, type EmscriptenFs, type EmscriptenStream } from '../../../electron/engine/qpdf/runtime';

/** A stand-in for Emscripten's in-memory file system: what reaches its own write() lands in `files`. */
function memoryFs() {
  const files = new Map<string, number[]>();
  const fs: EmscriptenFs = {
    readFile: (path) => Uint8Array.from(files.get(path) ?? []),
    unlink: (path) => void files.delete(path),
    open: (path) => ({ node: { name: path }, position: 0 }) as EmscriptenStream,
    write(stream, buffer, offset, length, position) {
      const file = files.get(stream.node!.name!) ?? [];
      const at = position ?? stream.position;
      for (let i = 0; i < length; i++) file[at + i] = buffer[offset + i]!;
      files.set(stream.node!.name!, file);
      if (position === undefined) stream.position += length;
      return length;
    },
    close: () => undefined,
  };
  return { fs, files };
}

/** Writes `total` bytes in pieces of varied size through one reused buffer, as qpdf does, and returns them. */
function writeInPieces(fs: EmscriptenFs, stream: EmscriptenStream, total: number): Uint8Array {
  const expected = new Uint8Array(total);
  const scratch = new Uint8Array(4096);
  for (let at = 0, piece = 1; at < total; piece++) {
    const length = Math.min(total - at, ((piece * 37) % 4000) + 1);
    for (let i = 0; i < length; i++) scratch[7 + i] = expected[at + i] = (at + i) % 251;
    fs.write(stream, scratch, 7, length);
    scratch.fill(0); // the buffer is reused: what was collected must be a copy
    at += length;
  }
  return expected;
}

describe('qpdf output collected in one buffer', () => {
  it('returns exactly the bytes written when the output outgrows the expected size', () => {
    const { fs } = memoryFs();
    const collected = collectOutputs(fs, ['out.pdf'], 1_000);
    const expected = writeInPieces(fs, fs.open('out.pdf', 'w'), 250_000);
    collected.stop();
    expect(collected.take('out.pdf')).toEqual(expected);
  });

  it('copies a small output out of a buffer sized for a much larger one (a view would keep it all alive)', () => {
    const { fs } = memoryFs();
    const collected = collectOutputs(fs, ['out.pdf'], 50_000_000);
    const expected = writeInPieces(fs, fs.open('out.pdf', 'w'), 3_000);
    collected.stop();
    const taken = collected.take('out.pdf')!;
    expect(taken).toEqual(expected);
    expect(taken.buffer.byteLength).toBe(3_000);
  });

  it('hands everything to the real file when qpdf seeks back, and the file holds the same bytes', () => {
    const { fs, files } = memoryFs();
    const collected = collectOutputs(fs, ['out.pdf'], 10_000);
    const stream = fs.open('out.pdf', 'w');
    const expected = writeInPieces(fs, stream, 20_000);
    // qpdf going back to patch an offset it wrote earlier
    fs.write(stream, Uint8Array.of(9, 9, 9), 0, 3, 100);
    expected.set([9, 9, 9], 100);
    fs.write(stream, Uint8Array.of(1, 2), 0, 2);
    collected.stop();
    expect(collected.take('out.pdf')).toBeNull();
    expect(Uint8Array.from(files.get('out.pdf')!)).toEqual(Uint8Array.from([...expected, 1, 2]));
  });

  it('leaves files it was not asked to collect to the real file system', () => {
    const { fs, files } = memoryFs();
    const collected = collectOutputs(fs, ['out.pdf'], 10);
    fs.write(fs.open('in.pdf', 'w'), Uint8Array.of(5, 6, 7), 0, 3, 0);
    collected.stop();
    expect(files.get('in.pdf')).toEqual([5, 6, 7]);
    expect(collected.take('out.pdf')).toBeNull();
  });
});
