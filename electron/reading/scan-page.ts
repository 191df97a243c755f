import sharp from 'sharp';
import { IDENTITY_MATRIX, multiplyMatrix, type PdfMatrix } from '../common/pdf-matrix';
import type { RawPixels } from './page-image';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs['getDocument']>['promise']>['getPage']>>;
type Viewport = ReturnType<PdfPage['getViewport']>;

/** An image as pdf.js's worker hands it over in Node (no ImageBitmap there): its samples, decoded. */
interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data?: Uint8Array | Uint8ClampedArray;
}

/** How far the image may be from the page's edges (a fraction of the page) and still count as covering it. */
const COVER_TOLERANCE = 0.01;

/**
 * A scanned page read without painting it: when page 1 draws exactly one image over the whole page (what a scanner
 * writes), the image pdf.js decoded is scaled by sharp to the size the page would be rendered at, and the region
 * cut from it. Painting it through pdf.js's canvas (its image put into a full-size canvas, then halved step by step
 * by drawImage) was most of a read's rendering: 0.07–0.26 s of CPU per scan on the batch's main thread (issue 16,
 * the 50-client batch reads ~100 of them). The decoding is still pdf.js's (JBIG2, CCITT, JPEG, JPEG 2000 …).
 *
 * Anything else — a rotated page, an image that is turned, flipped, or does not cover the page, a second image,
 * text or vector drawing, a mask, a shading — returns null and is rendered by pdf.js as before.
 */
export async function scanPagePixels(
  pdfjs: Pdfjs,
  page: PdfPage,
  viewport: Viewport,
  region: { top: number; width: number; height: number },
): Promise<RawPixels | null> {
  if (page.rotate % 360 !== 0) return null;
  const drawn = await onlyImageOf(pdfjs, page);
  if (!drawn || !coversPage(drawn.matrix, page.view)) return null;
  const objects = drawn.id.startsWith('g_') ? page.commonObjs : page.objs;
  const image = await new Promise<DecodedImage | null>((resolve) => objects.get(drawn.id, resolve));
  const samples = image ? samplesOf(pdfjs, image) : null;
  if (!image || !samples) return null;
  // The canvas path's size: the page's width and height rounded up (its last column and row partly painted there;
  // the image stretched by under a pixel here), and of that the region asked for.
  const fullWidth = region.width;
  const fullHeight = Math.max(1, Math.ceil(viewport.height));
  const top = Math.min(region.top, fullHeight - 1);
  const height = Math.min(region.height, fullHeight - top);
  const cut = await sharp(samples.data, { raw: { width: image.width, height: image.height, channels: samples.channels } })
    // An image with a soft mask comes as RGBA: on white, as the canvas path paints it over its white page.
    .flatten({ background: '#ffffff' })
    .resize(fullWidth, fullHeight, { fit: 'fill' })
    .extract({ left: 0, top, width: fullWidth, height })
    .raw()
    .toBuffer({ resolveWithObject: true });
  // A region reaching past the page's last row (a height rounded up twice) ends in white, as on the canvas.
  const { data, info } = await sharp(cut.data, {
    raw: { width: cut.info.width, height: cut.info.height, channels: cut.info.channels },
  })
    .extend({ bottom: region.height - height, background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 4 };
}

/** The one image page 1 paints, with the matrix it is painted under; null when the page draws anything else. */
async function onlyImageOf(pdfjs: Pdfjs, page: PdfPage): Promise<{ id: string; matrix: PdfMatrix } | null> {
  const { OPS } = pdfjs;
  const list = await page.getOperatorList();
  let matrix = IDENTITY_MATRIX;
  const saved: PdfMatrix[] = [];
  let drawn: { id: string; matrix: PdfMatrix } | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const args = list.argsArray[i] as unknown[];
    switch (list.fnArray[i]) {
      case OPS.save:
        saved.push(matrix);
        break;
      case OPS.restore:
        matrix = saved.pop() ?? matrix;
        break;
      case OPS.transform:
        // pdf.js's transform op is a `cm`: its matrix first, then the current one.
        matrix = multiplyMatrix(args as PdfMatrix, matrix);
        break;
      case OPS.dependency:
        break;
      case OPS.paintImageXObject:
        if (drawn || typeof args[0] !== 'string') return null;
        drawn = { id: args[0], matrix };
        break;
      default:
        return null;
    }
  }
  return drawn;
}

/** The unit square under `matrix` is the page's box, upright and unflipped, within COVER_TOLERANCE. */
function coversPage(matrix: PdfMatrix, view: number[]): boolean {
  const [a, b, c, d, e, f] = matrix;
  const [x0, y0, x1, y1] = view as [number, number, number, number];
  const width = x1 - x0;
  const height = y1 - y0;
  if (b !== 0 || c !== 0 || a <= 0 || d <= 0) return false;
  return (
    Math.abs(a - width) <= width * COVER_TOLERANCE &&
    Math.abs(d - height) <= height * COVER_TOLERANCE &&
    Math.abs(e - x0) <= width * COVER_TOLERANCE &&
    Math.abs(f - y0) <= height * COVER_TOLERANCE
  );
}

/** The image's samples as 8-bit pixels sharp reads: 1-bit grey unpacked (pdf.js: bit set = white), RGB, RGBA. */
function samplesOf(pdfjs: Pdfjs, image: DecodedImage): { data: Buffer; channels: 1 | 3 | 4 } | null {
  const { data, width, height, kind } = image;
  if (!data) return null;
  const { ImageKind } = pdfjs;
  if (kind === ImageKind.RGB_24BPP && data.length >= width * height * 3) {
    return { data: Buffer.from(data.buffer, data.byteOffset, width * height * 3), channels: 3 };
  }
  if (kind === ImageKind.RGBA_32BPP && data.length >= width * height * 4) {
    return { data: Buffer.from(data.buffer, data.byteOffset, width * height * 4), channels: 4 };
  }
  if (kind !== ImageKind.GRAYSCALE_1BPP) return null;
  const rowBytes = (width + 7) >> 3;
  if (data.length < rowBytes * height) return null;
  const grey = Buffer.allocUnsafe(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * rowBytes;
    const out = y * width;
    for (let x = 0; x < width; x++) grey[out + x] = (data[row + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
  }
  return { data: grey, channels: 1 };
}
