import { describe, expect, it } from 'vitest';
import { encodeG4 } from '../../../electron/engine/compress/bilevel';
import { G4Encoder } from '../../../electron/engine/compress/g4-encoder';

/**
 * The row-by-row G4 encoder must write exactly what libtiff (through sharp) writes for the same page:
 * then every reader that already renders our G4 pages (pdf.js, pdf-lib's consumers, poppler,
 * Ghostscript) renders these too. Pages are chosen to reach every code: long white and black runs
 * (make-ups, the 2560 extended make-up and runs past 2623), pass, horizontal and all vertical modes.
 */

/** 0 ink, 255 paper: the layout encodeG4 takes. */
function encodeRows(bits: Buffer, width: number, height: number, counted: boolean): Buffer {
  const encoder = new G4Encoder(width);
  for (let y = 0; y < height; y++) {
    const row = encoder.row();
    let ink = 0;
    for (let x = 0; x < width; x++) {
      row[x] = bits[y * width + x] === 0 ? 1 : 0;
      ink += row[x]!;
    }
    // With the count, white rows under white rows take the encoder's shortcut.
    encoder.addRow(counted ? ink : undefined);
  }
  return encoder.finish();
}

/** A deterministic pseudo-random generator (the same pages on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

function page(width: number, height: number, paint: (x: number, y: number) => boolean): Buffer {
  const bits = Buffer.alloc(width * height, 255);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (paint(x, y)) bits[y * width + x] = 0;
  return bits;
}

describe('G4Encoder (row by row)', () => {
  const rnd = random(7);
  const cases: [string, number, number, (x: number, y: number) => boolean][] = [
    ['an empty page', 300, 40, () => false],
    ['an all-black page', 300, 40, () => true],
    ['text-like strokes', 640, 200, (x, y) => (y % 24 < 14 && x % 11 < 2) || (y % 24 === 3 && x > 30 && x < 600)],
    ['noise (every vertical offset, pass and horizontal modes)', 257, 120, () => rnd() < 0.3],
    ['sparse specks', 1000, 80, () => rnd() < 0.01],
    ['runs of every length near the make-up bounds', 9000, 64, (x, y) => x >= 9000 - (y * 61 + 1) || (x > 63 && x < 64 + y * 41)],
    ['a black band wider than 2624 pixels', 6000, 16, (x) => x > 100 && x < 100 + 2700 + 1],
    ['a black pixel at the start of rows', 50, 10, (x, y) => x === 0 && y % 2 === 0],
    ['blocks of white rows between lines', 700, 90, (x, y) => y % 30 > 20 && (x * 7 + y) % 13 < 4],
  ];
  for (const [name, width, height, paint] of cases) {
    it(`writes libtiff's bytes for ${name}`, async () => {
      const bits = page(width, height, paint);
      const libtiff = await encodeG4(bits, width, height);
      for (const counted of [false, true]) {
        const ours = encodeRows(bits, width, height, counted);
        expect(ours.length).toBe(libtiff.length);
        expect(ours.equals(libtiff)).toBe(true);
      }
    });
  }
});
