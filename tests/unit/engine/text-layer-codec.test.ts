import { describe, expect, it } from 'vitest';
import { encodeG4 } from '../../../electron/engine/compress/bilevel';
import { encodeJbig2Page } from '../../../electron/engine/compress/jbig2/segments';
import { G4_CHECK_BITS_PER_CHANGE, encodeTextLayer } from '../../../electron/engine/compress/text-layer-codec';

/**
 * The codec choice (issue 15, session 7): JBIG2 first, G4 only when JBIG2 is unusually large for the
 * layer's colour changes; whatever was made, the smaller is kept and both sizes are reported.
 */

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return ((s ^ (s >>> 13)) >>> 0) / 4294967296;
  };
}

/** Lines of glyph-like ink blocks on paper, as a thresholded typed page looks. */
function typedPage(width: number, height: number): Buffer {
  const random = seeded(3);
  const bits = Buffer.alloc(width * height, 255);
  for (let line = 40; line + 30 < height; line += 50) {
    for (let x = 30; x + 20 < width - 30; x += 14 + Math.floor(random() * 8)) {
      const w = 3 + Math.floor(random() * 9);
      const h = 18 + Math.floor(random() * 10);
      for (let y = line; y < line + h; y++) if (random() < 0.97) bits.fill(0, y * width + x, y * width + x + w);
    }
  }
  return bits;
}

/** Scattered single dots: every one is two colour changes, and unpredictable for JBIG2's contexts. */
function dust(width: number, height: number): Buffer {
  const random = seeded(9);
  return Buffer.from(Uint8Array.from({ length: width * height }, () => (random() < 0.02 ? 0 : 255)));
}

describe('text layer codec', () => {
  it('keeps JBIG2 without making G4 on a typed page, where JBIG2 takes under 2 bits a change', async () => {
    const [width, height] = [800, 600];
    const bits = typedPage(width, height);
    const layer = await encodeTextLayer(bits, width, height);
    expect(layer.codec).toBe('jbig2');
    expect(layer.g4Bytes).toBeUndefined();
    expect(layer.bytes.equals(encodeJbig2Page(bits, width, height))).toBe(true);
    // The guarantee the skip relies on, on this page: G4 would have been larger.
    expect((await encodeG4(bits, width, height)).length).toBeGreaterThan(layer.bytes.length);
  });

  it('makes G4 too when JBIG2 is large for its changes, and keeps the smaller', async () => {
    const [width, height] = [400, 300];
    const bits = dust(width, height);
    const stats = { changes: 0 };
    const jbig2 = encodeJbig2Page(bits, width, height, stats);
    expect(jbig2.length * 8).toBeGreaterThan(G4_CHECK_BITS_PER_CHANGE * stats.changes);
    const layer = await encodeTextLayer(bits, width, height);
    const g4 = await encodeG4(bits, width, height);
    expect(layer.g4Bytes).toBe(g4.length);
    expect(layer.jbig2Bytes).toBe(jbig2.length);
    expect(layer.bytes.length).toBe(Math.min(g4.length, jbig2.length));
    expect(layer.codec).toBe(g4.length < jbig2.length ? 'ccitt-g4' : 'jbig2');
  });

  it('counts colour changes along the rows as G4 sees them', () => {
    // Row 1: ink at 2–4 (2 changes); row 2: ink from 6 to the end (1 change, plus its end); row 3: paper.
    const width = 10;
    const bits = Buffer.alloc(width * 3, 255);
    bits.fill(0, 2, 5);
    bits.fill(0, width + 6, 2 * width);
    const stats = { changes: 0 };
    encodeJbig2Page(bits, width, 3, stats);
    expect(stats.changes).toBe(4);
  });
});
