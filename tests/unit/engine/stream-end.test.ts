import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFObjectParser, PDFParser, PDFRawStream, PDFStreamParsingError } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fastEndOfStream } from '../../../electron/engine/pdf/stream-end';
import { CORPUS } from '../../corpus';

type Fallback = (this: unknown, startPos: unknown) => number;
interface Cursor {
  idx: number;
  line: number;
  column: number;
}
interface Matcher {
  bytes: Cursor & { done(): boolean; offset(): number; next(): number };
  matchKeyword(keyword: readonly number[]): boolean;
}

const codes = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** pdf-lib's own PDFObjectParser.findEndOfStreamFallback (1.17.1), as it was before stream-end.ts replaced it. */
function pdfLibFallback(this: Matcher, startPos: unknown): number {
  let nestingLvl = 1;
  let end = this.bytes.offset();
  while (!this.bytes.done()) {
    end = this.bytes.offset();
    if (this.matchKeyword(codes('stream'))) nestingLvl += 1;
    else if (
      this.matchKeyword(codes('\r\nendstream')) ||
      this.matchKeyword(codes('\rendstream')) ||
      this.matchKeyword(codes('\nendstream')) ||
      this.matchKeyword(codes('endstream'))
    )
      nestingLvl -= 1;
    else this.bytes.next();
    if (nestingLvl === 0) break;
  }
  if (nestingLvl !== 0) throw new PDFStreamParsingError(startPos as never);
  return end;
}

const proto = PDFObjectParser.prototype as unknown as { findEndOfStreamFallback: Fallback };

/** Runs `body` with pdf-lib's own search in place, then puts the fast one back. */
async function withPdfLibSearch<T>(body: () => Promise<T> | T): Promise<T> {
  proto.findEndOfStreamFallback = pdfLibFallback as Fallback;
  try {
    return await body();
  } finally {
    proto.findEndOfStreamFallback = fastEndOfStream as Fallback;
  }
}

/** Where each search ends, and where it leaves the parser (offset, line, column), or the error it throws. */
function searchFrom(bytes: Uint8Array, from: number): unknown {
  const parser = PDFParser.forBytesWithOptions(bytes) as unknown as Matcher & { findEndOfStreamFallback: Fallback };
  parser.bytes.idx = from;
  const startPos = { line: 0, column: 0, offset: 0 };
  try {
    const end = parser.findEndOfStreamFallback(startPos);
    return { end, idx: parser.bytes.idx, line: parser.bytes.line, column: parser.bytes.column };
  } catch (error) {
    return { error: (error as Error).constructor.name, message: (error as Error).message };
  }
}

/** Each object of a parsed file: its number and, for a stream, its data's length and first and last bytes. */
async function parsedObjects(bytes: Uint8Array): Promise<string[]> {
  const context = await PDFParser.forBytesWithOptions(bytes, Infinity, false, false).parseDocument();
  return context.enumerateIndirectObjects().map(([ref, object]) => {
    if (!(object instanceof PDFRawStream)) return `${ref.toString()} ${object.constructor.name}`;
    const data = object.contents;
    return `${ref.toString()} stream ${data.length} ${data.subarray(0, 8).join(',')} ${data.subarray(-8).join(',')}`;
  });
}

const SAMPLES = [
  'abc\nendstream',
  'abc\r\nendstream',
  'abc\rendstream',
  'abcendstream',
  'data with s and e and \r and \n in it\nendstream',
  'nested stream inner endstream outer\nendstream',
  'st stre strea endstrea\rendstrea\r\nendstreamX',
  'never ends: stream stream endstream',
  '',
  'e',
  '\n\n\r\r\r\n',
  'ssss eeee\nendstream tail',
];

describe('the end of a stream without a numeric /Length (stream-end.ts)', () => {
  it('is installed on PDFObjectParser, which the file parser inherits', () => {
    expect(proto.findEndOfStreamFallback).toBe(fastEndOfStream);
    expect((PDFParser.prototype as unknown as { findEndOfStreamFallback: Fallback }).findEndOfStreamFallback).toBe(
      fastEndOfStream,
    );
  });

  it("ends where pdf-lib's own search ends, and leaves the parser where it left it", async () => {
    for (const text of SAMPLES) {
      const bytes = Uint8Array.from(codes(text));
      for (let from = 0; from <= bytes.length; from++) {
        const fast = searchFrom(bytes, from);
        const slow = await withPdfLibSearch(() => searchFrom(bytes, from));
        expect(fast, JSON.stringify({ text, from })).toEqual(slow);
      }
    }
  });

  it('does so on random bytes rich in the keywords', async () => {
    const alphabet = codes('stream\r\nendXY ');
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 200; run++) {
      const bytes = Uint8Array.from(
        { length: 40 + Math.floor(random() * 200) },
        () => alphabet[Math.floor(random() * alphabet.length)]!,
      );
      const fast = searchFrom(bytes, 0);
      const slow = await withPdfLibSearch(() => searchFrom(bytes, 0));
      expect(fast).toEqual(slow);
    }
  });

  it('parses the corpus scans to the same objects', async () => {
    const folder = join(CORPUS, 'scans');
    const files = readdirSync(folder).filter((name) => name.endsWith('.pdf'));
    expect(files).toContain('c02-22.pdf');
    for (const name of files) {
      const bytes = new Uint8Array(readFileSync(join(folder, name)));
      const fast = await parsedObjects(bytes);
      const slow = await withPdfLibSearch(() => parsedObjects(bytes));
      expect(fast, name).toEqual(slow);
    }
  });
});
