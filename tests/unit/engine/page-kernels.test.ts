import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { scanPixels } from '../../../bench/scan-generator';
import { PaperRows, clearPictureAreas, paintOverInk, paperLevel, threshold } from '../../../electron/engine/compress/bilevel';
import type { Pixels } from '../../../electron/engine/compress/image-pixels';
import { PAGE_KERNELS_WASM } from '../../../electron/engine/compress/kernels/page-kernels-wasm';
// @ts-expect-error -- a plain JavaScript build script, without types
import { assembleKernels } from '../../../scripts/build-kernels.mjs';

/**
 * The page kernels (kernels/page-kernels.wat, WebAssembly SIMD): the module shipped is the one its source
 * assembles to, and the mask it makes of a real scanned page is the per-pixel definition's, byte for byte
 * (ink-row.test.ts checks single rows of every width and offset).
 */

describe('page kernels module', () => {
  it('is the one page-kernels.wat assembles to (run `npm run build:kernels` after changing it)', async () => {
    const bytes = (await assembleKernels()) as Buffer;
    expect(Buffer.from(PAGE_KERNELS_WASM, 'base64').equals(bytes)).toBe(true);
  });
});

/** The mask by the definition: each pixel compared with its own limit, in doubles (bilevel.ts' inkRow). */
function referenceMask(pixels: Pixels, rows: PaperRows, excludeColour: boolean): Buffer {
  const { width, height, channels, data } = pixels;
  const bits = Buffer.alloc(width * height, 255);
  for (let y = 0; y < height; y++) {
    const t = rows.at(y);
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * channels;
      const [r, g, b] = channels === 1 ? [data[p]!, data[p]!, data[p]!] : [data[p]!, data[p + 1]!, data[p + 2]!];
      const lum = channels === 1 ? r * 1000 : r * 299 + g * 587 + b * 114;
      const l = rows.lo[x]!;
      if (lum >= l + (rows.hi[x]! - l) * t) continue;
      if (excludeColour && channels === 3 && Math.max(r, g, b) - Math.min(r, g, b) > 48) continue;
      bits[y * width + x] = 0;
    }
  }
  return bits;
}

/** A 150-dpi letter (1240 px wide: not a multiple of 16) with a red letterhead, a blue stamp and a photo, and its grey copy. */
async function realPages(): Promise<Pixels[]> {
  const scan = await scanPixels({ colour: true, seed: 3 }, 150);
  const colour: Pixels = { data: scan.data, width: scan.width, height: scan.height, channels: 3 };
  const grey: Pixels = {
    data: await sharp(scan.data, { raw: { width: scan.width, height: scan.height, channels: 3 } })
      .toColourspace('b-w')
      .raw()
      .toBuffer(),
    width: scan.width,
    height: scan.height,
    channels: 1,
  };
  return [colour, grey];
}

describe('threshold on a real page', () => {
  it('marks the ink of a scanned colour page and of its grey copy exactly as the definition', async () => {
    for (const pixels of await realPages())
      for (const excludeColour of [false, true]) {
        const paper = await paperLevel(pixels);
        const want = referenceMask(pixels, new PaperRows(paper, pixels.width, pixels.height, 'limit'), excludeColour);
        const plain = await threshold(pixels, { excludeColour });
        expect(plain.bits.equals(want)).toBe(true);
        expect(plain.inkPixels).toBe(want.filter((v) => v === 0).length);
        // With the picture search: the counts the kernel kept per block are the mask's (the photo is cleared).
        const cleared = Buffer.from(want);
        const removed = clearPictureAreas(cleared, pixels.width, pixels.height, {
          cleaned: pixels.data,
          original: pixels.data,
          channels: pixels.channels,
        });
        const searched = await threshold(pixels, { excludeColour, excludePictures: true });
        expect(searched.bits.equals(cleared)).toBe(true);
        expect(searched.inkPixels).toBe(plain.inkPixels - removed);
      }
  });
});

describe('paintOverInk on a real page', () => {
  it('paints the paper level over exactly the ink and tallies the ink as inkGrey defines it', async () => {
    for (const pixels of await realPages()) {
      const { width, height, channels } = pixels;
      const bilevel = await threshold(pixels, { excludeColour: true, excludePictures: true });
      // The definition: every 7th pixel of the page under the mask, its level (luma / 1000), added in order.
      let sum = 0;
      let count = 0;
      for (let i = 0; i < width * height; i += 7)
        if (bilevel.bits[i] === 0) {
          const p = i * channels;
          sum +=
            channels === 1
              ? pixels.data[p]!
              : (pixels.data[p]! * 299 + pixels.data[p + 1]! * 587 + pixels.data[p + 2]! * 114) / 1000;
          count++;
        }
      // Each ink pixel gets Math.round of its interpolated paper level in every channel.
      const want = Buffer.from(pixels.data);
      const levels = new PaperRows(bilevel.paper, width, height, 'level');
      for (let y = 0; y < height; y++) {
        const t = levels.at(y);
        for (let x = 0; x < width; x++) {
          if (bilevel.bits[y * width + x] !== 0) continue;
          const l = levels.lo[x]!;
          want.fill(Math.round(l + (levels.hi[x]! - l) * t), (y * width + x) * channels, (y * width + x + 1) * channels);
        }
      }
      const painted: Pixels = { ...pixels, data: Buffer.from(pixels.data) };
      expect(paintOverInk(painted, bilevel)).toEqual({ sum, count });
      expect(count).toBeGreaterThan(0);
      expect(painted.data.equals(want)).toBe(true);
      bilevel.release();
    }
  });
});
