import { describe, expect, it } from 'vitest';
import { packRows } from '../../../electron/engine/compress/bit-rows';
import { greyPlaneOf, isBilevel } from '../../../electron/engine/image/lossless-pixels';

/** The byte-at-a-time definitions the fast passes must agree with. */
const isBilevelByByte = (grey: Uint8Array) => grey.every((v) => v === 0 || v === 255);
function packByPixel(grey: Uint8Array, width: number, height: number): Buffer {
  const rowBytes = Math.ceil(width / 8);
  const packed = Buffer.alloc(rowBytes * height);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) if (grey[y * width + x] === 255) packed[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
  return packed;
}

/** Deterministic pseudo-random bytes (no Math.random: a failure must be reproducible). */
function bytes(length: number, seed: number, pick: (r: number) => number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = pick(state >>> 8);
  }
  return out;
}

describe('lossless pixel passes', () => {
  it('isBilevel agrees with the byte-by-byte test for every byte value at every position and alignment', () => {
    const backing = new Uint8Array(64).fill(255);
    for (let offset = 0; offset < 4; offset += 1) {
      for (const length of [0, 1, 3, 4, 5, 11, 17]) {
        const view = backing.subarray(offset, offset + length);
        for (let at = 0; at < length; at += 1) {
          for (let value = 0; value < 256; value += 1) {
            view[at] = value;
            expect(isBilevel(view)).toBe(isBilevelByByte(view));
          }
          view[at] = at % 2 === 0 ? 0 : 255;
        }
        expect(isBilevel(view)).toBe(true);
      }
    }
  });

  it('packRows (padding 0) gives the same bits as packing pixel by pixel, for widths that are and are not multiples of 8', () => {
    for (const width of [1, 7, 8, 9, 15, 16, 33]) {
      const height = 5;
      const grey = bytes(width * height, width, (r) => (r & 1 ? 255 : 0));
      expect(packRows(grey, width, height, 0).equals(packByPixel(grey, width, height))).toBe(true);
    }
  });

  it('greyPlaneOf keeps the grey of R = G = B images and refuses any pixel where the three differ', () => {
    const grey = bytes(101, 7, (r) => r & 255);
    const rgb = new Uint8Array(grey.length * 3);
    grey.forEach((v, p) => rgb.fill(v, p * 3, p * 3 + 3));
    expect(greyPlaneOf(rgb, grey.length)?.equals(Buffer.from(grey))).toBe(true);
    for (const at of [0, 1, 2, 150, 301, 302]) {
      const tinted = rgb.slice();
      tinted[at] = (tinted[at]! + 1) & 255;
      expect(greyPlaneOf(tinted, grey.length)).toBeNull();
    }
  });
});
