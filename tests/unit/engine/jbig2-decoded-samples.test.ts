import { describe, expect, it } from 'vitest';
import { packDecodedSamples } from '../../../electron/engine/compress/jbig2/decoded-samples';
import { encodeGenericRegion } from '../../../electron/engine/compress/jbig2/generic-region';

/** The packing pdf.js's decode is compared with: checked pixel by pixel against its definition. */
function packOneByOne(bits: Uint8Array, width: number, height: number): Buffer {
  const rowBytes = (width + 7) >> 3;
  const out = Buffer.alloc(rowBytes * height, 0xff);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) if (bits[y * width + x] === 0) out[y * rowBytes + (x >> 3)]! &= ~(0x80 >> (x & 7));
  return out;
}

describe('JBIG2 decoded samples', () => {
  it('packs ink as 0 and paper and row padding as 1, for widths on and off a byte boundary', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (const [width, height] of [
      [1, 1],
      [7, 3],
      [8, 2],
      [13, 5],
      [64, 4],
      [101, 9],
    ] as const) {
      const bits = Uint8Array.from({ length: width * height }, () => (random() < 100 ? 0 : 255));
      expect(packDecodedSamples(bits, width, height)).toEqual(packOneByOne(bits, width, height));
    }
  });

  it('are written by the coder, from the rows it packs, exactly as packed from the pixels', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (const [width, height] of [
      [1, 1],
      [7, 3],
      [8, 2],
      [31, 4],
      [32, 3],
      [33, 5],
      [101, 9],
      [2480, 6],
    ] as const) {
      // Ink is 0, paper any other value; every third row repeats the one above (the coder's "same row" path).
      const bits = Uint8Array.from({ length: width * height }, () => (random() < 100 ? 0 : 1 + (random() % 255)));
      for (let y = 2; y < height; y += 3) bits.copyWithin(y * width, (y - 1) * width, y * width);
      const decodedSamples = new Uint8Array(((width + 7) >> 3) * height).fill(0x5a);
      encodeGenericRegion(bits, width, height, { changes: 0, decodedSamples });
      expect(Buffer.from(decodedSamples)).toEqual(packOneByOne(bits, width, height));
    }
  });
});
