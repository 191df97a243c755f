import sharp from 'sharp';
import type { Pixels } from './image-pixels';

/**
 * Text pages as 1 bit: adaptive thresholding and CCITT Group 4.
 *
 * A pixel is ink when it is clearly darker than the paper around it (its local background),
 * not when it is darker than one global level: under a phone's shadow or a scanner's uneven
 * lamp a global threshold blackens one region and wipes another. Coloured pixels (a red or blue
 * stamp) can be kept out of the ink so the MRC background carries them in colour.
 *
 * sharp (libtiff) writes the G4 data; we lift the single strip out of the TIFF and the PDF
 * decodes it with /CCITTFaxDecode << /K -1 /Columns w /Rows h >> (ITU-T T.6, the same as TIFF
 * compression 4 with FillOrder 1, which libtiff writes).
 */

/** Ink when darker than 72 % of the local paper and at least 28 levels below it. */
const INK_RATIO = 0.72;
const INK_MIN_CONTRAST = 28;
const COLOUR_SPREAD = 48;
/** The paper level is measured on a copy this many times smaller (see localBackground). */
const PAPER_SHRINK = 8;

export interface Bilevel {
  /** One byte per pixel: 0 ink, 255 paper (what sharp packs to 1 bit). */
  bits: Buffer;
  width: number;
  height: number;
  inkPixels: number;
  /** With `clean`: the page with its ink replaced by the paper around it (the MRC colour layer). */
  cleaned?: Pixels;
}

/**
 * One pass over the page's pixels. The paper level is measured small (the page shrunk 8×, blurred)
 * and read back per pixel by bilinear interpolation, row by row, instead of being enlarged into a
 * full-size image first: on a 300-dpi A4 page that enlargement alone cost more CPU than the whole
 * comparison, and held another 9 MB per page in flight (bench/results.md, issue 15).
 */
export async function threshold(pixels: Pixels, options: { excludeColour: boolean; clean?: boolean }): Promise<Bilevel> {
  const { width, height, channels, data } = pixels;
  const paper = await paperLevel(pixels);
  const bits = Buffer.alloc(width * height, 255);
  const cleaned = options.clean ? Buffer.from(data) : null;
  const excludeColour = options.excludeColour && channels === 3;
  const columns = sampleGrid(width, paper.width);
  const level = new Float32Array(width);
  /** Per column of the current row: ink when 1000 × luma is below this. */
  const limit = new Float32Array(width);
  let inkPixels = 0;
  for (let y = 0; y < height; y++) {
    paperRow(paper, columns, sampleAt(y, height, paper.height), level);
    for (let x = 0; x < width; x++) {
      const p = level[x]!;
      // lum < 0.72 p and p − lum ≥ 28, in thousandths (luma is a whole number of them).
      limit[x] = Math.min(p * INK_RATIO * 1000, (p - INK_MIN_CONTRAST) * 1000 + 0.5);
    }
    const base = y * width;
    if (channels === 3) {
      for (let x = 0, o = base * 3; x < width; x++, o += 3) {
        const r = data[o]!;
        const g = data[o + 1]!;
        const b = data[o + 2]!;
        if (r * 299 + g * 587 + b * 114 >= limit[x]!) continue;
        if (excludeColour) {
          const max = r > g ? (r > b ? r : b) : g > b ? g : b;
          const min = r < g ? (r < b ? r : b) : g < b ? g : b;
          if (max - min > COLOUR_SPREAD) continue;
        }
        bits[base + x] = 0;
        inkPixels++;
        if (cleaned) cleaned[o] = cleaned[o + 1] = cleaned[o + 2] = Math.round(level[x]!);
      }
    } else {
      for (let x = 0; x < width; x++) {
        if (data[base + x]! * 1000 >= limit[x]!) continue;
        bits[base + x] = 0;
        inkPixels++;
        if (cleaned) cleaned[base + x] = Math.round(level[x]!);
      }
    }
  }
  return { bits, width, height, inkPixels, ...(cleaned ? { cleaned: { ...pixels, data: cleaned } } : {}) };
}

interface PaperLevel {
  data: Buffer;
  width: number;
  height: number;
}

