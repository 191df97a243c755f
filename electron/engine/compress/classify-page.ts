import sharp from 'sharp';
import type { PageClass } from '../../../shared/engine/compression';
import type { Pixels } from './image-pixels';

/**
 * Is a scanned page a photo, typed/printed text, or text with some colour (a stamp, a signature
 * in blue, a small photo)? Decides how the compress stage stores it: photos as JPEG (today's
 * ladder), text as a 1-bit CCITT G4 image, mixed pages as MRC (1-bit text over a small JPEG).
 *
 * Measured on a low-resolution copy (~75 dpi is enough to see paper, ink and colour), after
 * dividing by the local paper level so that a phone photo with a shadow still looks like paper.
 */

export interface PageClassification {
  pageClass: PageClass;
  /** Short machine code saying why (goes into report.json). */
  reason:
    | 'mostly-paper'
    | 'coloured-marks'
    | 'many-mid-tones'
    | 'little-paper'
    | 'large-colour-area'
    | 'category-photo-only'
    | 'blurred';
  /** Share of pixels that are paper (near the local background). */
  paper: number;
  /** Share of pixels in the mid tones (neither paper nor ink): photos are full of them. */
  mid: number;
  /** Share of clearly coloured pixels. */
  colour: number;
}

/** A pixel within 12 % of the local background is paper; below 55 % of it is ink. */
const PAPER_RATIO = 0.88;
const INK_RATIO = 0.55;
/** Channel spread above which a pixel counts as coloured (the same as isEffectivelyGrey's). */
const COLOUR_SPREAD = 48;

/**
 * Thresholds from the generated scans and the corpus (bench/scan-generator.ts, tests/corpus/scans):
 * typed pages are > 85 % paper with < 6 % mid tones; photos and ID cards have < 40 % paper and
 * > 30 % mid tones. A page in between is called a photo: the JPEG path is always safe, 1 bit is not.
 */
const TEXT_MIN_PAPER = 0.7;
const TEXT_MAX_MID = 0.12;
/** More colour than this (a photo glued on the page, a coloured letterhead band) is still mixed, up to: */
const MIXED_MAX_COLOUR = 0.25;
const MIN_COLOUR_FOR_MIXED = 0.0005;

export async function classifyPixels(pixels: Pixels): Promise<PageClassification> {
  const { width, height, channels, data } = pixels;
  const background = await localBackground(pixels);
  const total = width * height;
  let paper = 0;
  let mid = 0;
  let colour = 0;
  for (let i = 0; i < total; i++) {
    let lum: number;
    if (channels === 3) {
      const r = data[i * 3]!;
      const g = data[i * 3 + 1]!;
      const b = data[i * 3 + 2]!;
      lum = (r * 299 + g * 587 + b * 114) / 1000;
      const max = r > g ? (r > b ? r : b) : g > b ? g : b;
      const min = r < g ? (r < b ? r : b) : g < b ? g : b;
      if (max - min > COLOUR_SPREAD) colour++;
    } else {
      lum = data[i]!;
    }
    const ratio = lum / Math.max(1, background[i]!);
    if (ratio >= PAPER_RATIO) paper++;
    else if (ratio >= INK_RATIO) mid++;
  }
  const stats = { paper: paper / total, mid: mid / total, colour: colour / total };
  if (stats.paper < TEXT_MIN_PAPER) return { pageClass: 'photo', reason: 'little-paper', ...stats };
  if (stats.mid > TEXT_MAX_MID) return { pageClass: 'photo', reason: 'many-mid-tones', ...stats };
  if (stats.colour > MIXED_MAX_COLOUR) return { pageClass: 'photo', reason: 'large-colour-area', ...stats };
  if (stats.colour > MIN_COLOUR_FOR_MIXED) return { pageClass: 'mixed', reason: 'coloured-marks', ...stats };
  return { pageClass: 'text', reason: 'mostly-paper', ...stats };
}

/**
 * Local paper level per pixel (grey): the image shrunk 8×, blurred, and grown back. Text is thin,
 * so it barely pulls the average down; a shadow across a phone photo is followed. A brightest-of
 * filter would follow paper better under dense text, but costs far more and the ratios above leave room.
 */
export async function localBackground(pixels: Pixels, shrink = 8): Promise<Buffer> {
  const { width, height } = pixels;
  const grey = sharp(pixels.data, { raw: { width, height, channels: pixels.channels } }).toColourspace('b-w');
  const smallW = Math.max(1, Math.round(width / shrink));
  const smallH = Math.max(1, Math.round(height / shrink));
  const small = await grey
    .resize(smallW, smallH, { fit: 'fill', kernel: 'linear' })
    .blur(Math.max(0.5, Math.min(smallW, smallH) / 40))
    .raw()
    .toBuffer();
  const { data } = await sharp(small, { raw: { width: smallW, height: smallH, channels: 1 } })
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return data;
}
