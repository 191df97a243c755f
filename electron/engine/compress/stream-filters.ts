import { inflateSync, constants as zlibConstants } from 'node:zlib';
import { PDFArray, PDFBool, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFStream, decodePDFRawStream } from 'pdf-lib';

/**
 * Decoding of PDF stream filters. Flate goes through Node's zlib (native, far faster
 * than pdf-lib's JavaScript inflater on multi-megabyte scans); the rarer filters
 * (LZW, ASCII85, ASCIIHex, RunLength) reuse pdf-lib's decoders. Predictors (PNG and
 * TIFF) are undone here because pdf-lib ignores them.
 */

export function filterNames(dict: PDFDict): string[] {
  const filter = dict.lookup(PDFName.of('Filter'));
  if (filter instanceof PDFName) return [filter.decodeText()];
  if (filter instanceof PDFArray) {
    const names: string[] = [];
    for (let i = 0; i < filter.size(); i++) {
      const f = filter.lookup(i);
      if (f instanceof PDFName) names.push(f.decodeText());
    }
    return names;
  }
  return [];
}

function decodeParms(dict: PDFDict, index: number): PDFDict | undefined {
  const parms = dict.lookup(PDFName.of('DecodeParms')) ?? dict.lookup(PDFName.of('DP'));
  if (parms instanceof PDFDict) return index === 0 ? parms : undefined;
  if (parms instanceof PDFArray) {
    const p = parms.lookup(index);
    return p instanceof PDFDict ? p : undefined;
  }
  return undefined;
}

function num(dict: PDFDict | undefined, key: string, fallback: number): number {
  const v = dict?.lookup(PDFName.of(key));
  return v instanceof PDFNumber ? v.asNumber() : fallback;
}

/**
 * Why decoders have output caps: a 5.7 kB Flate-in-Flate stream inflates to 3 GiB, and the
 * worker's heap limit does not bound Node's native buffers (issue 18 measured 10 GB resident).
 * Every decode therefore says how much output it may produce, derived by the caller from what
 * the stream is for (an image's declared geometry, a fixed cap for content streams).
 */
export class DecodeLimitError extends Error {
  constructor(readonly limitBytes: number) {
    super(`stream decodes to more than ${limitBytes} bytes`);
    this.name = 'DecodeLimitError';
  }
}

/**
 * A page's content stream (or a form XObject's) may not decode beyond this. Real content streams
 * are kilobytes to a few megabytes (text, vector drawings); 64 MiB is far above any we have seen.
 */
export const CONTENT_STREAM_CAP = 64 * 1024 * 1024;
/** Small helper streams (colour lookup tables, ICC profiles, functions). */
export const SMALL_STREAM_CAP = 16 * 1024 * 1024;

const isTooLarge = (error: unknown) => (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';

/** Inflate at most `maxBytes`, tolerating a missing end (many scanners write slightly truncated streams). */
export function inflateTolerant(data: Uint8Array, maxBytes: number): Uint8Array {
  // zlib stops and throws as soon as the output would pass maxOutputLength: nothing beyond it is allocated.
  try {
    return inflateSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    if (isTooLarge(error)) throw new DecodeLimitError(maxBytes);
    try {
      return inflateSync(data, { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: maxBytes });
    } catch (retryError) {
      if (isTooLarge(retryError)) throw new DecodeLimitError(maxBytes);
      throw retryError;
    }
  }
}

/** Run one of pdf-lib's decoders (LZW, RunLength, ASCII85, ASCIIHex) a chunk at a time, stopping past `maxBytes`. */
function decodeWithPdfLib(single: PDFRawStream, maxBytes: number): Uint8Array {
  const decoder = decodePDFRawStream(single);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = decoder.getBytes(1024 * 1024);
    if (chunk.length === 0) break;
    total += chunk.length;
    if (total > maxBytes) throw new DecodeLimitError(maxBytes);
    chunks.push(new Uint8Array(chunk)); // a copy: the decoder reuses its buffer
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Decode all filters of a stream except a trailing image codec (DCTDecode, JPXDecode,
 * CCITTFaxDecode, JBIG2Decode), which is returned as `codec` for the caller. No stage may
 * produce more than `maxBytes` (DecodeLimitError).
 */
export function decodeStream(stream: PDFStream, maxBytes: number): { bytes: Uint8Array; codec: string | null } {
  if (!(stream instanceof PDFRawStream)) {
    const contents = stream.getContents();
    if (contents.length > maxBytes) throw new DecodeLimitError(maxBytes);
    return { bytes: contents, codec: null };
  }
  const names = filterNames(stream.dict);
  const imageCodecs = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'CCITTFaxDecode', 'CCF', 'JBIG2Decode']);
  let bytes: Uint8Array = stream.contents;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (imageCodecs.has(name)) {
      return { bytes, codec: name === 'DCT' ? 'DCTDecode' : name === 'CCF' ? 'CCITTFaxDecode' : name };
    }
    if (name === 'FlateDecode' || name === 'Fl') {
      bytes = inflateTolerant(bytes, maxBytes);
    } else {
      // One filter at a time through pdf-lib, by wrapping the bytes in a single-filter stream.
      const single = PDFRawStream.of(stream.dict.clone(), bytes);
      single.dict.set(PDFName.of('Filter'), PDFName.of(name));
      single.dict.delete(PDFName.of('DecodeParms'));
      bytes = decodeWithPdfLib(single, maxBytes);
    }
    if (name === 'FlateDecode' || name === 'Fl' || name === 'LZWDecode' || name === 'LZW') {
      bytes = undoPredictor(bytes, decodeParms(stream.dict, i));
    }
  }
  return { bytes, codec: null };
}

