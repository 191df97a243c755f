import { describe, expect, it } from 'vitest';
import { RungProjection } from '../../../electron/engine/compress/projection';

describe('RungProjection (stopping a ladder rung that cannot fit)', () => {
  it('says nothing until three pages and a quarter of the image bytes are done', () => {
    const p = new RungProjection(10_000_000, 10_000, 1_000_000);
    p.record(1_000_000, 200_000);
    p.record(1_000_000, 200_000);
    expect(p.projectedBytes()).toBeNull();
    p.record(1_000_000, 200_000);
    // 3 MB of 10 MB done at a ratio of 0.2: 10 kB + 600 kB + 7 MB × 0.2.
    expect(p.projectedBytes()).toBe(2_010_000);
    expect(p.clearlyOver()).toBe(true);
  });

  it('foresees a stop one page ahead, so a page in flight need not code its layer for nothing', () => {
    // The grey scan's 300-dpi rung: 2.64 MB pages coded to ~54 kB, 30 of them, for a 1 MB limit (1.6 MB projected).
    const p = new RungProjection(30 * 2_640_000, 60_000, 1_000_000);
    p.record(2_640_000, 54_000);
    expect(p.likelyStops()).toBe(false);
    p.record(2_640_000, 54_000);
    expect(p.likelyStops()).toBe(true);
    expect(p.clearlyOver()).toBe(false);
    p.record(2_640_000, 54_000);
    expect(p.clearlyOver()).toBe(true);
    // A rung heading for a close call is never held back.
    const close = new RungProjection(30 * 2_640_000, 60_000, 1_000_000);
    close.record(2_640_000, 34_000);
    close.record(2_640_000, 34_000);
    expect(close.likelyStops()).toBe(false);
  });

  it('lets a rung that would just fit, or miss by less than 3 %, run in full', () => {
    const fits = new RungProjection(4_000_000, 0, 1_000_000);
    for (let i = 0; i < 3; i++) fits.record(1_000_000, 240_000);
    expect(fits.projectedBytes()).toBe(960_000);
    expect(fits.clearlyOver()).toBe(false);
    const close = new RungProjection(4_000_000, 0, 1_000_000);
    for (let i = 0; i < 3; i++) close.record(1_000_000, 255_000);
    expect(close.projectedBytes()).toBe(1_020_000);
    expect(close.clearlyOver()).toBe(false);
    // Such a rung is run, but its layers are not checked early (compress/index.ts): it will likely not be kept.
    expect(fits.mayFit()).toBe(true);
    expect(close.mayFit()).toBe(false);
    expect(new RungProjection(4_000_000, 0, 1_000_000).mayFit()).toBe(true);
    // … unless a close miss may follow it (close-miss.ts): it then keeps most of its layers.
    expect(close.mayRunInFull()).toBe(true);
    const far = new RungProjection(4_000_000, 0, 1_000_000);
    for (let i = 0; i < 3; i++) far.record(1_000_000, 262_500);
    expect(far.mayRunInFull()).toBe(false);
  });

  it('counts pages kept as they were at their own size', () => {
    const p = new RungProjection(3_000_000, 0, 1_000_000);
    p.record(1_000_000, 1_000_000);
    p.record(1_000_000, 100_000);
    p.record(1_000_000, 100_000);
    expect(p.projectedBytes()).toBe(1_200_000);
    expect(p.clearlyOver()).toBe(true);
  });

  it('stops after the first three pages only when they miss by more than a quarter', () => {
    const early = new RungProjection(20_000_000, 0, 1_000_000);
    for (let i = 0; i < 3; i++) early.record(1_000_000, 60_000);
    // 3 MB of 20 MB done (15 %): projected 1.2 MB, over by 20 %, not by a quarter: the rung goes on.
    expect(early.projectedBytes()).toBeNull();
    expect(early.stoppedAt()).toBe(1_200_000);
    expect(early.clearlyOver()).toBe(false);
    early.record(1_000_000, 90_000);
    // 4 MB done (20 %), 270 kB of it: 270 kB + 16 MB × 0.0675 = 1.35 MB, over by 35 %: stopped.
    expect(early.stoppedAt()).toBe(1_350_000);
    expect(early.clearlyOver()).toBe(true);
  });

  it('bounds a lower text resolution from below, and says when even that cannot fit', () => {
    const p = new RungProjection(6_000_000, 20_000, 1_000_000);
    // Three pages of 1 MB: text layers of 300 kB at 300 dpi (one also with a 20 kB background).
    p.record(1_000_000, 300_000, { bytes: 300_000, dpi: 300 });
    p.record(1_000_000, 320_000, { bytes: 300_000, dpi: 300 });
    p.record(1_000_000, 300_000, { bytes: 300_000, dpi: 300 });
    // At 300 dpi: only the text layers count (background as nothing), the other half of the file like the first.
    expect(p.leastBytesAt(300)).toBe(20_000 + 1_800_000);
    // At 240 dpi: × 0.8^1.5 ≈ 0.716.
    expect(p.leastBytesAt(240)).toBe(Math.round(20_000 + 1_800_000 * 0.8 ** 1.5));
    expect(p.cannotFitAt(240)).toBe(true);
    // At 150 dpi: × 0.354 → 0.66 MB: it may fit, so it is coded.
    expect(p.cannotFitAt(150)).toBe(false);
    // A layer already under the new resolution keeps its size.
    const low = new RungProjection(3_000_000, 0, 1_000_000);
    for (let i = 0; i < 3; i++) low.record(1_000_000, 400_000, { bytes: 400_000, dpi: 200 });
    expect(low.leastBytesAt(240)).toBe(1_200_000);
  });

  it('predicts nothing before three pages, and nothing from pages that were not text', () => {
    const p = new RungProjection(3_000_000, 0, 1_000_000);
    p.record(1_000_000, 900_000, { bytes: 900_000, dpi: 300 });
    p.record(1_000_000, 900_000, { bytes: 900_000, dpi: 300 });
    expect(p.leastBytesAt(200)).toBeNull();
    expect(p.cannotFitAt(200)).toBe(false);
    const photos = new RungProjection(3_000_000, 0, 1_000_000);
    for (let i = 0; i < 3; i++) photos.record(1_000_000, 900_000);
    expect(photos.leastBytesAt(200)).toBe(0);
    expect(photos.cannotFitAt(200)).toBe(false);
  });
});
