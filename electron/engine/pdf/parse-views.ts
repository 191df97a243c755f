import { PDFParser } from 'pdf-lib';

/**
 * pdf-lib's parser copies every stream's data out of the file it parses (ByteStream.slice is
 * Uint8Array.slice). The engine keeps the file it parses alive for as long as the parsed document
 * anyway (the stage's input, held by its caller), so each parse held the file's streams twice: on the
 * 30-page grey scan 79 MB more through compression, where the process's memory peaks (issue 15's
 * 400 MB target, which pdf.js's check worker, now started before the pages, also has to fit in).
 * Here the parser hands out views of the file instead: the same bytes, no copy.
 *
 * Safe because neither pdf-lib nor the engine writes into a parsed stream's data: pdf-lib's clone()
 * copies (PDFRawStream.clone), and every rewrite builds a new stream. Installed once, when this module
 * is first imported (pdf/parse-speed.ts, through which the engine's stages parse).
 */
interface SliceableStream {
  bytes: Uint8Array;
  slice(start: number, end: number): Uint8Array;
}

// ByteStream is not exported: its prototype is reached through a parser's.
const probe = PDFParser.forBytesWithOptions(new Uint8Array(0)) as unknown as { bytes: SliceableStream };
const byteStream = Object.getPrototypeOf(probe.bytes) as SliceableStream;

function slice(this: SliceableStream, start: number, end: number): Uint8Array {
  return this.bytes.subarray(start, end);
}

byteStream.slice = slice;

/** For tests: whether parsed streams are views of the parsed file. */
export const parsesToViews = (): boolean => byteStream.slice === slice;
