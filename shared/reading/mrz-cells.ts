/**
 * An MRZ line is 44 characters at a fixed pitch (ICAO 9303 prints it in a monospaced font), so
 * every character OCR returns belongs to one of 44 cells, found from where it sits on the line.
 * This undoes OCR's two commonest layout slips without guessing a single character:
 *  - one glyph read twice ("O0" for one round letter): both land in the same cell, and the
 *    more confident reading is kept;
 *  - a filler run read one "<" too long or too short: the cells, not the count, decide.
 * A cell left empty (a glyph OCR missed) is not filled in: the line is returned as unusable
 * (null), and the caller falls back to the plain text, whose check digits decide.
 * Pure: the symbols come from tesseract (electron/reading/ocr.ts).
 */
import { TD3_LENGTH } from './mrz';

export interface OcrSymbol {
  text: string;
  /** Tesseract's confidence, 0–100. */
  confidence: number;
  /** Horizontal extent in the line image, in pixels. */
  x0: number;
  x1: number;
}

const centre = (s: OcrSymbol) => (s.x0 + s.x1) / 2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Least-squares fit of centre = origin + pitch × cell. */
function fit(points: { cell: number; x: number }[]): { origin: number; pitch: number } {
  const n = points.length;
  const mc = points.reduce((s, p) => s + p.cell, 0) / n;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.cell - mc) * (p.x - mx);
    den += (p.cell - mc) ** 2;
  }
  const pitch = den > 0 ? num / den : 0;
  return { origin: mx - pitch * mc, pitch };
}

/**
 * The line as 44 characters, one per cell, or null when the symbols do not make a clean
 * 44-cell line (too few, a cell empty, a symbol far from any cell).
 */
export function alignToCells(symbols: OcrSymbol[], length = TD3_LENGTH): string | null {
  const glyphs = symbols.filter((s) => s.text.length === 1 && s.x1 > s.x0);
  if (glyphs.length < length * 0.9) return null;
  // Neighbouring glyphs are mostly one pitch apart: the median gap is the pitch (a doubled glyph's
  // tiny gap and a missed glyph's double gap are outliers).
  const gaps = glyphs.slice(1).map((s, i) => centre(s) - centre(glyphs[i]!));
  let pitch = median(gaps);
  if (!(pitch > 0)) return null;
  let origin = centre(glyphs[0]!);
  let cells: number[] = [];
  // Assign, refit on the assignment, assign again: the fit absorbs a pitch estimate slightly off.
  for (let round = 0; round < 3; round++) {
    cells = glyphs.map((s) => Math.round((centre(s) - origin) / pitch));
    ({ origin, pitch } = fit(glyphs.map((s, i) => ({ cell: cells[i]!, x: centre(s) }))));
    if (!(pitch > 0)) return null;
  }
  cells = glyphs.map((s) => Math.round((centre(s) - origin) / pitch));
  // Array.from, not new Array(n): `some` skips the holes of a sparse array.
  const best = Array.from({ length }, (): OcrSymbol | undefined => undefined);
  for (const [i, s] of glyphs.entries()) {
    const cell = cells[i]!;
    // A symbol more than 40% of a pitch from its cell's centre is not a character of this line.
    if (Math.abs(centre(s) - (origin + cell * pitch)) > 0.4 * pitch) return null;
    if (cell < 0 || cell >= length) return null;
    const held = best[cell];
    if (!held || s.confidence > held.confidence) best[cell] = s;
  }
  if (best.some((s) => s === undefined)) return null;
  return best.map((s) => s!.text).join('');
}
