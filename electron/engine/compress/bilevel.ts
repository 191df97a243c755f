import sharp from 'sharp';
import type { Pixels } from './image-pixels';
import { nextInk, wordView } from './bit-rows';
import { recordOwnStream } from './own-streams';
import { Restore, clearPictureEdges, restorePixel } from './picture-edges';
import { type KernelLease, type PageKernels, leaseKernels } from './kernels/page-kernels';

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

// Ink when darker than 72 % of the local paper and at least 28 levels below it; a colour (a stamp) is not
// ink when excluded: max − min of its channels above 48. The constants are in kernels/page-kernels.wat.
/** The paper level is measured on a copy this many times smaller (see localBackground). */
const PAPER_SHRINK = 8;

export interface Bilevel {
  /** One byte per pixel: 0 ink, 255 paper (what sharp packs to 1 bit). */
  bits: Buffer;
  width: number;
  height: number;
  inkPixels: number;
  /** The paper level the ink was judged against (paintOverInk paints it over the ink). */
  paper: PaperLevel;
  /** The page kernels' memory `bits` lies in (paintOverInk works there too). */
  marker: InkMarker;
  /** Gives that memory back for the thread's next page: `bits` must not be read after. */
  release(): void;
}

/**
 * One pass over the page's pixels. The paper level is measured small (the page shrunk 8×, blurred)
 * and read back per pixel by bilinear interpolation, row by row, instead of being enlarged into a
 * full-size image first: on a 300-dpi A4 page that enlargement alone cost more CPU than the whole
 * comparison, and held another 9 MB per page in flight (bench/results.md, issue 15).
 * `excludePictures`: large solid dark areas (a photo on a mixed page) are not ink either: they
 * would otherwise become black 1-bit blobs painted over the colour layer, which keeps them.
 */
export async function threshold(
  pixels: Pixels,
  options: { excludeColour: boolean; excludePictures?: boolean },
): Promise<Bilevel> {
  const { width, height, channels, data } = pixels;
  const paper = await paperLevel(pixels);
  const limits = new PaperRows(paper, width, height, 'limit');
  const excludeColour = options.excludeColour && channels === 3;
  // The picture search's ink per block, counted as the ink is marked: no second pass over the page's bytes.
  const blocks = options.excludePictures ? new InkBlocks(width, height) : null;
  const rowBytes = width * channels;
  const bandRows = Math.max(1, Math.min(height, Math.floor(BAND_BYTES / Math.max(1, rowBytes))));
  const marker = new InkMarker(width, channels, bandRows * rowBytes, width * height, blocks);
  let inkPixels: number;
  try {
    inkPixels = markInk(marker, data, channels, limits, width, height, bandRows, excludeColour, blocks);
  } catch (error) {
    marker.release();
    throw error;
  } finally {
    limits.release();
  }
  const bits = marker.mask();
  // Nothing is painted yet (paintOverInk comes after): the page's own pixels are both the "cleaned" layer
  // and the original, so the picture-edge test reads their colour and restoring a pixel changes nothing.
  if (blocks) inkPixels -= clearPictureAreas(bits, width, height, { cleaned: data, original: data, channels }, blocks);
  return { bits, width, height, inkPixels, paper, marker, release: () => marker.release() };
}

/**
 * threshold's rows, in the page kernels (kernels/page-kernels.wat, SIMD): the page goes into their memory a
 * band of rows at a time (a band, not the page: a second copy of a 9000 × 9000 scan would be 243 MB); the
 * mask is made there whole, and stays there (Bilevel.bits) until the page is done. Returns the ink count.
 */