/** The paper level (grey), small: the page shrunk PAPER_SHRINK×, blurred (what localBackground enlarges). */
async function paperLevel(pixels: Pixels): Promise<PaperLevel> {
  const width = Math.max(1, Math.round(pixels.width / PAPER_SHRINK));
  const height = Math.max(1, Math.round(pixels.height / PAPER_SHRINK));
  const data = await sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } })
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    .blur(Math.max(0.5, Math.min(width, height) / 40))
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return { data, width, height };
}

interface Sample {
  lo: number;
  hi: number;
  t: number;
}

/** Where full-size coordinate `at` falls between two small pixels (centres aligned, edges clamped), as libvips samples. */
function sampleAt(at: number, size: number, smallSize: number): Sample {
  const pos = Math.min(smallSize - 1, Math.max(0, ((at + 0.5) * smallSize) / size - 0.5));
  const lo = Math.floor(pos);
  return { lo, hi: Math.min(smallSize - 1, lo + 1), t: pos - lo };
}

function sampleGrid(size: number, smallSize: number): Sample[] {
  return Array.from({ length: size }, (_v, at) => sampleAt(at, size, smallSize));
}

/** One full-width row of the paper level, interpolated between two small rows. */
function paperRow(paper: PaperLevel, columns: Sample[], y: Sample, out: Float32Array): void {
  const top = y.lo * paper.width;
  const bottom = y.hi * paper.width;
  for (let x = 0; x < out.length; x++) {
    const c = columns[x]!;
    const a = paper.data[top + c.lo]! + (paper.data[top + c.hi]! - paper.data[top + c.lo]!) * c.t;
    const b = paper.data[bottom + c.lo]! + (paper.data[bottom + c.hi]! - paper.data[bottom + c.lo]!) * c.t;
    out[x] = a + (b - a) * y.t;
  }
}

/** CCITT G4 data (one strip, MSB first, ending with EOFB) of a 0/255 one-byte-per-pixel image. */
export async function encodeG4(bits: Buffer, width: number, height: number): Promise<Buffer> {
  // libvips writes strips of tileHeight rows even when not tiled; one strip for the whole page
  // is what a PDF CCITT stream needs (each strip starts again from an all-white reference line).
  const tileHeight = Math.ceil(height / 16) * 16;
  const tiff = await sharp(bits, { raw: { width, height, channels: 1 }, limitInputPixels: 400_000_000 })
    .toColourspace('b-w')
    .tiff({ compression: 'ccittfax4', bitdepth: 1, miniswhite: true, tileHeight, tileWidth: Math.ceil(width / 16) * 16 })
    .toBuffer();
  return singleStrip(tiff);
}

/** Tags we need from the first IFD of a TIFF. */
const TAG = { compression: 259, photometric: 262, fillOrder: 266, stripOffsets: 273, stripByteCounts: 279 } as const;

export function singleStrip(tiff: Buffer): Buffer {
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number): number => (little ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number): number => (little ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const ifd = u32(4);
  const entries = u16(ifd);
  const values = new Map<number, { count: number; value: number }>();
  for (let e = 0; e < entries; e++) {
    const at = ifd + 2 + e * 12;
    const type = u16(at + 2);
    const count = u32(at + 4);
    const value = type === 3 && count === 1 ? u16(at + 8) : u32(at + 8);
    values.set(u16(at), { count, value });
  }
  const offsets = values.get(TAG.stripOffsets);
  const counts = values.get(TAG.stripByteCounts);
  if (values.get(TAG.compression)?.value !== 4 || !offsets || !counts || offsets.count !== 1 || counts.count !== 1) {
    throw new Error('expected one CCITT G4 strip');
  }
  if ((values.get(TAG.fillOrder)?.value ?? 1) !== 1) throw new Error('expected FillOrder 1');
  // Photometric 0 (min-is-white): the coded "white" runs are paper, as PDF's default BlackIs1 false expects.
  if (values.get(TAG.photometric)?.value !== 0) throw new Error('expected min-is-white');
  return tiff.subarray(offsets.value, offsets.value + counts.value);
}
