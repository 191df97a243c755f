import { describe, expect, it } from 'vitest';
import { nextInk, packRows, wordView } from '../../../electron/engine/compress/bit-rows';

/**
 * The word-at-a-time mask walks (bit-rows.ts) checked pixel by pixel against their definitions, on
 * masks that start anywhere in their buffer (a Buffer from Node's pool, a subarray) and rows of every
 * width modulo 8, with sparse ink as on a page, dense ink, and bytes that are neither ink nor paper.
 */

let seed = 11;
const random = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;

/** A mask of width × height at byte `offset` of its buffer: ink with probability inkShare / 256. */
function mask(width: number, height: number, offset: number, inkShare: number, odd = false): Uint8Array {
  const buffer = new Uint8Array(offset + width * height + 5).fill(0x5a);
  const bits = buffer.subarray(offset, offset + width * height);
  for (let i = 0; i < bits.length; i++) {
    const r = random();
    bits[i] = r < inkShare ? 0 : odd && r > 250 ? 128 : 255;
  }
  return bits;
}

function packOneByOne(bits: Uint8Array, width: number, height: number, pad: 0 | 1): Buffer {
  const rowBytes = (width + 7) >> 3;
  const out = Buffer.alloc(rowBytes * height, pad === 1 ? 0xff : 0);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < rowBytes * 8; x++) {
      const bit = x < width ? (bits[y * width + x] !== 0 ? 1 : 0) : pad;
      const o = y * rowBytes + (x >> 3);
      out[o] = bit ? out[o]! | (0x80 >> (x & 7)) : out[o]! & ~(0x80 >> (x & 7));
    }
  return out;
}

const shapes = [
  [1, 1],
  [3, 4],
  [8, 3],
  [13, 5],
  [31, 7],
  [64, 4],
  [101, 9],
  [1489, 3],
] as const;

describe('mask rows (bit-rows.ts)', () => {
  it('packs paper as 1 and ink as 0, padding rows as asked, wherever the mask starts in its buffer', () => {
    for (const [width, height] of shapes)
      for (const offset of [0, 1, 2, 3, 5])
        for (const ink of [0, 6, 90, 256]) {
          const bits = mask(width, height, offset, ink, true);
          for (const pad of [0, 1] as const)
            expect(packRows(bits, width, height, pad)).toEqual(packOneByOne(bits, width, height, pad));
        }
  });

  it('finds each next ink byte in a range as a byte-by-byte scan does', () => {
    for (const [width, height] of shapes)
      for (const offset of [0, 1, 2, 3])
        for (const ink of [0, 3, 128]) {
          const bits = mask(width, height, offset, ink, true);
          const view = wordView(bits);
          const found: number[] = [];
          const expected: number[] = [];
          for (let y = 0; y < height; y++) {
            const end = (y + 1) * width;
            for (let i = nextInk(view, y * width, end); i < end; i = nextInk(view, i + 1, end)) found.push(i);
            for (let i = y * width; i < end; i++) if (bits[i] === 0) expected.push(i);
          }
          expect(found).toEqual(expected);
          // An empty range and one ending before the mask does: nothing beyond `to` is ever reported.
          expect(nextInk(view, 2, 2)).toBe(2);
          expect(nextInk(view, 0, Math.min(1, bits.length))).toBe(bits[0] === 0 ? 0 : Math.min(1, bits.length));
        }
  });
});
