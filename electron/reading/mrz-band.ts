import sharp, { type OutputInfo, type Sharp } from 'sharp';
import type { GrayImage } from '../../shared/reading/mrz-glyphs';
import { sharpOf, type PageImage } from './page-image';
import { paperLevel } from './paper-level';

/**
 * Finding the MRZ band on a passport page (scan or phone photo, any rotation) without
 * OCR: text lines are found from the ink itself, so OCR only reads the band.
 *
 *  1. grey, at most WORK px on the long side; ink = pixels darker than their neighbourhood
 *     (a local threshold survives uneven light and glare);
 *  2. the text direction: the angle whose projection of the ink is sharpest (lines of text
 *     pile up into tall, narrow peaks), searched over 0–180° then refined;
 *  3. the page turned so lines are horizontal; lines found from the row profile;
 *  4. MRZ candidates: two adjacent lines of equal height, both among the widest on the page.
 *
 * Which way up the page is (0° or 180° after step 3) is left to the caller: it OCRs the band
 * both ways and keeps the one whose check digits pass.
 */
/** The band search's working size (long side, px); a PDF page is rendered at most this size for it (read-document.ts). */
export const MRZ_WORK_SIDE = 1600;
const WORK = MRZ_WORK_SIDE;
const ANALYSIS = 700;

type Gray = GrayImage;

async function grayOf(image: Sharp, maxSide: number): Promise<Gray> {
  const { data, info } = await image
    .clone()
    .resize(maxSide, maxSide, { fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

/**
 * Where the page is: cells of `cell` px (about a line of MRZ text) at least 45% as bright as paper, shrunk by one cell so
 * the page's own edge (paper against a dark table) is not taken for a line of text.
 */
function paperCells(gray: Gray, cell: number): { cells: Uint8Array; columns: number } {
  const { data, width, height } = gray;
  const columns = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const sums = new Float64Array(columns * rows);
  // Each cell's row sums added a run of `cell` pixels at a time (whole numbers: the same sums as pixel by pixel), and
  // its pixel count from its size: a read-modify-write of two arrays per pixel was this function's time.
  for (let y = 0; y < height; y++) {
    const rowAt = Math.floor(y / cell) * columns;
    const rowStart = y * width;
    for (let cx = 0; cx < columns; cx++) {
      const end = rowStart + Math.min(width, (cx + 1) * cell);
      let sum = 0;
      for (let i = rowStart + cx * cell; i < end; i++) sum += data[i]!;
      sums[rowAt + cx]! += sum;
    }
  }
  const counts = new Uint32Array(columns * rows);
  for (let cy = 0; cy < rows; cy++)
    for (let cx = 0; cx < columns; cx++)
      counts[cy * columns + cx] =
        (Math.min(height, (cy + 1) * cell) - cy * cell) * (Math.min(width, (cx + 1) * cell) - cx * cell);
  const bright = paperLevel(gray.data) * 0.45;
  const paper = new Uint8Array(columns * rows);
  for (let i = 0; i < paper.length; i++) paper[i] = sums[i]! / counts[i]! > bright ? 1 : 0;
  const cells = new Uint8Array(columns * rows);
  for (let cy = 0; cy < rows; cy++) {
    for (let cx = 0; cx < columns; cx++) {
      let all = 1;
      for (let dy = -1; dy <= 1 && all; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = cx + dx;
          const ny = cy + dy;
          // Beyond the image counts as paper: a scan's page reaches the image's edge.
          if (nx >= 0 && ny >= 0 && nx < columns && ny < rows && !paper[ny * columns + nx]) {
            all = 0;
            break;
          }
        }
      }
      cells[cy * columns + cx] = all;
    }
  }
  return { cells, columns };
}

/**
 * Ink mask: darker than the local mean (window `r`) by more than `c` grey levels, on the page
 * only: a wooden table's grain, a dark background or the page's edge is not text.
 */
function inkMask(gray: Gray, r: number, c: number): Uint8Array {
  const { data, width, height } = gray;
  const cell = Math.round(Math.max(width, height) / 50);
  const page = paperCells(gray, cell);
  // Whole numbers below 2³² (255 × at most 2,263² pixels of a turned 1,600-px page): exact in 32 bits, half the memory
  // (and garbage) of 64-bit floats.
  const integral = new Uint32Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += data[y * width + x]!;
      integral[(y + 1) * (width + 1) + x + 1] = integral[y * (width + 1) + x + 1]! + row;
    }
  }
  const mask = new Uint8Array(width * height);
  const stride = width + 1;
  // Each pixel's page-cell column, once (a division per pixel was much of this loop's time), as in paperCells.
  const cellOfX = Uint32Array.from({ length: width }, (_, x) => Math.floor(x / cell));
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(height, y + r + 1);
    const top = y0 * stride;
    const bottom = y1 * stride;
    const rows = y1 - y0;
    const cellRow = Math.floor(y / cell) * page.columns;
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (!page.cells[cellRow + cellOfX[x]!]) continue;
      const x0 = x > r ? x - r : 0;
      const x1 = x + r + 1 < width ? x + r + 1 : width;
      const sum = integral[bottom + x1]! - integral[top + x1]! - integral[bottom + x0]! + integral[top + x0]!;
      // "darker than the window's mean by more than c" (data < sum / area − c) in whole numbers: the same pixels, no
      // division per pixel (the quotient is exact when it is a whole number, and otherwise at least 1 / area from one).
      const area = rows * (x1 - x0);
      if ((data[row + x]! + c) * area < sum) mask[row + x] = 1;
    }
  }
  return mask;
}

