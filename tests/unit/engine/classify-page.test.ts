import { describe, expect, it } from 'vitest';
import { classifyPixels, localBackground } from '../../../electron/engine/compress/classify-page';

/**
 * The classifier's local paper level: one value per pixel (it once read a 3-channel enlargement of a
 * 1-channel level, so each pixel was compared with the level of another part of the page), following a
 * shadow across the page, and not pulled down by dense text (the brightest pixel of each block).
 */

/** A 75-dpi grey page lit from the left (paper 245 → 150) with dense typed lines in its middle band. */
function shadowedPage(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const paper = Math.round(245 - (95 * x) / width);
      const text = y > height * 0.3 && y < height * 0.7 && y % 6 < 3 && x % 4 < 2;
      data[y * width + x] = text ? Math.round(paper * 0.3) : paper;
    }
  return data;
}

describe('classifier paper level', () => {
  const [width, height] = [600, 840];
  const pixels = { data: shadowedPage(width, height), width, height, channels: 1 as const };

  it('has one level per pixel that follows the shadow and ignores dense text', async () => {
    const level = await localBackground(pixels);
    expect(level.length).toBe(width * height);
    const at = (fx: number, fy: number) => level[Math.round(fy * (height - 1)) * width + Math.round(fx * (width - 1))]!;
    // Paper: 245 at the left edge, ~150 at the right; the blurred level is within a few levels of it.
    expect(at(0.1, 0.1)).toBeGreaterThan(225);
    expect(at(0.9, 0.1)).toBeLessThan(175);
    // In the middle of the dense text band the level is still the paper's, not the text's average (~150 there).
    expect(Math.abs(at(0.2, 0.5) - (245 - 95 * 0.2))).toBeLessThan(12);
  });

  it('calls the shadowed typed page text, not a photo', async () => {
    const found = await classifyPixels(pixels);
    expect(found.pageClass).toBe('text');
    expect(found.paper).toBeGreaterThan(0.7);
  });
});