/** Undo PNG (10–15, per-row filter byte) and TIFF (2) predictors. */
export function undoPredictor(data: Uint8Array, parms: PDFDict | undefined): Uint8Array {
  const predictor = num(parms, 'Predictor', 1);
  if (predictor <= 1) return data;
  const colors = num(parms, 'Colors', 1);
  const bpc = num(parms, 'BitsPerComponent', 8);
  const columns = num(parms, 'Columns', 1);
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowBytes = Math.ceil((colors * bpc * columns) / 8);

  if (predictor === 2) {
    if (bpc !== 8) return data; // TIFF predictor with sub-byte samples is vanishingly rare in scans.
    const out = new Uint8Array(data);
    for (let row = 0; row + rowBytes <= out.length; row += rowBytes) {
      for (let k = bpp; k < rowBytes; k++) out[row + k] = (out[row + k]! + out[row + k - bpp]!) & 0xff;
    }
    return out;
  }

  const rows = Math.floor(data.length / (rowBytes + 1));
  const out = new Uint8Array(rows * rowBytes);
  let prev = new Uint8Array(rowBytes);
  for (let r = 0; r < rows; r++) {
    const src = r * (rowBytes + 1);
    const type = data[src]!;
    const cur = out.subarray(r * rowBytes, (r + 1) * rowBytes);
    cur.set(data.subarray(src + 1, src + 1 + rowBytes));
    switch (type) {
      case 1:
        for (let k = bpp; k < rowBytes; k++) cur[k] = (cur[k]! + cur[k - bpp]!) & 0xff;
        break;
      case 2:
        for (let k = 0; k < rowBytes; k++) cur[k] = (cur[k]! + prev[k]!) & 0xff;
        break;
      case 3:
        for (let k = 0; k < rowBytes; k++) cur[k] = (cur[k]! + (((k >= bpp ? cur[k - bpp]! : 0) + prev[k]!) >> 1)) & 0xff;
        break;
      case 4:
        for (let k = 0; k < rowBytes; k++) {
          const a = k >= bpp ? cur[k - bpp]! : 0;
          const b = prev[k]!;
          const c = k >= bpp ? prev[k - bpp]! : 0;
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          cur[k] = (cur[k]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 0xff;
        }
        break;
      default:
        break; // 0 = None
    }
    prev = cur;
  }
  return out;
}

/**
 * The most an image XObject's filters may produce, from its declared geometry: rows of
 * Width × components × BitsPerComponent bits, one predictor byte per row, for Height rows
 * (components taken as 4, the most of any colour space we decode, so no real image is cut).
 * Encoded data inside (e.g. Flate around DCT) is smaller than the samples it describes.
 * Missing or absurd geometry gets the content cap.
 */
export function imageStreamCap(dict: PDFDict): number {
  const width = num(dict, 'Width', 0);
  const height = num(dict, 'Height', 0);
  const bpc = dict.lookup(PDFName.of('ImageMask')) === PDFBool.True ? 1 : num(dict, 'BitsPerComponent', 8);
  if (!(width > 0 && height > 0 && bpc > 0 && bpc <= 16)) return CONTENT_STREAM_CAP;
  const rowBytes = Math.ceil((width * 4 * bpc) / 8) + 1;
  return rowBytes * height + 64 * 1024;
}
