import { inflateSync, constants as zlibConstants } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFStream, decodePDFRawStream } from 'pdf-lib';

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

/** Inflate, tolerating a missing end (many scanners write slightly truncated streams). */
export function inflateTolerant(data: Uint8Array): Uint8Array {
  try {
    return inflateSync(data);
  } catch {
    return inflateSync(data, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  }
}

/**
 * Decode all filters of a stream except a trailing image codec (DCTDecode, JPXDecode,
 * CCITTFaxDecode, JBIG2Decode), which is returned as `codec` for the caller.
 */
export function decodeStream(stream: PDFStream): { bytes: Uint8Array; codec: string | null } {
  if (!(stream instanceof PDFRawStream)) return { bytes: stream.getContents(), codec: null };
  const names = filterNames(stream.dict);
  const imageCodecs = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'CCITTFaxDecode', 'CCF', 'JBIG2Decode']);
  let bytes: Uint8Array = stream.contents;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (imageCodecs.has(name)) {
      return { bytes, codec: name === 'DCT' ? 'DCTDecode' : name === 'CCF' ? 'CCITTFaxDecode' : name };
    }
    if (name === 'FlateDecode' || name === 'Fl') {
      bytes = inflateTolerant(bytes);
    } else {
      // One filter at a time through pdf-lib, by wrapping the bytes in a single-filter stream.
      const single = PDFRawStream.of(stream.dict.clone(), bytes);
      single.dict.set(PDFName.of('Filter'), PDFName.of(name));
      single.dict.delete(PDFName.of('DecodeParms'));
      bytes = decodePDFRawStream(single).decode();
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
