import { PDFContext, PDFDict, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { deflateSync } from 'node:zlib';
import { encodeJpeg, isEffectivelyGrey } from './encode';
import type { Pixels } from './image-pixels';
import { resizeRaw, toGrey } from './image-pixels';
import type { EncodedTextLayer } from './text-layer-codec';
import type { InkTally } from './bilevel';

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

/**
 * The ink colour as a DeviceGray level 0…1: the mean level of the ink (every 7th pixel of the page under the
 * mask is plenty for a mean), tallied by paintOverInk (bilevel.ts) before it paints the ink over.
 */
export function inkGrey(tally: InkTally): number {
  const { sum, count } = tally;
  // Scans lift black ink to 30–60; painting it a little darker than measured keeps thin strokes crisp.
  return count === 0 ? 0 : Math.max(0, Math.min(0.4, (sum / count / 255) * 0.6));
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
