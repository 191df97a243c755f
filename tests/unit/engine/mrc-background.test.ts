import { describe, expect, it } from 'vitest';
import { dilate3x3, flattenPaper, paperColour } from '../../../electron/engine/compress/mrc-background';
import type { Pixels } from '../../../electron/engine/compress/image-pixels';

/**
 * The MRC colour layer keeps only what the 1-bit text does not: tinted paper and the ghosts of
 * strokes become white; colour marks, dark pictures and shadows stay as scanned.
 */

const W = 100;
const H = 100;
const TINT = [247, 243, 232] as const;

function tintedPage(): Pixels {
  const data = Buffer.alloc(W * H * 3);
  for (let i = 0; i < W * H; i++) data.set(TINT, i * 3);
  return { data, width: W, height: H, channels: 3 };
}

function set(p: Pixels, x: number, y: number, rgb: readonly number[]): void {
  p.data.set(rgb, (y * W + x) * 3);
}

function get(p: Pixels, x: number, y: number): number[] {
  const i = (y * W + x) * 3;
  return [p.data[i]!, p.data[i + 1]!, p.data[i + 2]!];
}

/** A text mask at 3× the background's resolution with one stroke under background pixel (20, 20). */
function maskWithStroke(): { bits: Buffer; width: number; height: number } {
  const bits = Buffer.alloc(W * 3 * H * 3, 255);
  for (let y = 60; y < 63; y++) for (let x = 55; x < 65; x++) bits[y * W * 3 + x] = 0;
  return { bits, width: W * 3, height: H * 3 };
}

describe('flattenPaper (MRC colour layer)', () => {
  it('finds the paper colour as the median of each channel', () => {
    const page = tintedPage();
    set(page, 1, 1, [31, 63, 191]);
    expect(paperColour(page)).toEqual([...TINT]);
  });

  it('turns tinted paper and the grey ghost beside a stroke white', async () => {
    const page = tintedPage();
    // The ghost of a cleaned stroke: light grey where the mask has ink, and just beside it.
    set(page, 20, 20, [200, 197, 188]);
    set(page, 21, 20, [205, 202, 192]);
    const out = await flattenPaper(page, maskWithStroke());
    expect(get(out, 50, 50)).toEqual([255, 255, 255]);
    expect(get(out, 20, 20)).toEqual([255, 255, 255]);
    expect(get(out, 21, 20)).toEqual([255, 255, 255]);
  });

  it('keeps a blue stamp blue, a dark picture beside text dark and a shadow grey', async () => {
    const page = tintedPage();
    set(page, 70, 70, [31, 63, 191]); // stamp ink
    set(page, 19, 20, [40, 42, 44]); // a dark photo's pixel next to the stroke
    for (let y = 80; y < 100; y++) for (let x = 0; x < 40; x++) set(page, x, y, [150, 147, 140]); // shadow
    const out = await flattenPaper(page, maskWithStroke());
    const stamp = get(out, 70, 70);
    // White-balanced on the paper (its hue is the ink's, not the tint's) and still saturated blue.
    expect(stamp[2]! - Math.max(stamp[0]!, stamp[1]!)).toBeGreaterThan(120);
    expect(Math.max(...get(out, 19, 20))).toBeLessThan(60);
    const shadow = get(out, 10, 90);
    // Brightened by the white balance (×255/247) but not wiped to paper.
    expect(shadow[0]).toBeGreaterThan(150);
    expect(shadow[0]).toBeLessThan(170);
  });

  it('leaves a page that is not mostly light paper at its own levels', async () => {
    const dark = { data: Buffer.alloc(W * H * 3, 90), width: W, height: H, channels: 3 as const };
    expect(paperColour(dark)).toEqual([255, 255, 255]);
    const out = await flattenPaper(dark, { bits: Buffer.alloc(W * H, 255), width: W, height: H });
    expect(get(out, 5, 5)).toEqual([90, 90, 90]);
  });
});

describe('dilate3x3', () => {
  it('marks the same pixels as marking the 8 neighbours of every pixel with some ink', () => {
    let seed = 11;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (const [width, height] of [
      [1, 1],
      [1, 9],
      [9, 1],
      [31, 17],
      [200, 120],
    ] as const) {
      const coverage = Uint8Array.from({ length: width * height }, () => (random() < 20 ? random() : 255));
      const want = new Uint8Array(width * height);
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          if (coverage[y * width + x]! >= 250) continue;
          for (let dy = -1; dy <= 1; dy++)
            for (let dx = -1; dx <= 1; dx++) {
              const nx = x + dx;
              const ny = y + dy;
              if (nx >= 0 && ny >= 0 && nx < width && ny < height) want[ny * width + nx] = 1;
            }
        }
      expect(dilate3x3(coverage, width, height)).toEqual(want);
    }
  });
});
