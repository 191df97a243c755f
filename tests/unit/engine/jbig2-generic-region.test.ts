import { describe, expect, it } from 'vitest';
import { encodeGenericRegion } from '../../../electron/engine/compress/jbig2/generic-region';
import { encodeGenericRegionPerPixel } from './jbig2-per-pixel-reference';

/**
 * The fast generic-region coder (runs of paper or ink coded in bulk, bit-packed run search, MQ
 * registers in locals) must give exactly the bytes of the per-pixel coder, whose MQ encoder is
 * checked against T.88 Annex H.2. The masks cover what changes the fast path's decisions: widths
 * on and off the 32-pixel word boundary, runs that end at the row's end or cross words, solid ink
 * (context 0xFFFF), paper given as any non-zero byte, and a context 0 whose more probable symbol
 * has switched to ink (no bulk coding then).
 */

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return ((s ^ (s >>> 13)) >>> 0) / 4294967296;
  };
}

function noise(width: number, height: number, inkShare: number, seed: number): Uint8Array {
  const random = seeded(seed);
  return Uint8Array.from({ length: width * height }, () => (random() < inkShare ? 0 : 255));
}

/** Paper with glyph-like blocks of ink, solid bars, blank and repeated rows, and noisy paper values. */
function textLike(width: number, height: number, seed: number): Uint8Array {
  const random = seeded(seed);
  const bits = Uint8Array.from({ length: width * height }, () => 1 + Math.floor(random() * 255));
  const blocks = Math.max(1, Math.floor((width * height) / 400));
  for (let b = 0; b < blocks; b++) {
    const w = 1 + Math.floor(random() * 12);
    const h = 1 + Math.floor(random() * 15);
    const x0 = Math.floor(random() * width);
    const y0 = Math.floor(random() * height);
    for (let y = y0; y < Math.min(height, y0 + h); y++)
      for (let x = x0; x < Math.min(width, x0 + w); x++) if (random() < 0.9) bits[y * width + x] = 0;
  }
  // A solid bar across the whole width and one ending exactly at the right edge.
  const bar = Math.floor(height / 3);
  for (let y = bar; y < Math.min(height, bar + 4); y++) bits.fill(0, y * width, (y + 1) * width);
  const edge = Math.floor((2 * height) / 3);
  for (let y = edge; y < Math.min(height, edge + 3); y++) bits.fill(0, y * width + Math.floor(width / 2), (y + 1) * width);
  return bits;
}

function expectSameBytes(bits: Uint8Array, width: number, height: number): void {
  const fast = encodeGenericRegion(bits, width, height);
  const reference = encodeGenericRegionPerPixel(bits, width, height);
  expect(Buffer.from(fast).equals(Buffer.from(reference))).toBe(true);
}

describe('JBIG2 generic region coder', () => {
  it('codes noise of every density exactly as the per-pixel coder, across word boundaries', () => {
    for (const width of [1, 5, 31, 32, 33, 64, 100]) {
      for (const share of [0, 0.02, 0.5, 0.98, 1]) expectSameBytes(noise(width, 23, share, width * 7 + share * 100), width, 23);
    }
  });

  it('codes text-like pages (paper runs, solid ink, edges) exactly as the per-pixel coder', () => {
    for (const [width, height, seed] of [
      [300, 200, 1],
      [257, 131, 2],
      [1024, 96, 3],
      [95, 400, 4],
    ] as const) {
      const bits = textLike(width, height, seed);
      expectSameBytes(bits, width, height);
    }
  });

  it('codes a page whose context 0 learnt ink as more probable exactly as the per-pixel coder', () => {
    // Sparse ink dots alone on paper first: context 0 sees ink while its MPS is still paper and switches.
    const width = 120;
    const height = 40;
    const bits = new Uint8Array(width * height).fill(255);
    for (let x = 0; x < width; x += 9) bits[x] = 0;
    for (let y = 20; y < height; y++) for (let x = 0; x < width; x += 13) bits[y * width + x] = 0;
    expectSameBytes(bits, width, height);
  });

  it('gives fewer bytes for a blank page than for text, and refuses too few pixels', () => {
    const blank = encodeGenericRegion(new Uint8Array(500 * 700).fill(255), 500, 700);
    const text = encodeGenericRegion(textLike(500, 700, 5), 500, 700);
    expect(blank.length).toBeLessThan(16);
    expect(text.length).toBeGreaterThan(blank.length * 10);
    expect(() => encodeGenericRegion(new Uint8Array(10), 4, 4)).toThrow(/10 pixels for a 4×4/);
  });
});
