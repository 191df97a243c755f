import sharp from 'sharp';
import type { Pixels } from './image-pixels';

/**
 * The MRC colour layer made to hold only what the text mask does not, as archive-pdf-tools'
 * recode_pdf and DjVu do: the scan's paper tint, its noise and the grey ghosts the text leaves
 * around the mask are not information, and every one of them costs JPEG bytes on every block of
 * the page. What is left is white paper with the colour marks (stamps, signatures, letterheads,
 * photos) and anything grey that is not near text (a shadow, a grey photo), as scanned.
 *
 * Measured on the 10-page typed colour scan (bench/results.md): the 75-dpi colour layer went from
 * ~31 kB to a few kB a page, and the rendered page is black text on white paper instead of on
 * recycled-grey, which OCR reads at least as well.
 */

/** Channel spread above which a pixel is a colour mark (as classify-page and encode count colour). */
const COLOUR_SPREAD = 40;
/** After white balancing: grey pixels this light are paper; from RAMP_FROM up they fade into it. */
const PAPER_FROM = 232;
const RAMP_FROM = 200;
/**
 * Ghosts: what is left of a stroke's anti-aliased rim after cleaning is lighter than the ink limit
 * (72 % of the paper, bilevel.ts), averaged with paper: above ~180. Darker grey is not a ghost.
 */
const GHOST_FROM = 150;
/** Ink coverage (of 255) below which a background pixel lies on or next to text. */
const NEAR_INK = 250;

export interface TextMask {
  /** One byte per pixel: 0 ink, 255 paper. */
  bits: Buffer;
  width: number;
  height: number;
}

/**
 * `background`: the page at the colour layer's resolution with its ink already painted over by
 * the paper around it (bilevel's `cleaned`); `mask`: the 1-bit text at its own resolution.
 */
export async function flattenPaper(background: Pixels, mask: TextMask): Promise<Pixels> {
  const { width, height, channels } = background;
  const paper = paperColour(background);
  const nearInk = await inkNeighbourhood(mask, width, height);
  // Every byte is written below.
  const out = Buffer.allocUnsafe(background.data.length);
  // The white-balanced level of each byte value per channel (min(255, v × gain), the same doubles as
  // computed per pixel before): a table read instead of a multiplication and a comparison per sample.
  const gains = paper.map((p) => balanced(255 / Math.max(64, p)));
  const src = background.data;
  const total = width * height;
  if (channels === 1) {
    flattenGreyPixels(src, out, nearInk, gains[0]!, total);
    return { data: out, width, height, channels };
  }
  const gainR = gains[0]!;
  const gainG = gains[1]!;
  const gainB = gains[2]!;
  // Paper (most of the layer): every channel balanced to PAPER_FROM or above is grey enough (spread ≤ 23) and
  // light enough to be white, as the full test below finds; the raw levels from which each channel gets there.
  const whiteR = leastReaching(gainR, PAPER_FROM);
  const whiteG = leastReaching(gainG, PAPER_FROM);
  const whiteB = leastReaching(gainB, PAPER_FROM);
  // The middle row first, then the rest: flattenRgbPixels' comment.
  const from = (height >> 1) * width;
  const to = Math.min(total, from + width);
  flattenRgbPixels(src, out, nearInk, gainR, gainG, gainB, whiteR, whiteG, whiteB, from, to);
  flattenRgbPixels(src, out, nearInk, gainR, gainG, gainB, whiteR, whiteG, whiteB, 0, from);
  flattenRgbPixels(src, out, nearInk, gainR, gainG, gainB, whiteR, whiteG, whiteB, to, total);
  return { data: out, width, height, channels };
}

/*
 * The pixel loops of flattenPaper, each in a function of its own that takes only typed arrays and numbers
 * and returns nothing. For the JIT's sake (issue 15's wall time): a loop run once a page over ~0.5 Mpx is
 * compiled on the stack (OSR) before the code after it has run, and reaching that code (building the result
 * object, the next loop) threw the compiled code away ("insufficient type feedback"), 8–10 compilations of
 * flattenPaper on the 10-page typed scan; with nothing after the loop, each compiles about once.
 * flattenRgbPixels maps each pixel on its own, so it runs on pixels [from, to) and flattenPaper gives it the
 * middle row first: the top rows are white paper, and the loop compiled on them had no type feedback for
 * the other pixels' path (the first of them threw it away); the middle row of a page has text.
 */

function flattenGreyPixels(src: Uint8Array, out: Uint8Array, nearInk: Uint8Array, grey: Float64Array, total: number): void {
  for (let i = 0; i < total; i++) out[i] = flattenGrey(grey[src[i]!]!, nearInk[i]!);
}

