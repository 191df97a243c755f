/**
 * Reading an MRZ line cell by cell, without OCR: the line is 44 characters of a fixed-pitch font
 * (OCR-B on real passports, ICAO 9303 part 3) in a 37-character alphabet, so it is cut into 44
 * cells and each cell is matched against glyph templates (shared/reading/mrz-templates.ts) by
 * normalised correlation, among the characters its position may hold (TD3: digits in dates and
 * check digits, letters or "<" in names and codes). This is how dedicated MRZ readers work: it
 * takes milliseconds and does not take OCR-B's "<" for K or L as tesseract's models do
 * (bench/results.md, reading-bench).
 *
 * Nothing is guessed: each cell gets the best-matching allowed glyph with its score and its margin
 * over the runner-up, and the caller decides (check digits, confidence) what to accept.
 * Pure: the line images come from electron/reading/mrz-band.ts.
 */

/** A grey image, row by row: 0 is black ink, 255 white paper. */
export interface GrayImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** The normalised cell every glyph is compared in (the cell, a margin around it). */
export const GLYPH_W = 20;
export const GLYPH_H = 26;
/**
 * The margin around a cell, as a fraction of the pitch (sideways) and of the text height. None
 * sideways: the neighbours' ink would weigh on narrow glyphs (I and 1 differ by a flag).
 */
const MARGIN_X = 0;
const MARGIN_Y = 0.12;
/**
 * Shifts tried when matching (in glyph pixels): a cell a little off its grid still matches. Half
 * steps sideways: a narrow stem (I, 1) half a pixel off its template loses most of its correlation.
 */
const SHIFTS_X = [-1, -0.5, 0, 0.5, 1];
const SHIFTS_Y = [-1, 0, 1];
/** Characters kept after the first, unshifted look at a cell. */
const SHORTLIST = 6;

export const MRZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ<';
const DIGITS = '0123456789';
const ALNUM = MRZ_ALPHABET;

/** What each position of a TD3 line may hold (ICAO 9303 part 4). */
export const TD3_CLASSES: [string[], string[]] = [
  Array.from({ length: 44 }, (_, i) => (i === 0 ? 'P' : LETTERS)),
  Array.from({ length: 44 }, (_, i) => {
    if (i <= 8) return ALNUM; // passport number: letters and digits
    if (i === 9 || (i >= 13 && i <= 19) || (i >= 21 && i <= 27) || i === 43) return DIGITS;
    if (i >= 10 && i <= 12) return LETTERS; // nationality
    if (i === 20) return 'MFX<';
    if (i === 42) return `${DIGITS}<`; // personal number's check digit, "<" when there is none
    return ALNUM; // optional personal number
  }),
];

export interface LineGeometry {
  /** First and last row of the text (cap height to baseline). */
  top: number;
  bottom: number;
  /** Left edge of the first cell and the cell pitch, in pixels. */
  origin: number;
  pitch: number;
}

function otsu(data: Uint8Array): number {
  const histogram = new Float64Array(256);
  for (let i = 0; i < data.length; i++) histogram[data[i]!]! += 1;
  let sum = 0;
  for (let t = 0; t < 256; t++) sum += t * histogram[t]!;
  let below = 0;
  let sumBelow = 0;
  let best = 128;
  let bestVariance = -1;
  for (let t = 0; t < 256; t++) {
    below += histogram[t]!;
    if (below === 0) continue;
    const above = data.length - below;
    if (above === 0) break;
    sumBelow += t * histogram[t]!;
    const meanBelow = sumBelow / below;
    const meanAbove = (sum - sumBelow) / above;
    const variance = below * above * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = t;
    }
  }
  return best;
}

/**
 * Where the `cells` characters of a fixed-pitch line sit: the text's rows (the run of rows around
 * the inkiest one), then the pitch and origin whose 45 cell boundaries fall where there is least ink,
 * the whole ink of the line lying inside the cells. Null when the image holds no such line.
 */
