import sharp from 'sharp';
import type { PageClass } from '../../../shared/engine/compression';
import type { Pixels } from './image-pixels';
import { type KernelLease, leaseKernels } from './kernels/page-kernels';

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
// A pixel is coloured when its channel spread is above 48 (the same as isEffectivelyGrey's; in the kernel).

/**
 * Thresholds from the generated scans and the corpus (bench/scan-generator.ts, tests/corpus/scans),
 * measured against localBackground's brightest-of level (figures there): typed pages have ≥ 75 % paper
 * and ≤ 12.5 % mid tones; phone photos of a document on a table ≥ 19 % mid tones, ID cards and photos
 * far more. A page in between is called a photo: the JPEG path is always safe, 1 bit is not.
 */
const TEXT_MIN_PAPER = 0.7;
const TEXT_MAX_MID = 0.16;
/** More colour than this (a photo glued on the page, a coloured letterhead band) is still mixed, up to: */
const MIXED_MAX_COLOUR = 0.25;
const MIN_COLOUR_FOR_MIXED = 0.0005;

export async function classifyPixels(pixels: Pixels): Promise<PageClassification> {
  const { width, height, channels, data } = pixels;
  const total = width * height;
  const shrink = 8;
  const small = smallSize(width, height, shrink);
  // The page goes into the page kernels' memory once, for both passes (kernels/page-kernels.wat).
  const lease = leaseKernels([data.length, total, 256 * 4, 256 * 4, 3 * 4, small.width * small.height, width * 4]);
  try {
    const { kernels, bytes } = lease;
    const [dataAt, backgroundAt, paperAt, midAt, countsAt, smallAt, blockOfAt] = lease.at;
    bytes.set(data, dataAt);
    const background = await backgroundIn(lease, dataAt, pixels, shrink, smallAt, blockOfAt);
    bytes.set(background, backgroundAt);
    // A pixel is paper when ratio = luma / max(1, background) ≥ PAPER_RATIO, mid when ≥ INK_RATIO. The
    // ratio only grows with the luma, so for each background level there is a least luma sum (r·299 +
    // g·587 + b·114, or the grey level) that reaches each: found once by the same floating-point test,
    // they leave an integer comparison per pixel (issue 15's CPU) with the same answers.
    const scale = channels === 3 ? 1000 : 1;
    new Int32Array(bytes.buffer, paperAt, 256).set(leastPassing(channels === 3 ? 255 * 1000 : 255, scale, PAPER_RATIO));
    new Int32Array(bytes.buffer, midAt, 256).set(leastPassing(channels === 3 ? 255 * 1000 : 255, scale, INK_RATIO));
    // Paper, mid-tone and coloured pixels (a colour is a channel spread above COLOUR_SPREAD, 48).
    const counts = new Int32Array(bytes.buffer, countsAt, 3);
    counts.fill(0);
    kernels.countClasses(dataAt, backgroundAt, total, channels, paperAt, midAt, countsAt);
    const stats = { paper: counts[0]! / total, mid: counts[1]! / total, colour: counts[2]! / total };
    if (stats.paper < TEXT_MIN_PAPER) return { pageClass: 'photo', reason: 'little-paper', ...stats };
    if (stats.mid > TEXT_MAX_MID) return { pageClass: 'photo', reason: 'many-mid-tones', ...stats };
    if (stats.colour > MIXED_MAX_COLOUR) return { pageClass: 'photo', reason: 'large-colour-area', ...stats };
    if (stats.colour > MIN_COLOUR_FOR_MIXED) return { pageClass: 'mixed', reason: 'coloured-marks', ...stats };
    return { pageClass: 'text', reason: 'mostly-paper', ...stats };
  } finally {
    lease.release();
  }
}

/**
 * For each background level 0…255, the least luma sum s in 0…maxSum with (s / scale) / max(1, level) ≥
 * ratio (maxSum + 1 when none): the test is monotonic in s, so a binary search finds it.
 */
function leastPassing(maxSum: number, scale: number, ratio: number): Int32Array {
  const table = new Int32Array(256);
  for (let level = 0; level < 256; level++) {
    const passes = (sum: number): boolean => sum / scale / Math.max(1, level) >= ratio;
    let lo = 0;
    let hi = maxSum + 1;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (passes(m)) hi = m;
      else lo = m + 1;
    }
    table[level] = lo;
  }
  return table;
}

/**
 * Local paper level per pixel (grey): the brightest pixel of each 8 × 8 block (about 2.7 mm at the
 * 75 dpi this runs at), blurred and grown back. A block mean, as before, is pulled down by dense text,
 * which then reads as mid tones rather than ink; and that version also read its 1-channel enlargement
 * as 3 channels (sharp returns 3 unless told b-w), so every pixel was compared with the level of a
 * pixel a third of the way up the page: the thresholds had been tuned on that error. Measured with
 * this level (paper share / mid share): typed colour scan pages 0.76 / 0.12–0.125, grey typed scan
 * 0.82 / 0.11–0.116, phone photos of a document on a table 0.69–0.73 / 0.194–0.199, the corpus's
 * scanned book page 0.77 / 0.162 (a photo before and after), francais.pdf 0.95 / 0.022.
 */
export async function localBackground(pixels: Pixels, shrink = 8): Promise<Buffer> {
  const { width, height, data } = pixels;
  const small = smallSize(width, height, shrink);
  const lease = leaseKernels([data.length, small.width * small.height, width * 4]);
  try {
    lease.bytes.set(data, lease.at[0]!);
    return await backgroundIn(lease, lease.at[0]!, pixels, shrink, lease.at[1]!, lease.at[2]!);
  } finally {
    lease.release();
  }
}

/** The small image localBackground measures the brightest pixel of each block in. */
function smallSize(width: number, height: number, shrink: number): { width: number; height: number } {
  return { width: Math.max(1, Math.ceil(width / shrink)), height: Math.max(1, Math.ceil(height / shrink)) };
}

/** localBackground of the page whose bytes are at `dataAt` in the kernels' memory (regions for the small image and the columns' blocks). */
async function backgroundIn(
  lease: KernelLease,
  dataAt: number,
  pixels: Pixels,
  shrink: number,
  smallAt: number,
  blockOfAt: number,
): Promise<Buffer> {
  const { width, height, channels } = pixels;
  const { width: smallW, height: smallH } = smallSize(width, height, shrink);
  const blockOf = new Int32Array(lease.bytes.buffer, blockOfAt, width);
  for (let x = 0; x < width; x++) blockOf[x] = Math.floor(x / shrink);
  lease.bytes.fill(0, smallAt, smallAt + smallW * smallH);
  // Whole levels: the brightest of the truncated levels is what was stored from the fractional ones.
  lease.kernels.brightestPerBlock(dataAt, channels, width, height, shrink, smallW, blockOfAt, smallAt);
  const small = Buffer.from(lease.bytes.subarray(smallAt, smallAt + smallW * smallH));
  // Two pipelines: sharp resizes before it blurs, whatever the order of the calls.
  const blurred = await sharp(small, { raw: { width: smallW, height: smallH, channels: 1 } })
    .blur(Math.max(0.5, Math.min(smallW, smallH) / 40))
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return sharp(blurred, { raw: { width: smallW, height: smallH, channels: 1 } })
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    .toColourspace('b-w')
    .raw()
    .toBuffer();
}