function markInk(
  marker: InkMarker,
  data: Uint8Array,
  channels: 1 | 3,
  limits: PaperRows,
  width: number,
  height: number,
  bandRows: number,
  excludeColour: boolean,
  blocks: InkBlocks | null,
): number {
  const rowBytes = width * channels;
  let inkPixels = 0;
  for (let y0 = 0; y0 < height; y0 += bandRows) {
    const y1 = Math.min(height, y0 + bandRows);
    marker.load(data.subarray(y0 * rowBytes, y1 * rowBytes));
    for (let y = y0; y < y1; y++) {
      const t = limits.at(y);
      inkPixels += marker.mark(limits, (y - y0) * rowBytes, y * width, t, excludeColour, 0, 255, y);
    }
  }
  marker.countsInto(blocks);
  return inkPixels;
}

/** The band of page rows markInk copies into the kernels' memory at a time (stays in the CPU's cache). */
const BAND_BYTES = 256 * 1024;

/**
 * Marks the ink of one row: `out[outBase + x] = ink` where pixel x of the row starting at pixel `base`
 * of `src` is darker than its limit (1000 × luma < the limit, interpolated at `t` between the widened
 * small rows `rows.lo` and `rows.hi`), `paper` elsewhere. Returns the ink count. With `blocks`, counts
 * the ink per picture block of row `y`. One row on its own (tests): pages go through threshold and
 * banded-text.ts, which keep one InkMarker for all their rows.
 */
export function inkRow(
  src: Uint8Array,
  base: number,
  channels: 1 | 3,
  rows: PaperRows,
  t: number,
  width: number,
  excludeColour: boolean,
  out: Uint8Array,
  outBase: number,
  ink: number,
  paper: number,
  blocks: InkBlocks | null = null,
  y = 0,
): number {
  const marker = new InkMarker(width, channels, width * channels, width, blocks);
  try {
    if (blocks) marker.countsFrom(blocks);
    const row = src.subarray(base * channels, (base + width) * channels);
    const count = marker.markRow(rows, row, t, excludeColour, out, outBase, ink, paper, y);
    marker.countsInto(blocks);
    return count;
  } finally {
    marker.release();
  }
}

/**
 * The page kernels' memory for a page (or a banded page's rows): a region for page rows (a band of them),
 * one for the mask, the two widened paper rows (copied in when PaperRows moves on to other small rows,
 * every 8th row) and the picture blocks' counts. release() gives the memory back.
 *
 * The ink kernel compares what JavaScript compared, in doubles; it passes over paper sixteen pixels at a
 * time where every byte is at least the level whose 1000 × luma reaches the row's highest limit (then no
 * pixel can be below its own limit, which never exceeds that highest one).
 */
export class InkMarker {
  private readonly lease: KernelLease;
  private readonly srcAt: number;
  private readonly outAt: number;
  private readonly loAt: number;
  private readonly hiAt: number;
  private readonly countsAt: number;
  private readonly blockOfAt: number;
  /** The paper rows whose widened rows are in the memory, and their small rows. */
  private heldRows: PaperRows | null = null;
  private heldLo = -1;
  private heldHi = -1;

  constructor(
    private readonly width: number,
    private readonly channels: 1 | 3,
    srcBytes: number,
    private readonly outBytes: number,
    private readonly blocks: InkBlocks | null,
  ) {
    const countBytes = blocks ? blocks.counts.length * 4 : 0;
    const lease = leaseKernels([srcBytes, outBytes, width * 4, width * 4, countBytes, blocks ? width * 4 : 0]);
    this.lease = lease;
    [this.srcAt, this.outAt, this.loAt, this.hiAt, this.countsAt, this.blockOfAt] = lease.at;
    if (blocks) {
      this.lease.bytes.fill(0, this.countsAt, this.countsAt + countBytes);
      new Int32Array(this.lease.bytes.buffer, this.blockOfAt, width).set(blocks.blockOfColumn);
    }
  }

  /** The mask region, as a Buffer over the memory (valid until release). */
  mask(): Buffer {
    return Buffer.from(this.lease.bytes.buffer, this.outAt, this.outBytes);
  }

  /** Copies page bytes into the rows region. */
  load(bytes: Uint8Array): void {
    this.lease.bytes.set(bytes, this.srcAt);
  }

