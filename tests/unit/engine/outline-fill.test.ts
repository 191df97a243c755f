import { describe, expect, it } from 'vitest';
import { enclosed, largestRegionFilled } from '../../../electron/engine/image/flatten/outline';

/**
 * The photo outline's fills (flatten/outline.ts) walk runs of pixels instead of one pixel at a time. What they
 * mark must be exactly what a pixel-by-pixel breadth-first search marks: held here against that search (the
 * code they replaced) on random masks of every density, thin and empty ones included.
 */

function bfsEnclosed(edges: Uint8Array, width: number, height: number): Uint8Array {
  const outside = new Uint8Array(edges.length);
  const queue = new Int32Array(edges.length);
  let head = 0;
  let tail = 0;
  const visit = (p: number) => {
    if (!edges[p] && !outside[p]) {
      outside[p] = 1;
      queue[tail++] = p;
    }
  };
  for (let x = 0; x < width; x += 1) {
    visit(x);
    visit((height - 1) * width + x);
  }
  for (let y = 0; y < height; y += 1) {
    visit(y * width);
    visit(y * width + width - 1);
  }
  while (head < tail) {
    const p = queue[head++]!;
    const x = p % width;
    if (x > 0) visit(p - 1);
    if (x < width - 1) visit(p + 1);
    if (p - width >= 0) visit(p - width);
    if (p + width < edges.length) visit(p + width);
  }
  const inside = new Uint8Array(edges.length);
  for (let p = 0; p < edges.length; p += 1) inside[p] = outside[p] || edges[p] ? 0 : 1;
  return inside;
}

function bfsLargestRegionFilled(mask: Uint8Array, width: number, height: number): { region: Uint8Array; area: number } {
  const label = new Int32Array(mask.length);
  const queue = new Int32Array(mask.length);
  let bestLabel = 0;
  let bestArea = 0;
  let next = 0;
  for (let start = 0; start < mask.length; start += 1) {
    if (!mask[start] || label[start]) continue;
    next += 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    label[start] = next;
    while (head < tail) {
      const p = queue[head++]!;
      const x = p % width;
      for (const q of [x > 0 ? p - 1 : -1, x < width - 1 ? p + 1 : -1, p - width, p + width]) {
        if (q < 0 || q >= mask.length || !mask[q] || label[q]) continue;
        label[q] = next;
        queue[tail++] = q;
      }
    }
    if (tail > bestArea) {
      bestArea = tail;
      bestLabel = next;
    }
  }
  const outside = new Uint8Array(mask.length);
  let head = 0;
  let tail = 0;
  const seed = (p: number) => {
    if (label[p] !== bestLabel && !outside[p]) {
      outside[p] = 1;
      queue[tail++] = p;
    }
  };
  for (let x = 0; x < width; x += 1) {
    seed(x);
    seed((height - 1) * width + x);
  }
  for (let y = 0; y < height; y += 1) {
    seed(y * width);
    seed(y * width + width - 1);
  }
  while (head < tail) {
    const p = queue[head++]!;
    const x = p % width;
    if (x > 0) seed(p - 1);
    if (x < width - 1) seed(p + 1);
    if (p - width >= 0) seed(p - width);
    if (p + width < mask.length) seed(p + width);
  }
  const region = new Uint8Array(mask.length);
  let area = 0;
  for (let p = 0; p < mask.length; p += 1) {
    if (!outside[p]) {
      region[p] = 1;
      area += 1;
    }
  }
  return { region, area };
}

function randomMask(width: number, height: number, density: number, seed: number): Uint8Array {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const mask = new Uint8Array(width * height);
  // Blobs and noise: big regions with holes and many small islands, as the outline search sees.
  for (let p = 0; p < mask.length; p += 1) mask[p] = next() < density ? 1 : 0;
  for (let k = 0; k < 6; k += 1) {
    const cx = next() * width;
    const cy = next() * height;
    const r = next() * Math.min(width, height) * 0.4;
    for (let y = 0; y < height; y += 1)
      for (let x = 0; x < width; x += 1) if ((x - cx) ** 2 + (y - cy) ** 2 < r * r && next() > 0.05) mask[y * width + x] = 1;
  }
  return mask;
}

describe('photo outline fills', () => {
  const sizes: [number, number][] = [
    [1, 1],
    [1, 9],
    [9, 1],
    [2, 2],
    [37, 23],
    [120, 90],
  ];
  for (const [width, height] of sizes) {
    it(`mark what a pixel-by-pixel search marks on ${width} × ${height} masks`, () => {
      for (const [i, density] of [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1].entries()) {
        const mask = randomMask(width, height, density, 17 + i * 31 + width);
        if (density === 0) mask.fill(0);
        if (density === 1) mask.fill(1);
        expect(enclosed(mask, width, height)).toEqual(bfsEnclosed(mask, width, height));
        expect(largestRegionFilled(mask, width, height)).toEqual(bfsLargestRegionFilled(mask, width, height));
      }
    });
  }

  it('keeps the first of two equally large regions, and fills its holes', () => {
    // Two 3 × 3 rings, the second with the same area: the first (by its first pixel) is kept, its hole filled.
    const width = 9;
    const height = 5;
    const mask = new Uint8Array(width * height);
    for (const left of [1, 5])
      for (let y = 1; y <= 3; y += 1)
        for (let x = left; x < left + 3; x += 1) if (!(x === left + 1 && y === 2)) mask[y * width + x] = 1;
    const { region, area } = largestRegionFilled(mask, width, height);
    expect(area).toBe(9);
    expect(region[2 * width + 2]).toBe(1);
    expect(region[2 * width + 6]).toBe(0);
  });
});
