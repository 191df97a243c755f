import { describe, expect, it } from 'vitest';
import { InkBlocks, PaperRows, clearPictureAreas, inkRow, type PaperLevel } from '../../../electron/engine/compress/bilevel';

/**
 * inkRow passes over paper without comparing it (the row's highest limit, and four bright pixels read
 * as 32-bit words): checked against the per-pixel definition on rows that start anywhere in their
 * buffer, of every width modulo 4, on paper from dark to bright, with ink, grey and coloured pixels.
 */

let seed = 5;
const random = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;

function level(width: number, height: number, paper: number): PaperLevel {
  const data = Buffer.alloc(width * height);
  for (let i = 0; i < data.length; i++) data[i] = Math.max(0, Math.min(255, paper - 20 + (random() % 40)));
  return { data, width, height };
}

/** A pixel: paper near `paper`, ink, mid grey or a colour, as on a scan. */
function sample(paper: number, channels: 1 | 3): number[] {
  const kind = random();
  const grey = kind < 180 ? paper - 12 + (random() % 24) : kind < 220 ? 20 + (random() % 60) : 100 + (random() % 100);
  const v = Math.max(0, Math.min(255, grey));
  if (channels === 1) return [v];
  if (kind > 245) return [200, 30 + (random() % 40), 40];
  return [v, Math.max(0, Math.min(255, v + (random() % 7) - 3)), Math.max(0, Math.min(255, v + (random() % 7) - 3))];
}

function reference(
  src: Uint8Array,
  base: number,
  channels: 1 | 3,
  rows: PaperRows,
  t: number,
  width: number,
  excludeColour: boolean,
): number[] {
  const ink: number[] = [];
  for (let x = 0; x < width; x++) {
    const p = (base + x) * channels;
    const lum = channels === 1 ? src[p]! * 1000 : src[p]! * 299 + src[p + 1]! * 587 + src[p + 2]! * 114;
    const l = rows.lo[x]!;
    if (lum >= l + (rows.hi[x]! - l) * t) continue;
    if (channels === 3 && excludeColour) {
      const c = [src[p]!, src[p + 1]!, src[p + 2]!];
      if (Math.max(...c) - Math.min(...c) > 48) continue;
    }
    ink.push(x);
  }
  return ink;
}

describe('inkRow', () => {
  it('marks exactly the pixels darker than their limit, however the row lies in memory', () => {
    for (const channels of [1, 3] as const)
      for (const width of [1, 3, 4, 5, 8, 13, 15, 16, 17, 31, 33, 61])
        for (const paper of [120, 180, 215, 235, 252])
          for (const offset of [0, 1, 2, 3]) {
            const height = 4;
            const memory = new Uint8Array(offset + width * height * channels + 3);
            const src = memory.subarray(offset, offset + width * height * channels);
            for (let i = 0; i < width * height; i++) src.set(sample(paper, channels), i * channels);
            const rows = new PaperRows(level(Math.ceil(width / 8), 1, paper), width, height, 'limit');
            for (let y = 0; y < height; y++) {
              const t = rows.at(y);
              for (const excludeColour of [false, true]) {
                const out = new Uint8Array(width).fill(255);
                const count = inkRow(src, y * width, channels, rows, t, width, excludeColour, out, 0, 0, 255);
                const marked = [...out.keys()].filter((x) => out[x] === 0);
                expect(marked).toEqual(reference(src, y * width, channels, rows, t, width, excludeColour));
                expect(count).toBe(marked.length);
              }
            }
          }
  });

  it('counts the ink it marks per picture block exactly as the finished mask holds it', () => {
    // A page 1,003 px wide (blocks of 6 px, the last partial) with a dark photo-like area and scattered ink: the
    // counts inkRow keeps are the mask's, so clearPictureAreas clears the same pixels given them or counting itself.
    for (const channels of [1, 3] as const) {
      const [width, height] = [1003, 157];
      const src = new Uint8Array(width * height * channels);
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const photo = x > 300 && x < 700 && y > 20 && y < 140;
          src.set(photo ? sample(60, channels) : sample(235, channels), (y * width + x) * channels);
        }
      const rows = new PaperRows(level(Math.ceil(width / 8), Math.ceil(height / 8), 235), width, height, 'limit');
      const blocks = new InkBlocks(width, height);
      const bits = Buffer.alloc(width * height, 255);
      for (let y = 0; y < height; y++)
        inkRow(src, y * width, channels, rows, rows.at(y), width, true, bits, y * width, 0, 255, blocks, y);
      const expected = new Int32Array(blocks.gw * blocks.gh);
      for (let i = 0; i < bits.length; i++)
        if (bits[i] === 0)
          expected[Math.floor(Math.floor(i / width) / blocks.block) * blocks.gw + Math.floor((i % width) / blocks.block)]! += 1;
      expect(blocks.counts).toEqual(expected);
      const counting = Buffer.from(bits);
      const cleared = clearPictureAreas(counting, width, height);
      expect(cleared).toBeGreaterThan(0);
      expect(clearPictureAreas(bits, width, height, undefined, blocks)).toBe(cleared);
      expect(bits.equals(counting)).toBe(true);
    }
  });
});

describe('PaperRows', () => {
  it('widens each small row to the per-column interpolation it stood for, for limits and levels', () => {
    // The definition: each column between its two small columns (centres aligned, edges clamped), the same
    // doubles rounded to single precision; widen() now reads the two levels once per run of columns.
    const sampleAt = (at: number, size: number, small: number) => {
      const pos = Math.min(small - 1, Math.max(0, ((at + 0.5) * small) / size - 0.5));
      const lo = Math.floor(pos);
      return { lo, hi: Math.min(small - 1, lo + 1), t: pos - lo };
    };
    for (const [width, height] of [
      [2480, 40],
      [101, 37],
      [7, 9],
      [1, 5],
    ] as const) {
      const paper = level(Math.max(1, Math.round(width / 8)), Math.max(1, Math.round(height / 8)), 230);
      for (const kind of ['limit', 'level'] as const) {
        const rows = new PaperRows(paper, width, height, kind);
        for (let y = 0; y < height; y++) {
          const t = rows.at(y);
          const s = sampleAt(y, height, paper.height);
          expect(t).toBe(s.t);
          for (const [row, sy] of [
            [rows.lo, s.lo],
            [rows.hi, s.hi],
          ] as const) {
            const want = new Float32Array(width);
            for (let x = 0; x < width; x++) {
              const c = sampleAt(x, width, paper.width);
              const lo = paper.data[sy * paper.width + c.lo]!;
              // Column weights are held in single precision.
              const p = lo + (paper.data[sy * paper.width + c.hi]! - lo) * Math.fround(c.t);
              want[x] = kind === 'level' ? p : Math.min(p * 0.72 * 1000, (p - 28) * 1000 + 0.5);
            }
            expect(row).toEqual(want);
          }
          expect(rows.max).toBe(Math.max(...rows.lo, ...rows.hi));
        }
      }
    }
  });
});
