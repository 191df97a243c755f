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
  const background = await localBackground(pixels);
  const total = width * height;
  // A pixel is paper when ratio = luma / max(1, background) ≥ PAPER_RATIO, mid when ≥ INK_RATIO. The
  // ratio only grows with the luma, so for each background level there is a least luma sum (r·299 +
  // g·587 + b·114, or the grey level) that reaches each: found once by the same floating-point test,
  // they leave an integer comparison per pixel (issue 15's CPU) with the same answers.
  const scale = channels === 3 ? 1000 : 1;
  const paperFrom = leastPassing(channels === 3 ? 255 * 1000 : 255, scale, PAPER_RATIO);
  const midFrom = leastPassing(channels === 3 ? 255 * 1000 : 255, scale, INK_RATIO);
  // Paper, mid-tone and coloured pixels.
  const counts = new Float64Array(3);
  const count = channels === 3 ? countClassesRgb : countClassesGrey;
  // The first row alone, then the rest (countClassesRgb's comment).
  const head = Math.min(width, total);
  count(data, background, paperFrom, midFrom, 0, head, counts);
  count(data, background, paperFrom, midFrom, head, total, counts);
  const stats = { paper: counts[0]! / total, mid: counts[1]! / total, colour: counts[2]! / total };
  if (stats.paper < TEXT_MIN_PAPER) return { pageClass: 'photo', reason: 'little-paper', ...stats };
  if (stats.mid > TEXT_MAX_MID) return { pageClass: 'photo', reason: 'many-mid-tones', ...stats };
  if (stats.colour > MIXED_MAX_COLOUR) return { pageClass: 'photo', reason: 'large-colour-area', ...stats };
  if (stats.colour > MIN_COLOUR_FOR_MIXED) return { pageClass: 'mixed', reason: 'coloured-marks', ...stats };
  return { pageClass: 'text', reason: 'mostly-paper', ...stats };
}

/*
 * classifyPixels' pass, one function per channel count, adding its counts of pixels [from, to) to `counts`
 * (paper, mid tones, colour). Shaped for the JIT (issue 15's wall time): V8 compiles a loop this long while it
 * runs (on-stack replacement), and any operation not yet run at that moment has no type feedback, so reaching
 * it throws the compiled code away and compiles again. Inside the loop every test adds 0 or 1 rather than
 * branching to a rarely taken `count++` (the first coloured or mid-tone pixel comes late on a page); after the
 * loop, the stores into `counts` have run once in the first row's call (classifyPixels), before the long
 * call is compiled. The counts are integers: the same sums in any order. Was 7 compilations of
 * classifyPixels on the 10-page typed scan; see the commit for the figures.
 */

function countClassesRgb(
  data: Uint8Array,
  background: Uint8Array,
  paperFrom: Int32Array,
  midFrom: Int32Array,
  from: number,
  to: number,
  counts: Float64Array,
): void {
  let paper = 0;
  let mid = 0;
  let colour = 0;
  for (let i = from; i < to; i++) {
    const r = data[i * 3]!;
    const g = data[i * 3 + 1]!;
    const b = data[i * 3 + 2]!;
    const sum = r * 299 + g * 587 + b * 114;
    colour += Math.max(r, g, b) - Math.min(r, g, b) > COLOUR_SPREAD ? 1 : 0;
    const level = background[i]!;
    const isPaper = sum >= paperFrom[level]! ? 1 : 0;
    paper += isPaper;
    mid += sum >= midFrom[level]! ? 1 - isPaper : 0;
  }
  counts[0] = counts[0]! + paper;
  counts[1] = counts[1]! + mid;
  counts[2] = counts[2]! + colour;
}

function countClassesGrey(
  data: Uint8Array,
  background: Uint8Array,
  paperFrom: Int32Array,
  midFrom: Int32Array,
  from: number,
  to: number,
  counts: Float64Array,
): void {
  let paper = 0;
  let mid = 0;
  for (let i = from; i < to; i++) {
    const sum = data[i]!;
    const level = background[i]!;
    const isPaper = sum >= paperFrom[level]! ? 1 : 0;
    paper += isPaper;
    mid += sum >= midFrom[level]! ? 1 - isPaper : 0;
  }
  counts[0] = counts[0]! + paper;
  counts[1] = counts[1]! + mid;
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
  const { width, height, channels, data } = pixels;
  const smallW = Math.max(1, Math.ceil(width / shrink));
  const smallH = Math.max(1, Math.ceil(height / shrink));
  const small = Buffer.alloc(smallW * smallH);
  const blockOf = new Int32Array(width);
  for (let x = 0; x < width; x++) blockOf[x] = Math.floor(x / shrink);
  brightestPerBlock(data, channels, width, height, shrink, smallW, blockOf, small);
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

/** localBackground's pass over the page, alone in its function for the JIT's sake (countClassesRgb's comment). */
function brightestPerBlock(
  data: Uint8Array,
  channels: number,
  width: number,
  height: number,
  shrink: number,
  smallW: number,
  blockOf: Int32Array,
  small: Uint8Array,
): void {
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / shrink) * smallW;
    for (let x = 0, i = y * width; x < width; x++, i++) {
      // Whole levels: the brightest of the truncated levels is what was stored from the fractional ones.
      const lum =
        channels === 3 ? ((data[i * 3]! * 299 + data[i * 3 + 1]! * 587 + data[i * 3 + 2]! * 114 + 500) / 1000) | 0 : data[i]!;
      const k = row + blockOf[x]!;
      if (lum > small[k]!) small[k] = lum;
    }
  }
}