/** Degrees to turn the image clockwise so its text lines are horizontal (0 ≤ angle < 180). */
function textAngle(mask: Uint8Array, width: number, height: number): number {
  // Every ink pixel: sampling on a grid would favour 0° and 90° (the samples fall on every other bin).
  // Typed arrays, not growing JS arrays: a typed page has ~10⁵ ink pixels, 190 angles each (the garbage of
  // growing arrays and Math.round per pixel were most of this function's ≈ 0.24 s on a typed A4 page).
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i]!;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  let at = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if (mask[y * width + x]) {
        xs[at] = x;
        ys[at] = y;
        at += 1;
      }
    }
  const diag = Math.ceil(Math.hypot(width, height));
  const bins = new Float64Array(2 * diag + 2);
  const sharpness = (deg: number) => {
    const t = (deg * Math.PI) / 180;
    const s = Math.sin(t);
    const c = Math.cos(t);
    bins.fill(0);
    // Math.round(v) + diag as a truncation: v + diag + 0.5 is never negative (|v| ≤ diag), so the bin is the same.
    for (let i = 0; i < count; i++) bins[(-xs[i]! * s + ys[i]! * c + diag + 0.5) | 0]! += 1;
    let score = 0;
    for (let i = 0; i < bins.length; i++) score += bins[i]! * bins[i]!;
    return score;
  };
  let best = 0;
  let bestScore = -1;
  for (let deg = 0; deg < 180; deg += 1) {
    const score = sharpness(deg);
    if (score > bestScore) {
      best = deg;
      bestScore = score;
    }
  }
  for (let deg = best - 1; deg <= best + 1; deg += 0.2) {
    const score = sharpness(deg);
    if (score > bestScore) {
      best = deg;
      bestScore = score;
    }
  }
  return ((best % 180) + 180) % 180;
}

