import sharp, { type SharpOptions } from 'sharp';

/**
 * A page to read, as a file's bytes (JPEG, PNG …) or as pixels already decoded: a PDF page rendered by pdf.js, a
 * HEIC photo decoded by the engine. Pixels travel as they are: encoding a rendered A4 page to PNG and decoding it
 * again for the MRZ band search cost ≈ 0.3 s of CPU per page (and a HEIC photo went through a 12-MP JPEG).
 */
export interface RawPixels {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}
export type PageImage = Buffer | RawPixels;

export const isRawPixels = (image: PageImage): image is RawPixels => !Buffer.isBuffer(image);

/** A sharp pipeline over the page (pixels need their geometry; bytes carry it). */
export function sharpOf(image: PageImage, options: SharpOptions = {}) {
  if (!isRawPixels(image)) return sharp(image, options);
  const { data, width, height, channels } = image;
  return sharp(data, { ...options, raw: { width, height, channels } });
}

/** Bytes tesseract can open: the file itself, or the pixels as a fast-deflate PNG (lossless). */
export async function encodedOf(image: PageImage): Promise<Buffer> {
  return isRawPixels(image) ? sharpOf(image).png({ compressionLevel: 1 }).toBuffer() : image;
}