function flattenRgbPixels(
  src: Uint8Array,
  out: Uint8Array,
  nearInk: Uint8Array,
  gainR: Float64Array,
  gainG: Float64Array,
  gainB: Float64Array,
  whiteR: number,
  whiteG: number,
  whiteB: number,
  from: number,
  to: number,
): void {
  for (let i = from, j = from * 3; i < to; i++, j += 3) {
    if (src[j]! >= whiteR && src[j + 1]! >= whiteG && src[j + 2]! >= whiteB) {
      out[j] = 255;
      out[j + 1] = 255;
      out[j + 2] = 255;
      continue;
    }
    let r = gainR[src[j]!]!;
    let g = gainG[src[j + 1]!]!;
    let b = gainB[src[j + 2]!]!;
    const max = r > g ? (r > b ? r : b) : g > b ? g : b;
    const min = r < g ? (r < b ? r : b) : g < b ? g : b;
    if (max - min <= COLOUR_SPREAD) {
      const lum = (r * 299 + g * 587 + b * 114) / 1000;
      // Light grey on or beside text is the ghost of a stroke (the mask paints the stroke itself);
      // dark grey there is a picture's (a photo's dark part beside a line of text), and stays.
      if ((nearInk[i] && lum >= GHOST_FROM) || lum >= PAPER_FROM) {
        r = g = b = 255;
      } else if (lum > RAMP_FROM) {
        // A soft shoulder, so a light grey area (a faint shadow, a photo's highlights) has no hard edge.
        const t = (lum - RAMP_FROM) / (PAPER_FROM - RAMP_FROM);
        r += (255 - r) * t;
        g += (255 - g) * t;
        b += (255 - b) * t;
      }
    }
    out[j] = r;
    out[j + 1] = g;
    out[j + 2] = b;
  }
}

/** min(255, v × gain) for every byte value v. */
function balanced(gain: number): Float64Array {
  const table = new Float64Array(256);
  for (let v = 0; v < 256; v++) table[v] = Math.min(255, v * gain);
  return table;
}

/** The least byte value whose balanced level reaches `level` (256 when none does). */
function leastReaching(table: Float64Array, level: number): number {
  for (let v = 0; v < 256; v++) if (table[v]! >= level) return v;
  return 256;
}

/** One grey sample of flattenPaper: the colour path with r = g = b (never coloured; its luma is the level itself). */
function flattenGrey(v: number, nearInk: number): number {
  const lum = (v * 299 + v * 587 + v * 114) / 1000;
  if ((nearInk && lum >= GHOST_FROM) || lum >= PAPER_FROM) return 255;
  if (lum > RAMP_FROM) return v + (255 - v) * ((lum - RAMP_FROM) / (PAPER_FROM - RAMP_FROM));
  return v;
}

/**
 * The paper's colour per channel: the median of each channel. A page is only mixed when at least
 * 70 % of it is paper (classify-page), so the median pixel is paper, not ink or a stamp.
 */
export function paperColour(pixels: Pixels): number[] {
  const { data, channels } = pixels;
  // All channels' histograms in one pass over the pixels (RGB unrolled: the loop over channels cost twice as much).
  const histograms = new Uint32Array(256 * channels);
  if (channels === 3) histogramsRgb(data, data.length - (data.length % 3), histograms);
  else histogramsAny(data, channels, histograms);
  const result: number[] = [];
  const half = data.length / channels / 2;
  for (let c = 0; c < channels; c++) {
    let seen = 0;
    let level = 255;
    for (let v = 0; v < 256; v++) {
      seen += histograms[c * 256 + v]!;
      if (seen >= half) {
        level = v;
        break;
      }
    }
    result.push(level);
  }
  // A page whose median is dark is not paper-white: leave its levels alone rather than brighten a photo.
  return result.map((level) => (level < 160 ? 255 : level));
}

/** paperColour's pass over an RGB layer (its own function, with nothing after the loop: flattenPaper's comment). */
function histogramsRgb(data: Uint8Array, end: number, histograms: Uint32Array): void {
  for (let i = 0; i < end; i += 3) {
    histograms[data[i]!]!++;
    histograms[256 + data[i + 1]!]!++;
    histograms[512 + data[i + 2]!]!++;
  }
}

function histogramsAny(data: Uint8Array, channels: number, histograms: Uint32Array): void {
  for (let i = 0; i < data.length; i += channels) {
    for (let c = 0; c < channels; c++) histograms[c * 256 + data[i + c]!]!++;
  }
}

/** 1 where a background pixel (or one of its 8 neighbours) covers any ink of the mask. */
async function inkNeighbourhood(mask: TextMask, width: number, height: number): Promise<Uint8Array> {
  // Area-averaged mask at the background's size: below 255 means some ink falls in that pixel.
  const coverage = await sharp(mask.bits, { raw: { width: mask.width, height: mask.height, channels: 1 } })
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    // One channel out (sharp would otherwise write sRGB, three bytes a pixel).
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return dilate3x3(coverage, width, height);
}

/**
 * 1 where a pixel or one of its 8 neighbours has coverage below NEAR_INK. The 3 × 3 neighbourhood is
 * taken as two passes of 3 (along the row, then across rows): the same pixels as marking the 9
 * neighbours of every covered pixel, with 6 reads a pixel instead of up to 9 writes (issue 15's CPU).
 */
export function dilate3x3(coverage: Uint8Array, width: number, height: number): Uint8Array {
  const across = new Uint8Array(width * height);
  dilateAlongRows(coverage, across, width, height);
  const near = new Uint8Array(width * height);
  dilateAcrossRows(across, near, width, height);
  return near;
}

/* The two passes, each a function with nothing after its loop (flattenPaper's comment: the second loop had
   no type feedback when the first was compiled, and reaching it threw that code away). */

function dilateAlongRows(coverage: Uint8Array, across: Uint8Array, width: number, height: number): void {
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (coverage[row + x]! >= NEAR_INK) continue;
      if (x > 0) across[row + x - 1] = 1;
      across[row + x] = 1;
      if (x + 1 < width) across[row + x + 1] = 1;
    }
  }
}

function dilateAcrossRows(across: Uint8Array, near: Uint8Array, width: number, height: number): void {
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const up = y > 0 ? row - width : row;
    const down = y + 1 < height ? row + width : row;
    for (let x = 0; x < width; x++) near[row + x] = across[up + x]! | across[row + x]! | across[down + x]!;
  }
}
