import sharp from 'sharp';
import type { GrayImage } from '../../shared/reading/mrz-glyphs';
import { sharpOf, type PageImage } from './page-image';

/** A page or region as one grey channel (what `sharp(…).grayscale().raw()` gives), with no PNG in between. */
export async function greyOf(image: PageImage): Promise<GrayImage> {
  const { data, info } = await sharpOf(image).grayscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height), width: info.width, height: info.height };
}

/** Grey pixels as a fast-deflate PNG that states its resolution (tesseract guesses wrong without it). */
export function greyPng({ data, width, height }: GrayImage, density: number): Promise<Buffer> {
  return sharp(Buffer.from(data.buffer, data.byteOffset, data.length), { raw: { width, height, channels: 1 } })
    .withMetadata({ density })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/**
 * An image cut in two across its width at the whitest row near `fraction` of its height (within
 * ±`window`), so a line of text falls wholly in one part: a certificate's title strip is OCR'd first
 * and the rest of its header only when the title says it is a certificate (read-document.ts).
 * Both parts are grey pixels; what goes to OCR is encoded by `greyPng` with the image's density. A part never has
 * zero height.
 */
export function splitGreyAtGap({ data, width, height }: GrayImage, fraction: number, window = 0.06): [GrayImage, GrayImage] {
  const from = Math.max(1, Math.floor(height * (fraction - window)));
  const to = Math.min(height - 1, Math.ceil(height * (fraction + window)));
  // Ink of a row: how far below white its pixels are. The least inked row is the gap between two lines;
  // among equals, the one nearest the wanted fraction.
  const target = height * fraction;
  let cut = Math.min(height - 1, Math.max(1, Math.round(target)));
  let least = Infinity;
  for (let y = from; y < to; y++) {
    let ink = 0;
    const row = y * width;
    for (let x = 0; x < width; x++) ink += 255 - data[row + x]!;
    if (ink < least || (ink === least && Math.abs(y - target) < Math.abs(cut - target))) {
      least = ink;
      cut = y;
    }
  }
  // Views of the rows above and below the cut, no copy: the parts are encoded only when OCR asks for them (the rest of
  // a header is read only when its title strip could be a certificate's).
  const part = (top: number, rows: number): GrayImage => ({
    data: data.subarray(top * width, (top + rows) * width),
    width,
    height: rows,
  });
  return [part(0, cut), part(cut, height - cut)];
}
