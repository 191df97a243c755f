import { PDFObjectParser, PDFStreamParsingError } from 'pdf-lib';

/**
 * Where a stream whose /Length is not a plain number ends. Many scanners and Ghostscript write `/Length 5 0 R`
 * (an object further on in the file), and pdf-lib then looks for `endstream` itself
 * (PDFObjectParser.findEndOfStreamFallback): at every byte of the stream's data it tries five keywords, each a
 * method call per byte compared, so a parse of such a file cost about 0.1 µs for every byte of its streams. A
 * one-page 185 kB scan took 18 ms of its 25 ms parse there, on the command's serial start (the client's reading
 * and the font check parse the original); a 30 MB scan written that way would take seconds per parse.
 *
 * This is the same search, faster: the bytes that can start none of the keywords (all but `s`, `e`, CR and LF) are
 * skipped with the array's native search (indexOf), and at the others each keyword is compared as pdf-lib compares it. It gives the same
 * end, leaves the parser at the same offset, and even keeps pdf-lib's line and column counts as they were (they only
 * feed its error messages, and pdf-lib counts every byte a failed keyword read). A stream that never ends still
 * throws PDFStreamParsingError from the stream's start.
 *
 * Installed once, when this module is first imported (pdf/parse-speed.ts imports it: every stage's parse goes
 * through there), on PDFObjectParser, which PDFParser and PDFObjectStreamParser extend.
 */

/** pdf-lib's ByteStream, whose fields this search reads and moves as its own methods do. */
interface ByteCursor {
  bytes: Uint8Array;
  idx: number;
  length: number;
  line: number;
  column: number;
}

const LF = 0x0a;
const CR = 0x0d;
const LOWER_E = 0x65;
const LOWER_S = 0x73;

const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** The keywords in pdf-lib's order, with the change each makes to the nesting: `stream` opens, the others close. */
const KEYWORDS: readonly { bytes: Uint8Array; nesting: number }[] = [
  { bytes: bytesOf('stream'), nesting: 1 },
  { bytes: bytesOf('\r\nendstream'), nesting: -1 },
  { bytes: bytesOf('\rendstream'), nesting: -1 },
  { bytes: bytesOf('\nendstream'), nesting: -1 },
  { bytes: bytesOf('endstream'), nesting: -1 },
];
/** How many bytes pdf-lib reads at a byte that starts no keyword: one per keyword tried, then the byte itself. */
const READS_PER_PLAIN_BYTE = KEYWORDS.length + 1;

/** The bytes that can start a keyword: `s` (stream), CR, LF and `e` (the endstreams). */
const KEYWORD_STARTS = [LOWER_S, LOWER_E, CR, LF] as const;

function findEndOfStreamFallback(
  this: { bytes: ByteCursor },
  startPos: ConstructorParameters<typeof PDFStreamParsingError>[0],
): number {
  const cursor = this.bytes;
  const { bytes, length } = cursor;
  let { idx, line, column } = cursor;
  let nesting = 1;
  let end = idx;
  // Where each byte that can start a keyword next occurs (from idx on), found by the array's own native search:
  // each moves only forward, so the whole stream is searched once per byte value, however often they occur.
  const nextAt = KEYWORD_STARTS.map(() => -1);
  while (idx < length) {
    let nearest = length;
    for (let k = 0; k < KEYWORD_STARTS.length; k++) {
      if (nextAt[k]! < idx) {
        const found = bytes.indexOf(KEYWORD_STARTS[k]!, idx);
        nextAt[k] = found === -1 ? length : found;
      }
      nearest = Math.min(nearest, nextAt[k]!);
    }
    // The bytes before it start no keyword: pdf-lib reads each once per keyword and once more to pass it (none is a
    // line feed, so each only moves the column).
    column += (nearest - idx) * READS_PER_PLAIN_BYTE;
    idx = nearest;
    if (idx >= length) break;
    end = idx;
    let change = 0;
    for (const keyword of KEYWORDS) {
      // pdf-lib's matchKeyword: every byte read counts in the line and column, a mismatch moves back to the start.
      let at = idx;
      let matched = true;
      for (let k = 0; k < keyword.bytes.length; k++) {
        if (at >= length) {
          matched = false;
          break;
        }
        const read = bytes[at++]!;
        if (read === LF) {
          line += 1;
          column = 0;
        } else column += 1;
        if (read !== keyword.bytes[k]) {
          matched = false;
          break;
        }
      }
      if (matched) {
        idx = at;
        change = keyword.nesting;
        break;
      }
    }
    if (change === 0) {
      if (bytes[idx++] === LF) {
        line += 1;
        column = 0;
      } else column += 1;
    }
    nesting += change;
    if (nesting === 0) break;
  }
  cursor.idx = idx;
  cursor.line = line;
  cursor.column = column;
  if (nesting !== 0) throw new PDFStreamParsingError(startPos);
  return end;
}

(PDFObjectParser.prototype as unknown as { findEndOfStreamFallback: typeof findEndOfStreamFallback }).findEndOfStreamFallback =
  findEndOfStreamFallback;

/** For tests: the search pdf-lib's parsers now use. */
export const fastEndOfStream = findEndOfStreamFallback;