  /**
   * Marks the row at byte `srcOffset` of the rows region into mask pixel `outOffset` on (`ink` or `paper` in
   * each byte), against `rows` prepared at the row (t); returns its ink count.
   */
  mark(
    rows: PaperRows,
    srcOffset: number,
    outOffset: number,
    t: number,
    excludeColour: boolean,
    ink: number,
    paper: number,
    y: number,
  ): number {
    const { blocks } = this;
    this.syncRows(rows);
    const max = rows.max;
    const bound = Math.max(0, Math.min(0x7fffffff, Math.ceil(max)));
    const counts = blocks ? this.countsAt + blocks.rowBase(y) * 4 : 0;
    return this.lease.kernels.inkRow(
      this.srcAt + srcOffset,
      this.loAt,
      this.hiAt,
      this.outAt + outOffset,
      this.width,
      this.channels,
      t,
      bound,
      paperFloor(max),
      excludeColour && this.channels === 3 ? 1 : 0,
      ink,
      paper,
      counts,
      this.blockOfAt,
    );
  }

  /** One row in and its mask bytes out to `out` at `outBase`. */
  markRow(
    rows: PaperRows,
    src: Uint8Array,
    t: number,
    excludeColour: boolean,
    out: Uint8Array,
    outBase: number,
    ink: number,
    paper: number,
    y: number,
  ): number {
    this.load(src);
    const count = this.mark(rows, 0, 0, t, excludeColour, ink, paper, y);
    out.set(this.lease.bytes.subarray(this.outAt, this.outAt + this.width), outBase);
    return count;
  }

  /**
   * paintOverInk's rows: each row with ink goes in, is tallied for inkGrey and painted, and comes back out.
   * The mask is this memory's (threshold's).
   */
  paint(pixels: Pixels, levels: PaperRows): InkTally {
    const { width, height, channels, data } = pixels;
    const { kernels, bytes } = this.lease;
    const rowBytes = width * channels;
    let sum = 0;
    let count = 0;
    for (let y = 0; y < height; y++) {
      const maskRow = this.outAt + y * width;
      // Rows without ink (most of a page's) never widen the level nor travel.
      if (kernels.nextInk(maskRow, 0, width) === width) continue;
      const t = levels.at(y);
      this.syncRows(levels);
      const row = data.subarray(y * rowBytes, (y + 1) * rowBytes);
      bytes.set(row, this.srcAt);
      // inkGrey's every 7th pixel of the page: the first of this row.
      const first = (7 - ((y * width) % 7)) % 7;
      [sum, count] = kernels.paintRow(this.srcAt, maskRow, this.loAt, this.hiAt, width, channels, t, first, sum, count);
      row.set(bytes.subarray(this.srcAt, this.srcAt + rowBytes));
    }
    return { sum, count };
  }

  /** Starts the counts from `blocks`' (a row marked on its own adds to what earlier rows counted). */
  countsFrom(blocks: InkBlocks): void {
    new Int32Array(this.lease.bytes.buffer, this.countsAt, blocks.counts.length).set(blocks.counts);
  }

  /** Copies the counts out into `blocks`. */
  countsInto(blocks: InkBlocks | null): void {
    if (blocks) blocks.counts.set(new Int32Array(this.lease.bytes.buffer, this.countsAt, blocks.counts.length));
  }

  release(): void {
    this.lease.release();
  }

  /** The widened rows of `rows` (prepared at a row), copied in when they are not those held. */
  private syncRows(rows: PaperRows): void {
    if (rows === this.heldRows && rows.loRow === this.heldLo && rows.hiRow === this.heldHi) return;
    new Float32Array(this.lease.bytes.buffer, this.loAt, this.width).set(rows.lo);
    new Float32Array(this.lease.bytes.buffer, this.hiAt, this.width).set(rows.hi);
    this.heldRows = rows;
    this.heldLo = rows.loRow;
    this.heldHi = rows.hiRow;
  }
}

