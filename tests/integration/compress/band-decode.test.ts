import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  BAND_MIN_BYTES,
  bandPlan,
  inflateShrunk,
  inflateShrunkLevels,
  luma,
} from '../../../electron/engine/compress/band-decode';
import { toGrey } from '../../../electron/engine/compress/image-pixels';
import { readImageSpec } from '../../../electron/engine/compress/image-spec';

/**
 * Issue 15's memory target: a large Flate image is inflated as a stream and shrunk band by band,
 * never held whole. The result must be the image libvips makes from the whole data (a box average
 * by the whole factor), edge blocks included, and a stream cut short must give black rows, as the
 * whole-image path pads them.
 */

/** A photo-like RGB test card: gradients, sharp edges and text-like stripes, sized so edge blocks are partial. */
function card(width: number, height: number, channels: 1 | 3): Buffer {
  const data = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      for (let c = 0; c < channels; c++) {
        const stripe = Math.floor(x / 3) % 2 === 0 && y % 40 < 20 ? 0 : 255;
        const ramp = Math.round((x * 255) / width);
        data[(y * width + x) * channels + c] = x < width / 2 ? stripe : (ramp + c * 60 + y) % 256;
      }
  return data;
}

/** Every block's exact mean, over the pixels it covers (edge blocks are partial). */
function boxMeans(data: Buffer, width: number, height: number, channels: 1 | 3, factor: number): Buffer {
  const outW = Math.ceil(width / factor);
  const outH = Math.ceil(height / factor);
  const out = Buffer.alloc(outW * outH * channels);
  for (let oy = 0; oy < outH; oy++)
    for (let ox = 0; ox < outW; ox++)
      for (let c = 0; c < channels; c++) {
        let sum = 0;
        let count = 0;
        for (let y = oy * factor; y < Math.min(height, (oy + 1) * factor); y++)
          for (let x = ox * factor; x < Math.min(width, (ox + 1) * factor); x++) {
            sum += data[(y * width + x) * channels + c]!;
            count++;
          }
        out[(oy * outW + ox) * channels + c] = Math.round(sum / count);
      }
  return out;
}

