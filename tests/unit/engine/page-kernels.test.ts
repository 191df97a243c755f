import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { scanPixels } from '../../../bench/scan-generator';
import { PaperRows, clearPictureAreas, paintOverInk, paperLevel, threshold } from '../../../electron/engine/compress/bilevel';
import { resizeRaw, toGrey, type Pixels } from '../../../electron/engine/compress/image-pixels';
import { flattenPaper } from '../../../electron/engine/compress/mrc-background';
import { classifyPixels, localBackground } from '../../../electron/engine/compress/classify-page';
import { blurScore } from '../../../electron/engine/validate/page-metrics';
import { leaseKernels } from '../../../electron/engine/compress/kernels/page-kernels';
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

  it('lends a memory to one holder at a time, grows it for a larger page and lends it again once given back', () => {
    const first = leaseKernels([1000, 1000]);
    expect(first.at[1]! - first.at[0]!).toBeGreaterThanOrEqual(1000 + 16);
    // Held: the next lease gets a memory of its own.
    const second = leaseKernels([1000]);
    expect(second.bytes.buffer).not.toBe(first.bytes.buffer);
    const memory = first.bytes.buffer;
    first.release();
    second.release();
    // Given back: lent again (the same memory, not a new one), and grown when a page needs more.
    const again = leaseKernels([1000]);
    expect([memory, second.bytes.buffer]).toContain(again.bytes.buffer);
    again.release();
    const large = leaseKernels([10_000_000]);
    expect(large.bytes.byteLength).toBeGreaterThanOrEqual(10_000_000 + 32);
    large.release();
    const reused = leaseKernels([10_000_000]);
    expect(reused.bytes.buffer).toBe(large.bytes.buffer);
    reused.release();
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

/** flattenPaper by its rules, one pixel at a time (mrc-background.ts' comment says them). */
async function referenceFlatten(background: Pixels, mask: { bits: Buffer; width: number; height: number }): Promise<Buffer> {
  const { width, height, channels, data } = background;
  const coverage = await sharp(mask.bits, { raw: { width: mask.width, height: mask.height, channels: 1 } })
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  const near = (x: number, y: number): boolean => {
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const [nx, ny] = [x + dx, y + dy];
        if (nx >= 0 && ny >= 0 && nx < width && ny < height && coverage[ny * width + nx]! < 250) return true;
      }
    return false;
  };
  const gains: number[] = [];
  for (let c = 0; c < channels; c++) {
    const levels: number[] = [];
    for (let i = c; i < data.length; i += channels) levels.push(data[i]!);
    levels.sort((a, b) => a - b);
    const median = levels[Math.ceil(levels.length / 2) - 1]!;
    gains.push(255 / Math.max(64, median < 160 ? 255 : median));
  }
  const out = Buffer.alloc(data.length);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * channels;
      const v = Array.from({ length: channels }, (_, c) => Math.min(255, data[p + c]! * gains[c]!));
      const lum =
        channels === 1 ? (v[0]! * 299 + v[0]! * 587 + v[0]! * 114) / 1000 : (v[0]! * 299 + v[1]! * 587 + v[2]! * 114) / 1000;
      const grey = Math.max(...v) - Math.min(...v) <= 40;
      for (let c = 0; c < channels; c++) {
        let level = v[c]!;
        if (grey && ((near(x, y) && lum >= 150) || lum >= 232)) level = 255;
        else if (grey && lum > 200) level += (255 - level) * ((lum - 200) / 32);
        out[p + c] = level;
      }
    }
  return out;
}

describe('flattenPaper on a real page', () => {
  it('makes the colour layer its rules define, in colour and in grey', async () => {
    for (const pixels of await realPages()) {
      const bilevel = await threshold(pixels, { excludeColour: true, excludePictures: true });
      paintOverInk(pixels, bilevel);
      // The layer at half the mask's resolution, an odd width (619), as text-layer-work.ts makes it.
      const small = await resizeRaw(pixels, Math.round(pixels.width / 2) - 1, Math.round(pixels.height / 2));
      const mask = { bits: bilevel.bits, width: pixels.width, height: pixels.height };
      const flat = await flattenPaper(small, mask);
      expect(flat.data.equals(await referenceFlatten(small, mask))).toBe(true);
      bilevel.release();
    }
  });
});