export function lineGeometry(image: GrayImage, cells: number): LineGeometry | null {
  const { data, width, height } = image;
  const threshold = otsu(data);
  const rows = new Float64Array(height);
  for (let y = 0; y < height; y++) {
    let n = 0;
    for (let x = 0; x < width; x++) if (data[y * width + x]! <= threshold) n += 1;
    rows[y] = n;
  }
  let peak = 0;
  for (let y = 1; y < height; y++) if (rows[y]! > rows[peak]!) peak = y;
  if (rows[peak]! === 0) return null;
  // Rows with 6% of the peak's ink: a line of fillers ("<", mid-height) with a few capitals still
  // reaches the capitals' tops; a stray speck does not.
  const floor = Math.max(2, rows[peak]! * 0.06);
  let top = peak;
  let bottom = peak;
  while (top > 0 && rows[top - 1]! >= floor) top -= 1;
  while (bottom < height - 1 && rows[bottom + 1]! >= floor) bottom += 1;
  if (bottom - top < 5) return null;
  const columns = new Float64Array(width);
  for (let x = 0; x < width; x++) {
    let n = 0;
    for (let y = top; y <= bottom; y++) n += Math.max(0, threshold - data[y * width + x]!);
    columns[x] = n;
  }
  const total = columns.reduce((s, v) => s + v, 0);
  if (total === 0) return null;
  // The ink's extent, without the faintest 0.2% at each end (specks, JPEG noise).
  let seen = 0;
  let left = 0;
  while (left < width - 1 && seen + columns[left]! < total * 0.002) seen += columns[left++]!;
  seen = 0;
  let right = width - 1;
  while (right > 0 && seen + columns[right]! < total * 0.002) seen += columns[right--]!;
  const span = right - left + 1;
  if (span < cells * 3) return null;
  // Smoothed over a third of a pitch: a boundary grazing a glyph's edge scores worse than one in the
  // middle of the gap between two glyphs, which is where a fixed-pitch font's cells meet.
  const radius = Math.max(1, Math.round(span / cells / 6));
  const smooth = new Float64Array(width);
  for (let x = 0; x < width; x++) {
    let n = 0;
    for (let d = -radius; d <= radius; d++) n += columns[Math.min(width - 1, Math.max(0, x + d))]!;
    smooth[x] = n;
  }
  const at = (x: number) => {
    if (x <= 0 || x >= width - 1) return 0;
    const i = Math.floor(x);
    const f = x - i;
    return smooth[i]! * (1 - f) + smooth[i + 1]! * f;
  };
  let best: LineGeometry | null = null;
  let bestScore = Infinity;
  // Glyphs fill 50–100% of a cell: the ink spans between cells − 1 and cells pitches.
  for (let pitch = span / cells; pitch <= span / (cells - 1); pitch += 0.02) {
    for (let origin = right - cells * pitch; origin <= left; origin += 0.25) {
      let score = 0;
      for (let k = 0; k <= cells; k++) score += at(origin + k * pitch);
      if (score < bestScore) {
        bestScore = score;
        best = { top, bottom, origin, pitch };
      }
    }
  }
  return best;
}

/** Cell `k` of a line resampled to GLYPH_W × GLYPH_H ink values (255 = black), shifted by (dx, dy) glyph pixels. */
export function sampleCell(image: GrayImage, geometry: LineGeometry, k: number, dx = 0, dy = 0): Float32Array {
  const { data, width, height } = image;
  const textHeight = geometry.bottom - geometry.top + 1;
  const x0 = geometry.origin + k * geometry.pitch - MARGIN_X * geometry.pitch;
  const y0 = geometry.top - MARGIN_Y * textHeight;
  const sx = (geometry.pitch * (1 + 2 * MARGIN_X)) / GLYPH_W;
  const sy = (textHeight * (1 + 2 * MARGIN_Y)) / GLYPH_H;
  const out = new Float32Array(GLYPH_W * GLYPH_H);
  const pixel = (x: number, y: number) => (x < 0 || y < 0 || x >= width || y >= height ? 0 : 255 - data[y * width + x]!);
  for (let gy = 0; gy < GLYPH_H; gy++) {
    const y = y0 + (gy + 0.5 + dy) * sy - 0.5;
    const iy = Math.floor(y);
    const fy = y - iy;
    for (let gx = 0; gx < GLYPH_W; gx++) {
      const x = x0 + (gx + 0.5 + dx) * sx - 0.5;
      const ix = Math.floor(x);
      const fx = x - ix;
      out[gy * GLYPH_W + gx] =
        (pixel(ix, iy) * (1 - fx) + pixel(ix + 1, iy) * fx) * (1 - fy) +
        (pixel(ix, iy + 1) * (1 - fx) + pixel(ix + 1, iy + 1) * fx) * fy;
    }
  }
  return out;
}

/** Zero mean, unit length: correlation is then a dot product, blind to contrast and brightness. */
export function normalise(values: ArrayLike<number>): Float32Array {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]!;
  mean /= n;
  let norm = 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = values[i]! - mean;
    norm += out[i]! ** 2;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < n; i++) out[i]! /= norm;
  return out;
}

/** One glyph of one font, normalised. */
export interface GlyphTemplate {
  char: string;
  font: string;
  pixels: Float32Array;
}

export interface CellReading {
  char: string;
  /** Correlation with the best template, −1…1. */
  score: number;
  /** How far ahead of the best other allowed character it is. */
  margin: number;
  /** The best other allowed character. */
  runnerUp: string;
}

