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

  it('lets a rung that would just fit, or miss by less than 3 %, run in full', () => {
    const fits = new RungProjection(4_000_000, 0, 1_000_000);
    for (let i = 0; i < 3; i++) fits.record(1_000_000, 240_000);
    expect(fits.projectedBytes()).toBe(960_000);
    expect(fits.clearlyOver()).toBe(false);
    const close = new RungProjection(4_000_000, 0, 1_000_000);
    for (let i = 0; i < 3; i++) close.record(1_000_000, 255_000);
    expect(close.projectedBytes()).toBe(1_020_000);
    expect(close.clearlyOver()).toBe(false);
  });

  it('counts pages kept as they were at their own size', () => {
    const p = new RungProjection(3_000_000, 0, 1_000_000);
    p.record(1_000_000, 1_000_000);
    p.record(1_000_000, 100_000);
    p.record(1_000_000, 100_000);
    expect(p.projectedBytes()).toBe(1_200_000);
    expect(p.clearlyOver()).toBe(true);
  });
});