/** inkGrey's sum and count of the ink's levels (mrc.ts), every 7th pixel of the page. */
export interface InkTally {
  sum: number;
  count: number;
}

/**
 * The lowest level whose 1000 × level reaches `bound` (a pixel with every byte at least that is not ink),
 * or −1 when no byte level does.
 */
function paperFloor(bound: number): number {
  let floor = Math.max(0, Math.ceil(bound / 1000));
  while (floor * 1000 < bound) floor++;
  while (floor > 0 && (floor - 1) * 1000 >= bound) floor--;
  return floor > 255 ? -1 : floor;
}

/**
 * Ink pixels per block of clearPictureAreas' grid, filled by inkRow as it marks them (each pixel of a fresh
 * mask is marked at most once, so the counts are those of the finished mask, as clearPictureAreas would count).
 */
export class InkBlocks {
  readonly block: number;
  readonly gw: number;
  readonly gh: number;
  readonly counts: Int32Array;
  readonly blockOfColumn: Int32Array;

  constructor(width: number, height: number) {
    this.block = pictureBlock(width);
    this.gw = Math.ceil(width / this.block);
    this.gh = Math.ceil(height / this.block);
    this.counts = new Int32Array(this.gw * this.gh);
    this.blockOfColumn = new Int32Array(width);
    for (let x = 0; x < width; x++) this.blockOfColumn[x] = Math.floor(x / this.block);
  }

  rowBase(y: number): number {
    return Math.floor(y / this.block) * this.gw;
  }
}

/** The picture grid's block side for a mask `width` pixels wide (about 160 blocks across). */
function pictureBlock(width: number): number {
  return Math.max(4, Math.round(width / 160));
}

/**
 * The MRC colour layer: the page with its ink replaced by the paper level around it, painted into
 * `pixels` itself. Before, threshold painted into a copy of the whole page (26 MB at 300 dpi A4, 243 MB
 * for the 9000 × 9000 image of multipage.pdf) and gave cleared picture areas their own pixels back from
 * the original; painting only over the ink left once picture areas are cleared gives the same layer
 * without the copy (issue 15's memory target). On its way it tallies the ink's levels for inkGrey
 * (mrc.ts), read before they are painted over: one pass over the ink rows for both, in the page kernels.
 */
export function paintOverInk(pixels: Pixels, bilevel: Bilevel): InkTally {
  const levels = new PaperRows(bilevel.paper, pixels.width, pixels.height, 'level');
  try {
    return bilevel.marker.paint(pixels, levels);
  } finally {
    levels.release();
  }
}

/**
 * The small paper level read back at full size one row at a time, by bilinear interpolation (centres
 * aligned, edges clamped, as libvips samples), as the ink limit (1000 × luma must stay below it:
 * lum < 0.72 p and p − lum ≥ 28) or as the level itself (for cleaning the MRC background). Only the two
 * small rows around the current row are held widened to full width: a widened copy of every small
 * row was 4 MB a page (40 MB for multipage.pdf's 9000 × 9000 scan) of garbage per page.
 */
export class PaperRows {
  private readonly lease: KernelLease;
  private readonly kernels: PageKernels;
  /** Where in the kernels' memory: the small level, the runs (starts, small columns), the column weights. */
  private readonly levelAt: number;
  private readonly runStartAt: number;
  private readonly runLoAt: number;
  private readonly runHiAt: number;
  private readonly colTAt: number;
  private readonly runs: number;
  /** The widened small rows around the prepared row (see at), in the kernels' memory, and where they lie. */
  lo: Float32Array;
  hi: Float32Array;
  private loPtr: number;
  private hiPtr: number;
  /** The largest value of each (an upper bound of the prepared row's values: see max). */
  // Doubles from the start, as widen returns them: a field that starts as a small integer and later holds a
  // double changes the class's field representation, which deoptimises code compiled against the class.
  private loMax = -Infinity;
  private hiMax = -Infinity;
  private loAt = -1;
  private hiAt = -1;

