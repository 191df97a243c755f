import { createHash } from 'node:crypto';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import type { PlannedImage } from '../compress/image-plan';
import { ownJbig2Samples } from '../compress/own-streams';
import type { AloneImages, DecodeFailure } from './decode-check';

/**
 * Our JBIG2 text layers, decoded by pdf.js and compared with what was encoded. Arithmetic-coded
 * data has no invalid codes, so neither damage nor an encoder fault makes any decoder complain: the
 * data just decodes to other pixels. pdf.js (an independent decoder: pdfium's, in WebAssembly)
 * decodes each of them and reports the digest of its samples, which must be the one taken when it
 * was encoded. An input's JBIG2 is not ours and has no reference: pdf.js's decode of its pages
 * (errors, budgets) is its check. Ours are known by length and segment headers (own-streams.ts), so
 * bytes damaged after encoding are still compared.
 *
 * Each of ours is decoded on its own (alone()): a small PDF whose page n draws only the n-th, under a
 * copy of its own image dictionary (size, mask or colour space, Decode), so pdf.js reads it as the
 * output's page would. Its page in the output then needs no decode of its other images, which are
 * ours too (the MRC background JPEG): on the 10-page typed scan that was about a fifth of the
 * check's time (session 7). A stream whose dictionary holds anything else is left to its page.
 */

/** Image dictionary entries copied for the decode on its own: all that decides the samples pdf.js makes. */
const COPIED = ['Width', 'Height', 'BitsPerComponent', 'ColorSpace', 'ImageMask', 'Decode', 'Filter'];

export interface OwnJbig2Plan {
  /** What to decode on its own; null when none of ours can be. */
  alone: AloneImages | null;
  /** For each image key decoded on its own, its page number in `alone`. */
  aloneIndex: Map<string, number>;
}

/** Our JBIG2 streams among `drawn`, in a PDF of their own (one page each). */
export async function ownJbig2Alone(drawn: readonly PlannedImage[]): Promise<OwnJbig2Plan> {
  const aloneIndex = new Map<string, number>();
  const ours = drawn.filter((image) => image.stream instanceof PDFRawStream && isOwnJbig2(image.stream));
  if (ours.length === 0) return { alone: null, aloneIndex };
  ours.forEach((image, i) => aloneIndex.set(image.key, i + 1));
  const bytes = await aloneDocument(ours.map((image) => image.stream as PDFRawStream));
  return { alone: { bytes, pages: ours.map((image) => image.pages[0] ?? 1) }, aloneIndex };
}

/** A JBIG2 stream this thread encoded (own-streams.ts) whose dictionary can be copied into a file of its own. */
export function isOwnJbig2(stream: PDFRawStream): boolean {
  const filter = stream.dict.get(PDFName.of('Filter'));
  return filter === PDFName.of('JBIG2Decode') && ownJbig2Samples(stream.contents) !== undefined && copyable(stream.dict);
}

/** A PDF whose page n draws only `streams[n − 1]`, under a copy of its image dictionary (COPIED). */
export async function aloneDocument(streams: readonly PDFRawStream[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const stream of streams) {
    const dict = doc.context.obj({ Type: 'XObject', Subtype: 'Image' });
    for (const key of COPIED) {
      const value = stream.dict.get(PDFName.of(key));
      if (value) dict.set(PDFName.of(key), value);
    }
    const ref = doc.context.register(PDFRawStream.of(dict, stream.contents));
    const width = dimension(stream.dict, 'Width');
    const height = dimension(stream.dict, 'Height');
    const page = doc.addPage([width, height]);
    page.node.setXObject(PDFName.of('I'), ref);
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(`q ${width} 0 0 ${height} 0 0 cm /I Do Q`)));
  }
  return doc.save({ addDefaultPage: false });
}

/**
 * What decides a stream's samples in pdf.js: its bytes and the dictionary entries copied (COPIED). Two
 * streams with the same identity decode to the same samples (validate/early-check.ts relies on it).
 */
export function jbig2Identity(stream: PDFRawStream): string {
  const entries = COPIED.map((key) => `${key}=${String(stream.dict.get(PDFName.of(key)) ?? '')}`);
  return `${createHash('sha256').update(stream.contents).digest('hex')}|${entries.join('|')}`;
}

function dimension(dict: PDFDict, key: string): number {
  const value = dict.get(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : 1;
}

/** Only direct names, numbers, booleans and arrays of numbers: nothing to resolve in the output. */
function copyable(dict: PDFDict): boolean {
  for (const [key, value] of dict.entries()) {
    if (!COPIED.includes(key.asString().slice(1))) continue;
    const direct =
      value instanceof PDFName ||
      value instanceof PDFNumber ||
      value instanceof PDFBool ||
      (value instanceof PDFArray && value.asArray().every((v) => v instanceof PDFNumber));
    if (!direct) return false;
  }
  return !dict.has(PDFName.of('DecodeParms'));
}

/** What pdf.js made of the streams decoded on their own (PdfjsCheck); `checked` false when it did not finish them. */
export interface AloneDecode {
  aloneIndex: ReadonlyMap<string, number>;
  checked: boolean;
  digests: Readonly<Record<number, readonly string[]>>;
  failures: readonly DecodeFailure[];
}

const NOT_ALONE: AloneDecode = { aloneIndex: new Map(), checked: false, digests: {}, failures: [] };

/**
 * Each of our JBIG2 streams whose decode is not what was encoded, on every page that draws it: from
 * its decode on its own or, if it had none, from its page's (`decoded`, by page). A check that was
 * stopped (budget, no worker) is reported by validation as such, not here.
 */
export function jbig2Mismatches(
  drawn: readonly PlannedImage[],
  decoded: Readonly<Record<number, readonly string[]>>,
  alone: AloneDecode = NOT_ALONE,
): { page: number; detail: string }[] {
  const found: { page: number; detail: string }[] = [];
  for (const image of drawn) {
    if (!(image.stream instanceof PDFRawStream) || image.spec.filterLabel !== 'JBIG2Decode') continue;
    const expected = ownJbig2Samples(image.stream.contents);
    if (expected === undefined) continue;
    const n = alone.aloneIndex.get(image.key);
    if (n !== undefined) {
      if (!alone.checked || alone.digests[n]?.some((digest) => expected.includes(digest))) continue;
      const failure = alone.failures.find((f) => f.page === n);
      const detail = failure
        ? `the JBIG2 text layer could not be decoded (${failure.detail})`
        : 'the JBIG2 text layer does not decode to the pixels that were encoded';
      for (const page of image.pages) found.push({ page, detail });
      continue;
    }
    for (const page of image.pages) {
      if (decoded[page]?.some((digest) => expected.includes(digest))) continue;
      found.push({ page, detail: 'the JBIG2 text layer does not decode to the pixels that were encoded' });
    }
  }
  return found;
}