/** The best allowed character for one cell, over every template and shift. */
export function classifyCell(
  image: GrayImage,
  geometry: LineGeometry,
  k: number,
  templates: GlyphTemplate[],
  allowed: string,
): CellReading {
  const dot = (a: Float32Array, b: Float32Array) => {
    let sum = 0;
    for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
    return sum;
  };
  const candidates = templates.filter((t) => allowed.includes(t.char));
  // A first look without shifting keeps the few likeliest characters; only they are matched at
  // every shift (a fifth of the work, and the runner-up is among them).
  const centre = normalise(sampleCell(image, geometry, k));
  const first = new Map<string, number>();
  for (const template of candidates)
    first.set(template.char, Math.max(first.get(template.char) ?? -2, dot(centre, template.pixels)));
  const likely = new Set(
    [...first.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, SHORTLIST)
      .map(([c]) => c),
  );
  const samples = SHIFTS_Y.flatMap((dy) => SHIFTS_X.map((dx) => normalise(sampleCell(image, geometry, k, dx, dy))));
  const best = new Map<string, number>();
  for (const template of candidates) {
    if (!likely.has(template.char)) continue;
    let score = -1;
    for (const sample of samples) score = Math.max(score, dot(sample, template.pixels));
    if (score > (best.get(template.char) ?? -2)) best.set(template.char, score);
  }
  const ranked = [...best.entries()].sort((a, b) => b[1] - a[1]);
  const [char, score] = ranked[0] ?? ['<', -1];
  const [runnerUp, second] = ranked[1] ?? ['', -1];
  return { char, score, margin: score - second, runnerUp };
}

/**
 * How much the first `count` cells of a line look like their allowed characters, unshifted: the mean over the cells of
 * the best correlation of the cell's centred sample with an allowed template (−1…1; −1 when no line is found). A fifth
 * of classifyCell's work per cell (no shifted samples), for telling at once a page with no MRZ line at all.
 */
export function quickLineScore(image: GrayImage, classes: string[], templates: GlyphTemplate[], count: number): number {
  const geometry = lineGeometry(image, classes.length);
  if (!geometry) return -1;
  let total = 0;
  for (let k = 0; k < count; k++) {
    const allowed = classes[k]!;
    const sample = normalise(sampleCell(image, geometry, k));
    let best = -1;
    for (const template of templates) {
      if (!allowed.includes(template.char)) continue;
      let dot = 0;
      for (let i = 0; i < sample.length; i++) dot += sample[i]! * template.pixels[i]!;
      if (dot > best) best = dot;
    }
    total += best;
  }
  return total / count;
}

export interface LineReading {
  text: string;
  cells: CellReading[];
}

/** A line, cell by cell, each restricted to its position's class. Null when no line is found. */
export function readLineByCells(
  image: GrayImage,
  classes: string[],
  templates: GlyphTemplate[],
  /** Read only the first `count` cells (enough to tell an upright MRZ line from anything else). */
  count = classes.length,
): LineReading | null {
  const geometry = lineGeometry(image, classes.length);
  if (!geometry) return null;
  const cells = classes.slice(0, count).map((allowed, k) => classifyCell(image, geometry, k, templates, allowed));
  return { text: cells.map((c) => c.char).join(''), cells };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to bytes without Node's Buffer or the DOM's atob (shared/ runs in neither for sure). */
function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of clean) {
    value = (value << 6) | BASE64.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** Templates from their stored form (shared/reading/mrz-templates.ts), normalised for correlation. */
export function decodeTemplates(sets: { font: string; base64: string }[], alphabet: string): GlyphTemplate[] {
  const size = GLYPH_W * GLYPH_H;
  return sets.flatMap(({ font, base64 }) => {
    const bytes = fromBase64(base64);
    return [...alphabet].map((char, k) => ({ char, font, pixels: normalise(bytes.subarray(k * size, (k + 1) * size)) }));
  });
}

/**
 * Below this margin over the runner-up a cell is unsure: on the generated set (bench/reading.ts)
 * every wrong cell had a margin under 0.045 (O/0, D/O, O/Q, I/1 — glyphs that differ by a few
 * pixels), and fewer than 1% of right cells did.
 */
export const UNSURE_MARGIN = 0.05;

/**
 * Places of TD3 line 2 that no check digit covers (nationality, sex): when the cells' reading passes
 * every check digit, OCR may still speak for these (and for the names), not for the checked places.
 */
export const TD3_LINE2_UNCHECKED = new Set([10, 11, 12, 20]);

/** Positions of a line whose cell is unsure. */
export const unsureCells = (line: LineReading): number[] =>
  line.cells.flatMap((cell, i) => (cell.margin < UNSURE_MARGIN ? [i] : []));

/**
 * A second opinion for the unsure cells only: where OCR (tesseract, on the same line, placed on the
 * same cells) read one of the two characters the templates hesitated between, its choice is taken;
 * anything else OCR says there is ignored, and every sure cell keeps the templates' reading. One
 * combined line comes out, to be checked once by its check digits — never a search over alternatives.
 */
export function withSecondOpinion(
  line: LineReading,
  ocr: string | null,
  /** The cells OCR may speak for (default: every unsure cell). */
  open: (cell: number) => boolean = () => true,
): string {
  if (!ocr || ocr.length !== line.cells.length) return line.text;
  return line.cells
    .map((cell, i) => {
      if (cell.margin >= UNSURE_MARGIN || !open(i)) return cell.char;
      const other = ocr[i]!;
      return other === cell.char || other === cell.runnerUp ? other : cell.char;
    })
    .join('');
}

/** Mean correlation of a line's cells: an upright MRZ line scores about 0.9, upside-down text or a wrong band far less. */
export const lineScore = (line: LineReading): number =>
  line.cells.reduce((sum, cell) => sum + cell.score, 0) / Math.max(1, line.cells.length);