  constructor(
    private readonly paper: PaperLevel,
    private readonly width: number,
    private readonly height: number,
    private readonly kind: 'limit' | 'level',
  ) {
    const colLo = new Int32Array(width);
    const colHi = new Int32Array(width);
    const colT = new Float32Array(width);
    const starts = sampleColumns(width, paper.width, colLo, colHi, colT);
    this.runs = starts.length;
    // The widening runs in the page kernels (kernels/page-kernels.wat), in a memory of the thread's pool (a
    // memory of its own per PaperRows, two a page, kept the garbage collector busy with their reservations).
    const memory = leaseKernels([
      paper.data.length,
      (this.runs + 1) * 4,
      this.runs * 4,
      this.runs * 4,
      width * 4,
      width * 4,
      width * 4,
    ]);
    this.lease = memory;
    this.kernels = memory.kernels;
    [this.levelAt, this.runStartAt, this.runLoAt, this.runHiAt, this.colTAt, this.loPtr, this.hiPtr] = memory.at;
    const { buffer } = memory.bytes;
    memory.bytes.set(paper.data, this.levelAt);
    new Int32Array(buffer, this.runStartAt, this.runs + 1).set([...starts, width]);
    new Int32Array(buffer, this.runLoAt, this.runs).set(starts.map((x) => colLo[x]!));
    new Int32Array(buffer, this.runHiAt, this.runs).set(starts.map((x) => colHi[x]!));
    new Float32Array(buffer, this.colTAt, width).set(colT);
    this.lo = new Float32Array(buffer, this.loPtr, width);
    this.hi = new Float32Array(buffer, this.hiPtr, width);
  }

  /** Prepares row y: its values are `lo + (hi − lo) × t` per column, with the t returned. */
  at(y: number): number {
    const s = sampleAt(y, this.height, this.paper.height);
    if (s.lo !== this.loAt) {
      if (s.lo === this.hiAt) {
        [this.lo, this.hi] = [this.hi, this.lo];
        [this.loPtr, this.hiPtr] = [this.hiPtr, this.loPtr];
        [this.loMax, this.hiMax] = [this.hiMax, this.loMax];
        [this.loAt, this.hiAt] = [this.hiAt, -1];
      } else {
        this.loMax = this.widen(s.lo, this.loPtr);
        this.loAt = s.lo;
      }
    }
    if (s.hi !== this.hiAt) {
      this.hiMax = this.widen(s.hi, this.hiPtr);
      this.hiAt = s.hi;
    }
    return s.t;
  }

  /** The small rows the prepared row lies between (lo's and hi's). */
  get loRow(): number {
    return this.loAt;
  }

  get hiRow(): number {
    return this.hiAt;
  }

  /** Gives the kernels' memory back to the thread's pool: lo and hi must not be read after. */
  release(): void {
    this.lease.release();
  }

  /** No value of the prepared row is above this. */
  get max(): number {
    return this.loMax > this.hiMax ? this.loMax : this.hiMax;
  }

  /**
   * Widens small row sy into the row at `into` and returns its largest value (as stored, in single precision).
   * Run by run of columns lying between the same two small pixels: their two levels are read once a run (8
   * columns at the 8× shrink); each value is the double JavaScript computed, rounded to the same float.
   */
  private widen(sy: number, into: number): number {
    const row = this.levelAt + sy * this.paper.width;
    const kind = this.kind === 'limit' ? 1 : 0;
    return this.kernels.widen(kind, row, this.runStartAt, this.runLoAt, this.runHiAt, this.runs, this.colTAt, into);
  }
}

/**
 * Where each full-size column falls between two small columns (PaperRows' colLo, colHi and colT), and where
 * each run of columns between the same two starts. Its own function for the JIT: as the constructor's loop,
 * it was compiled on the stack before the constructor's last lines had run, and reaching them threw that
 * code away (issue 15's wall time).
 */
