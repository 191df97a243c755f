import sharp from 'sharp';
import { deflateSync } from 'node:zlib';
import type { Pixels } from './image-pixels';
import { recordOwnStream } from './own-streams';

export async function encodeJpeg(pixels: Pixels, quality: number, grey: boolean): Promise<{ bytes: Buffer; channels: 1 | 3 }> {
  let pipeline = sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } });
  const channels: 1 | 3 = grey || pixels.channels === 1 ? 1 : 3;
  // Explicitly, also for 1-channel input: sharp would otherwise write a 3-component JPEG.
  if (channels === 1) pipeline = pipeline.toColourspace('b-w');
  // libjpeg-turbo (as bundled with sharp) with optimised Huffman tables, progressive scans and the
  // ImageMagick quantisation table (mozjpeg's default, better for text than Annex K). mozjpeg's trellis
  // quantisation would save another ~10 % but costs ~4× the encoding time (measured in bench/).
  const bytes = await pipeline
    .jpeg({ quality, optimiseCoding: true, quantisationTable: 3, progressive: true, chromaSubsampling: '4:2:0' })
    .toBuffer();
  recordOwnStream(bytes);
  return { bytes, channels };
}

/** Soft masks stay lossless: JPEG noise in a mask shows as halos around transparent parts. */
export function encodeMask(pixels: Pixels): Buffer {
  return deflateSync(pixels.data, { level: 6 });
}

/**
 * "Effectively grey": no visible colour anywhere. A pixel counts as coloured when its
 * channels differ by more than 48 levels (paper tint and scanner fringes stay far below);
 * a page with more than 0.05 % coloured pixels (a stamp, a signature in blue, a photo) keeps colour.
 */
export function isEffectivelyGrey(pixels: Pixels): boolean {
  if (pixels.channels === 1) return true;
  const { data } = pixels;
  const total = pixels.width * pixels.height;
  // Every pixel is checked (a small blue stamp must not be missed); this is a cheap loop.
  return !moreColouredThan(data, Math.max(1, Math.floor(total * 0.0005)));
}

/**
 * Whether more than `allowed` pixels of an RGB layer are coloured. The loop alone in its function, for
 * the JIT's sake: after it, isEffectivelyGrey had no code that could lack type feedback (issue 15's wall time).
 */
function moreColouredThan(data: Uint8Array, allowed: number): boolean {
  let coloured = 0;
  for (let i = 0; i < data.length; i += 3) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    const max = r > g ? (r > b ? r : b) : g > b ? g : b;
    const min = r < g ? (r < b ? r : b) : g < b ? g : b;
    if (max - min > 48 && ++coloured > allowed) return true;
  }
  return false;
}
