import sharp from 'sharp';
import type { Pixels } from './image-pixels';
import { type KernelLease, leaseKernels } from './kernels/page-kernels';

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

/*
 * The rules (kernels/page-kernels.wat's flatten applies them per pixel, $flattenLevel per channel): a pixel
 * whose white-balanced channels spread more than 40 is a colour mark (as classify-page and encode count
 * colour) and keeps them. A grey one is paper (255) when at least PAPER_FROM light, or when it lies on or
 * next to text (ink coverage of its 3 × 3 neighbourhood below 250 of 255) and is at least 150 light: what
 * is left of a stroke's anti-aliased rim after cleaning is lighter than the ink limit (72 % of the paper,
 * bilevel.ts), averaged with paper: above ~180; darker grey is not a ghost. From 200 up to PAPER_FROM it
 * fades into paper, each channel v + (255 − v) × (lum − 200) / 32, so a light grey area (a faint shadow, a
 * photo's highlights) has no hard edge.
 */

/** After white balancing: grey pixels this light are paper. */
const PAPER_FROM = 232;

export interface TextMask {
  /** One byte per pixel: 0 ink, 255 paper. */
  bits: Buffer;
  width: number;
  height: number;
}

/**
 * `background`: the page at the colour layer's resolution with its ink already painted over by
 * the paper around it (bilevel's `cleaned`); `mask`: the 1-bit text at its own resolution.
 * The passes over the layer run in the page kernels (kernels/page-kernels.wat): the layer goes into their
 * memory once, the histograms, the ink neighbourhood and the flattening work there, the result comes out.
 */
export async function flattenPaper(background: Pixels, mask: TextMask): Promise<Pixels> {
  const { width, height, channels, data } = background;
  const total = width * height;
  const coverage = await maskCoverage(mask, width, height);
  const lease = leaseKernels([data.length, total, total, total, 256 * 4 * channels, 256 * 8 * channels]);
  try {
    const { kernels, bytes } = lease;
    const [dataAt, coverageAt, acrossAt, nearAt, histAt, gainsAt] = lease.at;
    bytes.set(data, dataAt);
    bytes.set(coverage, coverageAt);
    const paper = paperFromHistograms(lease, dataAt, data.length, channels, histAt);
    kernels.dilateAlongRows(coverageAt, acrossAt, width, height);
    kernels.dilateAcrossRows(acrossAt, nearAt, width, height);
    // The white-balanced level of each byte value per channel (min(255, v × gain), the same doubles as
    // computed per pixel before): a table read instead of a multiplication and a comparison per sample.
    const gains = paper.map((p) => balanced(255 / Math.max(64, p)));
    gains.forEach((table, c) => new Float64Array(bytes.buffer, gainsAt + c * 256 * 8, 256).set(table));
    // Paper (most of the layer): every channel balanced to PAPER_FROM or above is grey enough (spread ≤ 23) and
    // light enough to be white, as the full test finds; the raw levels from which each channel gets there.
    const [whiteR, whiteG, whiteB] = channels === 3 ? gains.map((table) => leastReaching(table, PAPER_FROM)) : [256, 256, 256];
    kernels.flatten(dataAt, nearAt, total, channels, gainsAt, whiteR!, whiteG!, whiteB!);
    const out = Buffer.allocUnsafe(data.length);
    out.set(bytes.subarray(dataAt, dataAt + data.length));
    return { data: out, width, height, channels };
  } finally {
    lease.release();
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

/**
 * The paper's colour per channel: the median of each channel. A page is only mixed when at least
 * 70 % of it is paper (classify-page), so the median pixel is paper, not ink or a stamp.
 */
export function paperColour(pixels: Pixels): number[] {
  const { data, channels } = pixels;
  const lease = leaseKernels([data.length, 256 * 4 * channels]);
  try {
    lease.bytes.set(data, lease.at[0]!);
    return paperFromHistograms(lease, lease.at[0]!, data.length, channels, lease.at[1]!);
  } finally {
    lease.release();
  }
}

/** paperColour from `n` bytes of pixels already in the kernels' memory, all channels' histograms in one pass. */
function paperFromHistograms(lease: KernelLease, dataAt: number, n: number, channels: number, histAt: number): number[] {
  lease.bytes.fill(0, histAt, histAt + 256 * 4 * channels);
  lease.kernels.histograms(dataAt, n, channels, histAt);
  const histograms = new Uint32Array(lease.bytes.buffer, histAt, 256 * channels);
  const result: number[] = [];
  const half = n / channels / 2;
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

/** The mask area-averaged to the background's size: below 255 means some ink falls in that pixel. */
async function maskCoverage(mask: TextMask, width: number, height: number): Promise<Buffer> {
  return (
    sharp(mask.bits, { raw: { width: mask.width, height: mask.height, channels: 1 } })
      .resize(width, height, { fit: 'fill', kernel: 'linear' })
      // One channel out (sharp would otherwise write sRGB, three bytes a pixel).
      .toColourspace('b-w')
      .raw()
      .toBuffer()
  );
}

/**
 * 1 where a pixel or one of its 8 neighbours has coverage below NEAR_INK (250: ink near). The 3 × 3
 * neighbourhood is taken as two passes of 3 (along the row, then across rows), sixteen pixels at a time
 * in the page kernels: the same pixels as marking the 9 neighbours of every covered pixel.
 */
export function dilate3x3(coverage: Uint8Array, width: number, height: number): Uint8Array {
  const total = width * height;
  const lease = leaseKernels([total, total, total]);
  try {
    const [coverageAt, acrossAt, nearAt] = lease.at;
    lease.bytes.set(coverage, coverageAt);
    lease.kernels.dilateAlongRows(coverageAt, acrossAt, width, height);
    lease.kernels.dilateAcrossRows(acrossAt, nearAt, width, height);
    return lease.bytes.slice(nearAt, nearAt + total);
  } finally {
    lease.release();
  }
}