describe('band decoding of large Flate images', () => {
  for (const channels of [1, 3] as const) {
    it(`averages ${channels === 1 ? 'grey' : 'RGB'} 2-pixel blocks (their own loop) as a whole-image shrink does`, async () => {
      const [width, height, factor] = [1203, 801, 2];
      const data = card(width, height, channels);
      const shrunk = await inflateShrunk(deflateSync(data), { width, height }, { channels, factor });
      expect([shrunk.width, shrunk.height, shrunk.channels]).toEqual([602, 401, channels]);
      // 1203 = 601 × 2 + 1: the last column of blocks averages its one column.
      expect(shrunk.data.equals(boxMeans(data, width, height, channels, factor))).toBe(true);
    });

    it(`averages ${channels === 1 ? 'grey' : 'RGB'} blocks as a whole-image shrink does, partial edge blocks included`, async () => {
      const [width, height, factor] = [1203, 801, 4];
      const data = card(width, height, channels);
      const shrunk = await inflateShrunk(deflateSync(data), { width, height }, { channels, factor });
      expect([shrunk.width, shrunk.height, shrunk.channels]).toEqual([301, 201, channels]);
      // Every block is the exact mean of the pixels it covers: 1203 = 300 × 4 + 3, so the last column of
      // blocks averages its 3 columns (not 4 with a black one), and the last row of blocks its 1 row.
      expect(shrunk.data.equals(boxMeans(data, width, height, channels, factor))).toBe(true);
    });
  }

  for (const channels of [1, 3] as const) {
    it(`makes several ${channels === 1 ? 'grey' : 'RGB'} shrinks in one inflate, each byte for byte the shrink made alone`, async () => {
      // The classifier's view (×4), the blur check's grey view (×2) and the paper level (×8) of one banded scan
      // (text-pages.ts): partial edge blocks at every level (1203 and 801 are multiples of none of them).
      const [width, height] = [1203, 801];
      const deflated = deflateSync(card(width, height, channels));
      const [four, twoGrey, eight] = await inflateShrunkLevels(deflated, { width, height }, channels, [
        { factor: 4 },
        { factor: 2, grey: true },
        { factor: 8 },
      ]);
      const alone = async (factor: number) => inflateShrunk(deflated, { width, height }, { channels, factor });
      const same = (a: typeof four, b: typeof four) => {
        expect([a!.width, a!.height, a!.channels]).toEqual([b!.width, b!.height, b!.channels]);
        expect(a!.data.equals(b!.data)).toBe(true);
      };
      same(four, await alone(4));
      same(eight, await alone(8));
      same(twoGrey, toGrey(await alone(2)));
      expect([twoGrey!.width, twoGrey!.height, twoGrey!.channels]).toEqual([602, 401, 1]);
    });
  }

  it('takes luma as toGrey rounds it, for every 8-bit r, g, b (its division made a multiplication)', () => {
    // Every colour: floor((299r + 587g + 114b + 500) / 1000), toGrey's rounding, against the multiplication.
    let wrong = 0;
    const pixel = Buffer.alloc(3);
    for (let r = 0; r < 256; r++)
      for (let g = 0; g < 256; g++)
        for (let b = 0; b < 256; b++) {
          const expected = Math.floor((r * 299 + g * 587 + b * 114 + 500) / 1000);
          if (luma(r, g, b) !== expected) wrong++;
        }
    pixel.set([255, 128, 7]);
    expect(luma(pixel[0]!, pixel[1]!, pixel[2]!)).toBe(toGrey({ data: pixel, width: 1, height: 1, channels: 3 }).data[0]);
    expect(wrong).toBe(0);
  });

  it('makes a coarser level from a finer coarse one (×8 from ×4), byte for byte the shrink made alone', async () => {
    // ×2 is the base, ×4 is summed from it and ×8 from ×4's finished rows; ×6 from the base (no coarser divisor),
    // with odd sizes so every level has partial edge blocks; ×12 from ×6 and ×4 … the coarsest divisor (×6).
    const [width, height] = [1229, 811];
    for (const channels of [1, 3] as const) {
      const deflated = deflateSync(card(width, height, channels));
      const factors = [2, 8, 4, 6, 12];
      const made = await inflateShrunkLevels(
        deflated,
        { width, height },
        channels,
        factors.map((factor) => ({ factor })),
      );
      for (const [i, factor] of factors.entries()) {
        const alone = await inflateShrunk(deflated, { width, height }, { channels, factor });
        expect(made[i]!.data.equals(alone.data)).toBe(true);
        expect(made[i]!.data.equals(boxMeans(card(width, height, channels), width, height, channels, factor))).toBe(true);
      }
    }
  });

  it('makes a grey level beside an RGB one of the same factor, each as its own shrink would (×8 grey from ×8)', async () => {
    const [width, height] = [1229, 811];
    const deflated = deflateSync(card(width, height, 3));
    const [four, eight, eightGrey, twoGrey] = await inflateShrunkLevels(deflated, { width, height }, 3, [
      { factor: 4 },
      { factor: 8 },
      { factor: 8, grey: true },
      { factor: 2, grey: true },
    ]);
    const alone = async (factor: number) => inflateShrunk(deflated, { width, height }, { channels: 3, factor });
    expect(four!.data.equals((await alone(4)).data)).toBe(true);
    expect(eight!.data.equals((await alone(8)).data)).toBe(true);
    expect(eightGrey!.data.equals(toGrey(await alone(8)).data)).toBe(true);
    expect(twoGrey!.data.equals(toGrey(await alone(2)).data)).toBe(true);
  });

  it('refuses shrink factors that are not multiples of the smallest', async () => {
    const deflated = deflateSync(card(40, 40, 1));
    await expect(inflateShrunkLevels(deflated, { width: 40, height: 40 }, 1, [{ factor: 2 }, { factor: 3 }])).rejects.toThrow(
      /multiples/,
    );
  });

  it('paints the rows a truncated stream lacks black, and keeps the rows it has', async () => {
    const [width, height, factor] = [400, 400, 2];
    const data = card(width, height, 1);
    const full = deflateSync(data);
    const shrunk = await inflateShrunk(full.subarray(0, Math.floor(full.length / 2)), { width, height }, { channels: 1, factor });
    const lastRow = shrunk.data.subarray((shrunk.height - 1) * shrunk.width, shrunk.height * shrunk.width);
    expect(Math.max(...lastRow)).toBe(0);
    const whole = await inflateShrunk(full, { width, height }, { channels: 1, factor });
    expect(shrunk.data.subarray(0, 10 * shrunk.width)).toEqual(whole.data.subarray(0, 10 * shrunk.width));
  });

  it('takes only plain large Flate images (no predictor, 8-bit grey or RGB, shrunk by 2 or more)', async () => {
    const doc = await PDFDocument.create();
    const side = Math.ceil(Math.sqrt(BAND_MIN_BYTES / 3)) + 1;
    const make = (extra: Record<string, unknown>) => {
      const dict = doc.context.obj({
        Type: 'XObject',
        Subtype: 'Image',
        Width: side,
        Height: side,
        ColorSpace: 'DeviceRGB',
        BitsPerComponent: 8,
        Filter: 'FlateDecode',
        ...extra,
      });
      const stream = PDFRawStream.of(dict, new Uint8Array(8));
      return { stream, spec: readImageSpec(stream, () => new Uint8Array(0)) };
    };
    const plain = make({});
    expect(bandPlan(plain.stream, plain.spec, side / 4, side / 4)).toEqual({ channels: 3, factor: 4 });
    expect(bandPlan(plain.stream, plain.spec, side * 0.7, side * 0.7)).toBeNull(); // less than 2×: decoded whole
    const predicted = make({ DecodeParms: { Predictor: 15, Colors: 3, Columns: side } });
    expect(bandPlan(predicted.stream, predicted.spec, side / 4, side / 4)).toBeNull();
    const small = make({ Width: 1000, Height: 1000 });
    expect(bandPlan(small.stream, small.spec, 250, 250)).toBeNull();
  });
});