describe('the classifier on a real page', () => {
  it('measures the paper level and counts paper, mid tones and colour as defined, pixel by pixel', async () => {
    for (const page of await realPages()) {
      // The classifier's 75-dpi view (an odd width, 619).
      const pixels = await resizeRaw(page, 619, Math.round(page.height / 2));
      const { width, height, channels, data } = pixels;
      // The brightest whole luma level of each 8 × 8 block, blurred and grown back as localBackground does.
      const [sw, sh] = [Math.ceil(width / 8), Math.ceil(height / 8)];
      const small = Buffer.alloc(sw * sh);
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const p = (y * width + x) * channels;
          const lum =
            channels === 3 ? Math.floor((data[p]! * 299 + data[p + 1]! * 587 + data[p + 2]! * 114 + 500) / 1000) : data[p]!;
          const k = Math.floor(y / 8) * sw + Math.floor(x / 8);
          small[k] = Math.max(small[k]!, lum);
        }
      const blurred = await sharp(small, { raw: { width: sw, height: sh, channels: 1 } })
        .blur(Math.max(0.5, Math.min(sw, sh) / 40))
        .toColourspace('b-w')
        .raw()
        .toBuffer();
      const background = await sharp(blurred, { raw: { width: sw, height: sh, channels: 1 } })
        .resize(width, height, { fit: 'fill', kernel: 'linear' })
        .toColourspace('b-w')
        .raw()
        .toBuffer();
      expect((await localBackground(pixels)).equals(background)).toBe(true);
      // Paper: luma / max(1, level) ≥ 0.88; mid tone: else ≥ 0.55; colour: channel spread above 48.
      let [paper, mid, colour] = [0, 0, 0];
      for (let i = 0; i < width * height; i++) {
        const c = channels === 3 ? [data[i * 3]!, data[i * 3 + 1]!, data[i * 3 + 2]!] : [data[i]!];
        const luma = channels === 3 ? (c[0]! * 299 + c[1]! * 587 + c[2]! * 114) / 1000 : c[0]!;
        const ratio = luma / Math.max(1, background[i]!);
        if (ratio >= 0.88) paper++;
        else if (ratio >= 0.55) mid++;
        if (Math.max(...c) - Math.min(...c) > 48) colour++;
      }
      const found = await classifyPixels(pixels);
      expect([found.paper, found.mid, found.colour]).toEqual([paper, mid, colour].map((n) => n / (width * height)));
      expect(found.pageClass).toBe(channels === 3 ? 'mixed' : 'text');
    }
  });
});

describe('toGrey', () => {
  it('gives every one of the 2^24 colours its truncated Rec. 601 luma', () => {
    // Every colour once, as a 4096 × 4096 image (the kernel's f32 quotient must truncate as the integer one).
    const [width, height] = [4096, 4096];
    const data = Buffer.alloc(width * height * 3);
    for (let c = 0; c < width * height; c++) {
      data[c * 3] = c >> 16;
      data[c * 3 + 1] = (c >> 8) & 0xff;
      data[c * 3 + 2] = c & 0xff;
    }
    const grey = toGrey({ data, width, height, channels: 3 });
    let wrong = 0;
    for (let c = 0; c < width * height; c++)
      if (grey.data[c] !== Math.floor(((c >> 16) * 299 + ((c >> 8) & 0xff) * 587 + (c & 0xff) * 114 + 500) / 1000)) wrong++;
    expect(wrong).toBe(0);
    // A width that is not a multiple of 16, and an odd pixel count.
    const odd = toGrey({ data: data.subarray(0, 37 * 3 * 3), width: 37, height: 3, channels: 3 });
    expect([...odd.data]).toEqual([...grey.data.subarray(0, 111)]);
  });
});

let seed = 9;
const random = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;

/** blurScore by its definition: over the edge pixels (squared gradient ≥ 1600) Σ Laplacian² / Σ gradient². */
function referenceBlurScore(grey: Pixels): number {
  const { data, width, height } = grey;
  if (width < 3 || height < 3) return 0;
  let [sumL2, sumG2, n] = [0, 0, 0];
  for (let y = 1; y < height - 1; y++)
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const gx = data[i + 1]! - data[i - 1]!;
      const gy = data[i + width]! - data[i - width]!;
      if (gx * gx + gy * gy < 1600) continue;
      const lap = data[i - 1]! + data[i + 1]! + data[i - width]! + data[i + width]! - 4 * data[i]!;
      sumL2 += lap * lap;
      sumG2 += gx * gx + gy * gy;
      n++;
    }
  return n < 200 ? 0 : sumL2 / sumG2;
}

describe('blurScore', () => {
  it('is the definition on a real page, sharp and blurred, and on noise of every small width', async () => {
    const [colour, grey] = await realPages();
    const pages = [toGrey(colour!), grey!];
    const blurred = await sharp(grey!.data, { raw: { width: grey!.width, height: grey!.height, channels: 1 } })
      .blur(3)
      .raw()
      .toBuffer();
    pages.push({ ...grey!, data: blurred });
    for (const page of pages) expect(blurScore(page)).toBe(referenceBlurScore(page));
    for (let width = 3; width <= 40; width++) {
      const data = Buffer.alloc(width * 31);
      for (let i = 0; i < data.length; i++) data[i] = random() < 128 ? random() : 255;
      const page: Pixels = { data, width, height: 31, channels: 1 };
      expect(blurScore(page)).toBe(referenceBlurScore(page));
    }
  });
});
