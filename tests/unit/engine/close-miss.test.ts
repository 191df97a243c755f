import { describe, expect, it } from 'vitest';
import { expectedSaving, pagesToMove, type MovablePage } from '../../../electron/engine/compress/close-miss';

/** Thirty text layers of about 33 kB, as the 30-page grey scan's at 200 dpi (bench/results.md). */
const grey30: MovablePage[] = Array.from({ length: 30 }, (_v, index) => ({
  index,
  layerBytes: 32_500 + ((index * 7) % 10) * 200,
}));

describe('close miss (only the pages that cost most come down one rung)', () => {
  it('expects a layer to shrink in proportion to its resolution, and nothing when it does not fall', () => {
    expect(expectedSaving(33_000, 200, 180)).toBeCloseTo(3_300, 6);
    expect(expectedSaving(33_000, 180, 180)).toBe(0);
    expect(expectedSaving(33_000, 180, 200)).toBe(0);
  });

  it('moves the largest layers first, enough of them to cover the miss with a margin', () => {
    // The 200-dpi rung ended 11.3 kB over 1 MB.
    const chosen = pagesToMove(grey30, 11_333, 200, 180, 15)!;
    expect(chosen.length).toBeGreaterThan(3);
    expect(chosen.length).toBeLessThanOrEqual(6);
    const smallestChosen = Math.min(...chosen.map((p) => p.layerBytes));
    const left = grey30.filter((p) => !chosen.includes(p));
    expect(left.every((p) => p.layerBytes <= smallestChosen)).toBe(true);
    const saving = chosen.reduce((sum, p) => sum + expectedSaving(p.layerBytes, 200, 180), 0);
    expect(saving).toBeGreaterThan(11_333 * 1.15);
  });

  it('asks for more pages when the pages moved saved less than expected', () => {
    const first = pagesToMove(grey30, 11_333, 200, 180, 15)!;
    const again = pagesToMove(grey30, 11_333, 200, 180, 15, 0.5)!;
    expect(again.length).toBeGreaterThan(first.length);
    // A saving above expectation is not trusted: never fewer pages than the plain estimate.
    expect(pagesToMove(grey30, 11_333, 200, 180, 15, 2)).toEqual(first);
  });

  it('is no close miss when more pages than allowed would have to move, or the resolution does not fall', () => {
    expect(pagesToMove(grey30, 60_000, 200, 180, 15)).toBeNull();
    expect(pagesToMove(grey30, 5_000, 180, 180, 15)).toBeNull();
    expect(pagesToMove(grey30.slice(0, 1), 1_000, 200, 180, 0)).toBeNull();
    expect(pagesToMove(grey30, 0, 200, 180, 15)).toEqual([]);
  });
});