function sampleColumns(width: number, smallWidth: number, colLo: Int32Array, colHi: Int32Array, colT: Float32Array): number[] {
  const runs: number[] = [];
  for (let x = 0; x < width; x++) {
    const c = sampleAt(x, width, smallWidth);
    colLo[x] = c.lo;
    colHi[x] = c.hi;
    colT[x] = c.t;
    if (x === 0 || c.lo !== colLo[x - 1] || c.hi !== colHi[x - 1]) runs.push(x);
  }
  return runs;
}

export interface PaperLevel {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * The paper level (grey), small: the page shrunk PAPER_SHRINK×, blurred (what localBackground enlarges).
 * `full`: the page's size when `pixels` is already a shrunk copy of it (band-decoded pages).
 */
export async function paperLevel(pixels: Pixels, full = { width: pixels.width, height: pixels.height }): Promise<PaperLevel> {
  const width = Math.max(1, Math.round(full.width / PAPER_SHRINK));
  const height = Math.max(1, Math.round(full.height / PAPER_SHRINK));
  const data = await sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } })
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    .blur(Math.max(0.5, Math.min(width, height) / 40))
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return { data, width, height };
}

/** The paper level is measured on a copy this many times smaller (exported for band decoding). */
export const PAPER_SHRINK_FACTOR = PAPER_SHRINK;

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

/** Ink share above which a block is solid (text, even bold, stays well under it: strokes are thin). */
const SOLID_BLOCK = 0.6;
/** A solid area at least this many blocks, and this many blocks across both ways, is a picture, not text. */
const PICTURE_MIN_BLOCKS = 16;
const PICTURE_MIN_SPAN = 4;

/**
 * Clears the ink of large solid dark areas (photos, dark pictures) and returns how many ink pixels it
 * cleared. Blocks of about 1.3 mm (a 160th of the page's width) that are mostly ink and join into an
 * area of at least 16 blocks spanning 4 both ways (5 mm) are a picture; the picture's bounding box (when
 * it fills half of it, as a photo does) or else its blocks are cleared, and so is the picture's edge in
 * the blocks around it (picture-edges.ts); with `restore`, cleared pixels get their own colour back in
 * the cleaned colour layer.
 */
export function clearPictureAreas(
  bits: Buffer,
  width: number,
  height: number,
  restore?: { cleaned: Buffer; original: Buffer; channels: number },
  counted?: InkBlocks,
): number {
  const block = pictureBlock(width);
  const gw = Math.ceil(width / block);
  const gh = Math.ceil(height / block);
  // Ink per block: from the threshold that just marked it (`counted`), or in one pass along the rows (a
  // pass per block walked the page in cache-hostile squares, and was 0.6 s of the 10-page typed scan's
  // command, issue 15).
  let inkPerBlock: Int32Array;
  if (counted && counted.block === block && counted.gh === gh) inkPerBlock = counted.counts;
  else {
    inkPerBlock = new Int32Array(gw * gh);
    countInkPerBlock(bits, width, height, block, gw, inkPerBlock);
  }
  const solid = new Uint8Array(gw * gh);
  markSolidBlocks(inkPerBlock, width, height, block, gw, gh, solid);
  const clear = new Uint8Array(gw * gh);
  /** Each picture's bounding box, in blocks (its edge lies within it or in the blocks around it). */
  const extent = new Uint8Array(gw * gh);
  findPictures(solid, gw, gh, clear, extent);
  const cleared = clearBlocks(bits, width, height, block, gw, gh, clear, restore ?? null);
  // The picture's edge, in the blocks around it, without the text beside it (picture-edges.ts).
  return cleared + clearPictureEdges(bits, { width, height, block, gw, gh, picture: clear, extent }, restore);
}

/*
 * clearPictureAreas' passes, each in a function of its own with nothing after its loop, for the JIT's sake:
 * as one function, each loop was compiled on the stack before the next had run, and reaching the next threw
 * the compiled code away (6 compilations of clearPictureAreas on the 10-page typed scan, issue 15's wall time).
 */