interface Line {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function textLines(mask: Uint8Array, width: number, height: number): Line[] {
  const rowInk = new Uint32Array(height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rowInk[y]! += mask[y * width + x]!;
  const threshold = Math.max(3, width * 0.015);
  const lines: Line[] = [];
  let start = -1;
  for (let y = 0; y <= height; y++) {
    const inked = y < height && rowInk[y]! > threshold;
    if (inked && start < 0) start = y;
    if (!inked && start >= 0) {
      if (y - start >= 4) {
        // Horizontal extent: columns holding ink, ignoring a few isolated specks at each end. The line's rows are read
        // in order (a column at a time, row after row, was a strided walk: ≈ 0.1 s of CPU on a typed page).
        const inked = new Uint8Array(width);
        for (let yy = start; yy < y; yy++) {
          const row = yy * width;
          for (let x = 0; x < width; x++) inked[x]! |= mask[row + x]!;
        }
        let count = 0;
        for (let x = 0; x < width; x++) count += inked[x]!;
        const cut = Math.floor(count * 0.005);
        if (count > 0) {
          // The (cut)-th inked column from each end, as cols[cut] and cols[count - 1 - cut] of the list of inked columns.
          const nthInked = (from: number, step: 1 | -1) => {
            for (let x = from, seen = 0; x >= 0 && x < width; x += step) if (inked[x] && seen++ === cut) return x;
            return from;
          };
          const left = nthInked(0, 1);
          const right = nthInked(width - 1, -1);
          lines.push({ top: start, bottom: y, left, right });
        }
      }
      start = -1;
    }
  }
  return lines;
}

/**
 * One line of a candidate band, made only when asked for: the cell reader wants its grey pixels, OCR a PNG. A page
 * with no MRZ has only its candidates' first lines looked at (read-passport.ts), so most crops are never made
 * (all twelve were made as PNGs, then decoded again for the cells: ≈ 0.3 s of CPU per page).
 */
export interface BandLine {
  /** Grey pixels (what `sharp(png()).grayscale().raw()` gives, without the PNG). */
  gray(): Promise<GrayImage>;
  /**
   * The same region of the turned page, neither scaled nor normalised: a copy of its pixels, no libvips work. Enough
   * for a quick look at the first cells (read-passport.ts): the cells are resampled to one size and compared by
   * correlation, which is blind to contrast.
   */
  quickGray(): GrayImage;
  /** The line as a grey PNG at 300 dpi, for tesseract. */
  png(): Promise<Buffer>;
}

export interface MrzBand {
  /** The two lines, text horizontal (possibly upside down: then line 2 comes first). */
  lines: [BandLine, BandLine];
  /** The same two lines turned 180°, in reading order for an upside-down page. */
  flipped: [BandLine, BandLine];
}

/** Each made once, on first use. */
function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | null = null;
  return () => (made ??= make());
}

/** A band line from its raw pixels (any channels), and the same line turned 180°. */
function bandLines(raw: () => Promise<{ data: Buffer; info: OutputInfo }>, quick: () => GrayImage): [BandLine, BandLine] {
  const asRaw = async () => {
    const { data, info } = await raw();
    return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  };
  const grayOfRaw = async (image: Sharp): Promise<GrayImage> => {
    const { data, info } = await image.grayscale().raw().toBuffer({ resolveWithObject: true });
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
  };
  const gray = lazy(async () => grayOfRaw(await asRaw()));
  const quickOnce = (() => {
    let made: GrayImage | null = null;
    return () => (made ??= quick());
  })();
  const upright: BandLine = {
    gray,
    quickGray: quickOnce,
    // Fast deflate (lossless either way): these small PNGs only travel to OCR.
    png: lazy(async () => (await asRaw()).withMetadata({ density: 300 }).png({ compressionLevel: 1 }).toBuffer()),
  };
  const turned: BandLine = {
    quickGray: (() => {
      let made: GrayImage | null = null;
      return () => {
        if (made) return made;
        const { data, width, height } = quickOnce();
        return (made = { data: data.slice().reverse(), width, height });
      };
    })(),
    // Turning by 180° only reverses the order of the pixels.
    gray: lazy(async () => {
      const { data, width, height } = await gray();
      return { data: data.slice().reverse(), width, height };
    }),
    png: lazy(async () => (await asRaw()).rotate(180).withMetadata({ density: 300 }).png({ compressionLevel: 1 }).toBuffer()),
  };
  return [upright, turned];
}

/** Candidate MRZ bands, most likely first (at most `max`). */
export async function findMrzBands(input: PageImage, max = 3): Promise<MrzBand[]> {
  // The engine's pixel budget (120 MP, compress/image-spec.ts): a photo declaring more is not decoded.
  const source = sharpOf(input, { failOn: 'none', limitInputPixels: 120_000_000 }).rotate();
  // The photo is decoded once, grey, at most WORK px; the analysis image is made from that.
  const upright = await grayOf(source, WORK);
  const small = await grayOf(
    sharp(Buffer.from(upright.data), { raw: { width: upright.width, height: upright.height, channels: 1 } }),
    ANALYSIS,
  );
  const smallMask = inkMask(small, 12, 12);
  const angle = textAngle(smallMask, small.width, small.height);
  // Turn the page so the text runs horizontally (the angle found is the direction of the lines),
  // raw grey throughout (no PNG in between).
  const { data: turnedData, info } = await sharp(Buffer.from(upright.data), {
    raw: { width: upright.width, height: upright.height, channels: 1 },
  })
    .rotate(-angle, { background: '#ffffff' })
    // The background colour brings RGB(A) channels back: one grey channel is what the mask reads.
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const work: Gray = {
    data: new Uint8Array(turnedData.buffer, turnedData.byteOffset, info.width * info.height),
    width: info.width,
    height: info.height,
  };
  const mask = inkMask(work, 20, 15);
  const lines = textLines(mask, work.width, work.height);
  if (lines.length < 2) return [];
  const widest = Math.max(...lines.map((l) => l.right - l.left));
  const pairs: { score: number; a: Line; b: Line }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    const ha = a.bottom - a.top;
    const hb = b.bottom - b.top;
    const wa = a.right - a.left;
    const wb = b.right - b.left;
    if (Math.max(ha, hb) > 1.6 * Math.min(ha, hb)) continue;
    if (b.top - a.bottom > 2 * Math.max(ha, hb)) continue;
    if (Math.min(wa, wb) < 0.5 * widest || Math.max(wa, wb) > 1.25 * Math.min(wa, wb)) continue;
    // Long lines of many small characters: width over height is large for an MRZ line (~44 chars).
    const aspect = Math.min(wa / ha, wb / hb);
    if (aspect < 12) continue;
    pairs.push({ score: Math.min(wa, wb) + aspect, a, b });
  }
  pairs.sort((p, q) => q.score - p.score);
  const whole = sharp(Buffer.from(work.data), { raw: { width: work.width, height: work.height, channels: 1 } });
  const extent = (line: Line, gapAbove: number, gapBelow: number) => {
    const h = line.bottom - line.top;
    const left = Math.max(0, line.left - h);
    const top = Math.max(0, line.top - gapAbove);
    return {
      h,
      left,
      top,
      width: Math.min(work.width, line.right + h) - left,
      height: Math.min(work.height, line.bottom + gapBelow) - top,
    };
  };
  const quick = (line: Line, gapAbove: number, gapBelow: number) => (): GrayImage => {
    const { left, top, width, height } = extent(line, gapAbove, gapBelow);
    const data = new Uint8Array(width * height);
    for (let y = 0; y < height; y++)
      data.set(work.data.subarray((top + y) * work.width + left, (top + y) * work.width + left + width), y * width);
    return { data, width, height };
  };
  const crop = (line: Line, gapAbove: number, gapBelow: number) => {
    const { h, left, top, width, height } = extent(line, gapAbove, gapBelow);
    // Capitals about 30 px high suit tesseract's LSTM models best.
    const scale = Math.min(3, Math.max(0.8, 30 / h));
    // A white margin of about a character: tesseract misreads glyphs that touch the image's edge.
    const margin = 30;
    return whole
      .clone()
      .extract({ left, top, width, height })
      .resize(Math.round(width * scale), Math.round(height * scale), { kernel: 'lanczos3' })
      .normalise()
      .extend({ top: margin, bottom: margin, left: margin, right: margin, background: '#ffffff' })
      .raw()
      .toBuffer({ resolveWithObject: true });
  };
  const bands: MrzBand[] = [];
  for (const { a, b } of pairs.slice(0, max)) {
    const gap = Math.max(2, Math.floor((b.top - a.bottom) / 2));
    const margin = Math.round((a.bottom - a.top) * 0.4);
    const [first, firstTurned] = bandLines(
      lazy(() => crop(a, Math.max(gap, margin), gap)),
      quick(a, Math.max(gap, margin), gap),
    );
    const [second, secondTurned] = bandLines(
      lazy(() => crop(b, gap, Math.max(gap, margin))),
      quick(b, gap, Math.max(gap, margin)),
    );
    bands.push({ lines: [first, second], flipped: [secondTurned, firstTurned] });
  }
  return bands;
}
