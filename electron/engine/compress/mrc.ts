import { PDFContext, PDFDict, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { deflateSync } from 'node:zlib';
import { encodeJpeg, isEffectivelyGrey } from './encode';
import type { Pixels } from './image-pixels';
import { resizeRaw, toGrey } from './image-pixels';
import type { EncodedTextLayer } from './text-layer-codec';

/**
 * PDF objects for text and mixed pages.
 *
 * Text page: one 1-bit DeviceGray image, /CCITTFaxDecode or /JBIG2Decode (text-layer-codec.ts).
 * It replaces the scan's image XObject in place, so the page's content stream (and its CTM) is untouched.
 *
 * Mixed page (MRC, as in DjVu and archive-pdf-tools): the scan's image XObject becomes a form
 * XObject over the same unit square, painting a low-resolution JPEG background (paper, stamps,
 * signatures, photos, in colour or grey) and then the full-resolution 1-bit text as an /ImageMask
 * in the ink colour. A form is drawn by the same `Do` as an image, so again nothing else changes.
 */

export function ccittDecodeParms(context: PDFContext, width: number, height: number): PDFDict {
  // K -1: pure two-dimensional (Group 4). BlackIs1 false (the default): 0 is black, as libtiff
  // codes a min-is-white image. EndOfBlock false: a TIFF G4 strip from libtiff carries no EOFB, so
  // the decoder must stop after Rows rows (with the default true, pdf.js reports "Bad two dim code"
  // at the end of every page, which hid real CCITT damage from the validate stage).
  return context.obj({ K: -1, Columns: width, Rows: height, BlackIs1: false, EndOfBlock: false }) as PDFDict;
}

/** A 1-bit layer as either filter decodes it: 0 is ink (G4 with BlackIs1 false; JBIG2Decode delivers JBIG2's 1 = black as 0). */
function textLayerStream(context: PDFContext, layer: EncodedTextLayer, kind: Record<string, unknown>): PDFRawStream {
  const { width, height } = layer;
  const dict = context.obj({
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ...kind,
    BitsPerComponent: 1,
    Filter: layer.codec === 'jbig2' ? 'JBIG2Decode' : 'CCITTFaxDecode',
  }) as PDFDict;
  // JBIG2: the stream holds its own page-information segment and refers to no globals: no parameters.
  if (layer.codec === 'ccitt-g4') dict.set(PDFName.of('DecodeParms'), ccittDecodeParms(context, width, height));
  return PDFRawStream.of(dict, layer.bytes);
}

export function textImageStream(context: PDFContext, layer: EncodedTextLayer): PDFRawStream {
  return textLayerStream(context, layer, { ColorSpace: 'DeviceGray' });
}

export function textMaskStream(context: PDFContext, layer: EncodedTextLayer): PDFRawStream {
  // Sample 0 (ink) paints with the fill colour, 1 (paper) leaves the background (Decode [0 1]).
  return textLayerStream(context, layer, { ImageMask: true });
}

/** The colour layer (text already replaced by paper), shrunk and JPEG-encoded; grey when it has no visible colour. */
export async function mrcBackground(
  cleaned: Pixels,
  width: number,
  height: number,
  quality: number,
): Promise<{ bytes: Buffer; channels: 1 | 3; width: number; height: number }> {
  let small = await resizeRaw(cleaned, width, height);
  const grey = isEffectivelyGrey(small);
  if (grey && small.channels === 3) small = toGrey(small);
  const encoded = await encodeJpeg(small, quality, grey);
  return { ...encoded, width: small.width, height: small.height };
}

/** The ink colour: the mean of the darkest pixels under the mask, as a DeviceGray level 0…1. */
export function inkGrey(pixels: Pixels, bits: Buffer): number {
  // The sum and the count of the ink's levels; the first row alone, then the rest (sumInkRgb's comment).
  const found = new Float64Array(2);
  const sumInk = pixels.channels === 3 ? sumInkRgb : sumInkGrey;
  // Where the row's every 7th pixel goes on (at or past its end).
  const head = 7 * Math.ceil(pixels.width / 7);
  sumInk(pixels.data, bits, 0, Math.min(head, bits.length), found);
  sumInk(pixels.data, bits, head, bits.length, found);
  const sum = found[0]!;
  const count = found[1]!;
  // Scans lift black ink to 30–60; painting it a little darker than measured keeps thin strokes crisp.
  return count === 0 ? 0 : Math.max(0, Math.min(0.4, (sum / count / 255) * 0.6));
}

/*
 * inkGrey's pass over every 7th pixel from `from` (a multiple of 7) up to `to`, carrying on the
 * sum and count in `found`: every 7th ink pixel is plenty for a mean. Shaped for the JIT (issue 15's wall
 * time), as classify-page.ts' countClassesRgb: V8 compiles this loop while it runs, and an operation not yet run
 * then (the ink path, as the top of a page is paper; the stores after the loop) threw the compiled code away.
 * So ink adds its level times 1 and paper times 0 (the same sum: adding 0 changes nothing), and the stores
 * have run in the first row's call. The sum is carried on, not added up from parts: the same additions in
 * the same order, so the same double as before.
 */

function sumInkRgb(data: Uint8Array, bits: Uint8Array, from: number, to: number, found: Float64Array): void {
  let sum = found[0]!;
  let count = found[1]!;
  for (let i = from; i < to; i += 7) {
    const ink = bits[i] === 0 ? 1 : 0;
    sum += ink * ((data[i * 3]! * 299 + data[i * 3 + 1]! * 587 + data[i * 3 + 2]! * 114) / 1000);
    count += ink;
  }
  found[0] = sum;
  found[1] = count;
}

function sumInkGrey(data: Uint8Array, bits: Uint8Array, from: number, to: number, found: Float64Array): void {
  let sum = found[0]!;
  let count = found[1]!;
  for (let i = from; i < to; i += 7) {
    const ink = bits[i] === 0 ? 1 : 0;
    sum += ink * data[i]!;
    count += ink;
  }
  found[0] = sum;
  found[1] = count;
}

export interface MrcObjects {
  form: PDFRawStream;
  /** Objects registered for the background and the mask (to delete when a later rung replaces them). */
  registered: PDFRef[];
}

export function mrcForm(
  context: PDFContext,
  background: { bytes: Buffer; channels: 1 | 3; width: number; height: number },
  mask: EncodedTextLayer,
  ink: number,
): MrcObjects {
  const bgDict = context.obj({
    Type: 'XObject',
    Subtype: 'Image',
    Width: background.width,
    Height: background.height,
    ColorSpace: background.channels === 1 ? 'DeviceGray' : 'DeviceRGB',
    BitsPerComponent: 8,
    Filter: 'DCTDecode',
  }) as PDFDict;
  const bgRef = context.register(PDFRawStream.of(bgDict, background.bytes));
  const maskRef = context.register(textMaskStream(context, mask));
  const content = `q /Bg Do Q q ${ink.toFixed(3)} g /Tx Do Q`;
  const formDict = context.obj({
    Type: 'XObject',
    Subtype: 'Form',
    FormType: 1,
    BBox: [0, 0, 1, 1],
    Resources: { XObject: { Bg: bgRef, Tx: maskRef } },
    Filter: 'FlateDecode',
  }) as PDFDict;
  return { form: PDFRawStream.of(formDict, deflateSync(Buffer.from(content, 'latin1'))), registered: [bgRef, maskRef] };
}
