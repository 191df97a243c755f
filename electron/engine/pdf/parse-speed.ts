import { PDFDocument } from 'pdf-lib';
// Parsed streams are views of the file, not copies (pdf/parse-views.ts).
import './parse-views';

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