/** Ink per block in one pass along the rows; only the ink is visited (bit-rows.ts steps over paper four bytes at a time). */
function countInkPerBlock(bits: Buffer, width: number, height: number, block: number, gw: number, inkPerBlock: Int32Array): void {
  const blockOfColumn = new Int32Array(width);
  for (let x = 0; x < width; x++) blockOfColumn[x] = Math.floor(x / block);
  const view = wordView(bits);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / block) * gw;
    const base = y * width;
    const end = base + width;
    for (let i = nextInk(view, base, end); i < end; i = nextInk(view, i + 1, end)) {
      const k = row + blockOfColumn[i - base]!;
      inkPerBlock[k] = inkPerBlock[k]! + 1;
    }
  }
}

/** 1 for the blocks that are mostly ink. */
function markSolidBlocks(
  inkPerBlock: Int32Array,
  width: number,
  height: number,
  block: number,
  gw: number,
  gh: number,
  solid: Uint8Array,
): void {
  for (let gy = 0; gy < gh; gy++) {
    const rows = Math.min(height, (gy + 1) * block) - gy * block;
    for (let gx = 0; gx < gw; gx++) {
      const count = rows * (Math.min(width, (gx + 1) * block) - gx * block);
      solid[gy * gw + gx] = inkPerBlock[gy * gw + gx]! >= SOLID_BLOCK * count ? 1 : 0;
    }
  }
}

/** Marks in `clear` the blocks of each picture (joined solid blocks, large enough) and in `extent` its bounding box. */
function findPictures(solid: Uint8Array, gw: number, gh: number, clear: Uint8Array, extent: Uint8Array): void {
  const seen = new Uint8Array(gw * gh);
  const queue: number[] = [];
  for (let start = 0; start < solid.length; start++) {
    if (!solid[start] || seen[start]) continue;
    const members: number[] = [];
    seen[start] = 1;
    queue.push(start);
    let minX = gw;
    let minY = gh;
    let maxX = 0;
    let maxY = 0;
    while (queue.length > 0) {
      const p = queue.pop()!;
      members.push(p);
      const x = p % gw;
      const y = (p - x) / gw;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= gw || ny >= gh) continue;
          const q = ny * gw + nx;
          if (solid[q] && !seen[q]) {
            seen[q] = 1;
            queue.push(q);
          }
        }
    }
    const spanX = maxX - minX + 1;
    const spanY = maxY - minY + 1;
    if (members.length < PICTURE_MIN_BLOCKS || spanX < PICTURE_MIN_SPAN || spanY < PICTURE_MIN_SPAN) continue;
    const cells =
      members.length >= 0.5 * spanX * spanY
        ? Array.from({ length: spanX * spanY }, (_, k) => (minY + Math.floor(k / spanX)) * gw + minX + (k % spanX))
        : members;
    for (const p of cells) clear[p] = 1;
    for (let y = minY; y <= maxY; y++) extent.fill(1, y * gw + minX, y * gw + maxX + 1);
  }
}

/** Clears the ink of the blocks marked in `clear`; returns how many ink pixels it cleared. */
function clearBlocks(
  bits: Buffer,
  width: number,
  height: number,
  block: number,
  gw: number,
  gh: number,
  clear: Uint8Array,
  restore: Restore | null,
): number {
  let cleared = 0;
  for (let gy = 0; gy < gh; gy++) {
    for (let gx = 0; gx < gw; gx++) {
      if (!clear[gy * gw + gx]) continue;
      for (let y = gy * block; y < Math.min(height, (gy + 1) * block); y++)
        for (let x = gx * block, i = y * width + x; x < Math.min(width, (gx + 1) * block); x++, i++) {
          if (bits[i] === 0) {
            bits[i] = 255;
            cleared++;
            // The colour layer gets the picture's own pixels back (cleaning had painted paper over them).
            if (restore) restorePixel(restore, i);
          }
        }
    }
  }
  return cleared;
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
  const g4 = singleStrip(tiff);
  recordOwnStream(g4);
  return g4;
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
