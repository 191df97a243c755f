import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFDocument } from 'pdf-lib';
import { componentsOf, type ImageSpec } from '../compress/image-spec';

/**
 * A Flate-compressed image must inflate cleanly to at least the bytes its size declares.
 * pdf.js papers over a broken Flate stream (it shows an empty image); poppler and others
 * report errors or draw garbage. This check inflates the data itself (Node's zlib, capped
 * just above the declared size so a bomb costs nothing) and says what is wrong, or null.
 */
export function flateDamage(stream: PDFRawStream, spec: ImageSpec): string | null {
  const params = decodeParms(stream.dict);
  const predictor = number(params, 'Predictor') ?? 1;
  const colors = number(params, 'Colors') ?? (spec.colourLabel === 'ImageMask' ? 1 : spec.colour ? componentsOf(spec.colour) : 0);
  if (colors === 0 || spec.width <= 0 || spec.height <= 0) return null; // colour space not understood: not judged here
  const bpc = number(params, 'BitsPerComponent') ?? spec.bitsPerComponent;
  const columns = number(params, 'Columns') ?? spec.width;
  const rowBytes = Math.ceil((columns * colors * bpc) / 8);
  // PNG predictors (10–15) add one tag byte per row.
  const expected = spec.height * (rowBytes + (predictor >= 10 ? 1 : 0));
  let inflated: Buffer;
  try {
    inflated = inflateSync(stream.contents, { maxOutputLength: expected + 1024 });
  } catch (error) {
    // More data than needed is harmless (and where the cap stopped us).
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    return `Flate data is damaged (${(error as Error).message})`;
  }
  if (inflated.length < expected) return `data ends before its declared size (${inflated.length} of ${expected} bytes)`;
  return null;
}

function decodeParms(dict: PDFDict): PDFDict | undefined {
  const value = dict.lookup(PDFName.of('DecodeParms'));
  if (value instanceof PDFDict) return value;
  if (value instanceof PDFArray && value.size() === 1) {
    const only = value.lookup(0);
    return only instanceof PDFDict ? only : undefined;
  }
  return undefined;
}

function number(dict: PDFDict | undefined, key: string): number | undefined {
  const value = dict?.lookup(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

/** Largest inflated size a non-image stream may reach here (the engine's content-stream cap). */
const OTHER_STREAM_CAP = 64 * 1024 * 1024;

/**
 * Every other Flate stream of the output (page contents, fonts, patterns …) must inflate
 * without a zlib error: a damaged content stream makes viewers drop part of a page (poppler
 * says "Bad block header in flate stream"), while pdf-lib and pdf.js open the file happily.
 * Image streams are judged by flateDamage above; streams over the cap are left to the budgets.
 * Returns the object numbers of damaged streams.
 */
export function damagedFlateStreams(doc: PDFDocument): string[] {
  const damaged: string[] = [];
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const dict = object.dict;
    if (dict.lookup(PDFName.of('Subtype')) === PDFName.of('Image')) continue;
    const filter = dict.lookup(PDFName.of('Filter'));
    const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter;
    if (only !== PDFName.of('FlateDecode') && only !== PDFName.of('Fl')) continue;
    try {
      inflateSync(object.contents, { maxOutputLength: OTHER_STREAM_CAP });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') continue;
      damaged.push(`${ref.objectNumber} ${ref.generationNumber} R`);
    }
  }
  return damaged;
}
