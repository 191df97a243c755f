import { createInflate, constants as zlibConstants } from 'node:zlib';
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { MAX_DECODE_PIXELS } from '../compress/image-spec';
import { CONTENT_STREAM_CAP, DecodeLimitError, decodeStream, filterNames, imageStreamCap } from '../compress/stream-filters';
import { engineError } from '../errors';
import { loadPdfSharingInput } from './parse-speed';

/**
 * The decode budget of one input PDF, checked once right after it is opened (decrypted), before
 * anything else decodes it: every stream with a generic filter (Flate, LZW, RunLength, ASCII)
 * is inflated up to its cap and dropped — an image up to what its declared geometry needs, any
 * other stream up to the content cap — and every image must be within the pixel budget.
 * A bomb (kilobytes that inflate to gigabytes) is refused here with its own error, in
 * milliseconds and bounded memory, instead of being found by the compress or validate stage.
 */

const GENERIC_FILTERS = new Set([
  'FlateDecode',
  'Fl',
  'LZWDecode',
  'LZW',
  'RunLengthDecode',
  'RL',
  'ASCII85Decode',
  'A85',
  'ASCIIHexDecode',
  'AHx',
]);

function numberOf(stream: PDFRawStream, key: string): number {
  const value = stream.dict.lookup(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : 0;
}

function isPlainFlate(stream: PDFRawStream): boolean {
  const names = filterNames(stream.dict);
  return names.length === 1 && (names[0] === 'FlateDecode' || names[0] === 'Fl');
}

/**
 * Inflate as a stream, counting and dropping the output: the check needs the size, not the data. Inflated
 * whole, the 9000 × 9000 image of tests/corpus/scans/multipage.pdf held 243 MB here, twice per command
 * (client reading and preparation), for nothing (issue 15's memory target). Same rule as inflateTolerant:
 * a stream missing its end gives what it has (Z_SYNC_FLUSH); damaged data throws an ordinary error.
 */
async function countInflated(data: Uint8Array, cap: number): Promise<void> {
  const inflate = createInflate({ chunkSize: 1024 * 1024, finishFlush: zlibConstants.Z_SYNC_FLUSH });
  let total = 0;
  const counting = (async () => {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > cap) {
        inflate.destroy();
        throw new DecodeLimitError(cap);
      }
    }
  })();
  inflate.end(data);
  await counting;
}

export async function checkDecodeBudget(bytes: Uint8Array, file: string): Promise<void> {
  let doc: PDFDocument;
  try {
    // Streams as views into `bytes` (the caller's, kept meanwhile): this check only reads them.
    doc = await loadPdfSharingInput(bytes);
  } catch {
    return; // qpdf opened it; a file pdf-lib cannot parse is the later stages' business (they report it)
  }
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const isImage = object.dict.lookup(PDFName.of('Subtype')) === PDFName.of('Image');
    if (isImage) {
      const width = numberOf(object, 'Width');
      const height = numberOf(object, 'Height');
      if (width * height > MAX_DECODE_PIXELS) {
        throw engineError('PDF_IMAGE_TOO_LARGE', file, { width, height, megapixels: MAX_DECODE_PIXELS / 1_000_000 });
      }
    }
    if (!filterNames(object.dict).some((name) => GENERIC_FILTERS.has(name))) continue;
    const cap = isImage ? imageStreamCap(object.dict) : CONTENT_STREAM_CAP;
    try {
      if (isPlainFlate(object)) await countInflated(object.contents, cap);
      else decodeStream(object, cap);
    } catch (error) {
      if (error instanceof DecodeLimitError) {
        throw engineError('PDF_STREAM_TOO_LARGE', file, { megabytes: Math.round(cap / (1024 * 1024)) }, error);
      }
      // A stream that is merely damaged is not a bomb: viewers show what they can, so do the later stages.
    }
  }
}
