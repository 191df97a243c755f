import { PDFContext, PDFDocument, PDFParser } from 'pdf-lib';
// A stream whose /Length is an object reference is found to its end in one tight loop, not byte by byte (stream-end.ts).
import './stream-end';

/**
 * How many objects pdf-lib parses before it yields to the event loop (its `parseSpeed` option).
 * pdf-lib's default (100) waits for a `setTimeout(0)` every 100 objects: at least 1 ms each, far
 * more on a busy machine, so loading a 5,000-page file spent over a second waiting, not parsing.
 * The engine runs on worker threads, where nothing else needs those pauses; yielding every
 * 10,000 objects (tens of milliseconds of parsing) still lets progress and cancel messages in.
 */
export const PARSE_OBJECTS_PER_TICK = 10_000;

/**
 * pdf-lib's load as every engine stage wants it: an encrypted file's dictionaries are read as they are
 * (decryption is qpdf's job), objects pdf-lib cannot parse are skipped rather than fatal (qpdf and the
 * validate stage judge the file), the producer metadata is not rewritten, and parsing yields rarely.
 */
export function loadPdfLenient(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, {
    updateMetadata: false,
    ignoreEncryption: true,
    throwOnInvalidObject: false,
    parseSpeed: PARSE_OBJECTS_PER_TICK,
  });
}

/** pdf-lib's parser's byte source: its `slice` gives each stream's data (see loadPdfSharingInput). */
interface ParserBytes {
  bytes: Uint8Array;
  slice(start: number, end: number): Uint8Array;
}

type DocumentConstructor = new (context: PDFContext, ignoreEncryption: boolean, updateMetadata: boolean) => PDFDocument;

/**
 * loadPdfLenient, with every stream's data a view into `bytes` instead of a copy of it. pdf-lib's parser
 * copies each stream (`Uint8Array.slice`), so a scan's image data was held twice while the document was
 * open: the 30-page grey scan's 79 MB beside its 79 MB input for the whole compress stage, and again in the
 * sanitise stage, which were its peaks (issue 15's 400 MB target). Only for a caller that keeps `bytes` alive
 * and unchanged as long as the document (both stages hand their input back when they change nothing) and
 * never writes into a stream's data (the compressor's decoders copy a stream's data before painting into it:
 * image-pixels.ts; the sanitiser replaces streams, never edits them).
 * The same objects as PDFDocument.load builds (its own steps: parse, then the document over the context).
 */
export async function loadPdfSharingInput(bytes: Uint8Array): Promise<PDFDocument> {
  const parser = PDFParser.forBytesWithOptions(bytes, PARSE_OBJECTS_PER_TICK, false, false);
  const source = (parser as unknown as { bytes: ParserBytes }).bytes;
  source.slice = (start, end) => source.bytes.subarray(start, end);
  const context = await parser.parseDocument();
  return new (PDFDocument as unknown as DocumentConstructor)(context, true, false);
}
