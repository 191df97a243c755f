import { describe, expect, it } from 'vitest';
import { A4_PT, FIT_MARGIN_PT, paperDpi, planPage } from '../../../electron/engine/image/page-layout';

describe('planPage', () => {
  it('keeps the physical size an image states (a 300 dpi ID card scan stays card-sized)', () => {
    const plan = planPage(1011, 638, 300); // 85.6 × 54 mm
    expect(plan.sizing).toBe('stated-dpi');
    expect((plan.widthPt / 72) * 25.4).toBeCloseTo(85.6, 0);
    expect(plan.image).toEqual({ x: 0, y: 0, width: plan.widthPt, height: plan.heightPt });
  });

  it('ignores the 72 dpi that cameras write, and absurd resolutions', () => {
    expect(planPage(4032, 3024, 72).sizing).toBe('fit-a4');
    expect(planPage(4032, 3024, 5000).sizing).toBe('fit-a4');
    // 600 × 40 inches is not a document
    expect(planPage(36000, 2400, 60).sizing).toBe('fit-a4');
  });

  it('recognises paper sizes at scan resolutions when no DPI is stated', () => {
    expect(paperDpi(2480, 3508)).toBe(300); // A4 @ 300
    expect(paperDpi(3508, 2480)).toBe(300); // landscape
    expect(paperDpi(2550, 3300)).toBe(300); // Letter @ 300
    expect(paperDpi(1240, 1754)).toBe(150); // A4 @ 150
    expect(paperDpi(4032, 3024)).toBeNull(); // a phone photo
  });

  it('fits other images on A4 with a margin, portrait or landscape like the image, centred', () => {
    const portrait = planPage(3024, 4032, undefined);
    expect([portrait.widthPt, portrait.heightPt]).toEqual([A4_PT.width, A4_PT.height]);
    const landscape = planPage(4032, 3024, undefined);
    expect([landscape.widthPt, landscape.heightPt]).toEqual([A4_PT.height, A4_PT.width]);
    for (const plan of [portrait, landscape]) {
      expect(plan.image.x).toBeGreaterThanOrEqual(FIT_MARGIN_PT - 1e-9);
      expect(plan.image.y).toBeGreaterThanOrEqual(FIT_MARGIN_PT - 1e-9);
      expect(plan.image.x * 2 + plan.image.width).toBeCloseTo(plan.widthPt, 6);
      expect(plan.image.y * 2 + plan.image.height).toBeCloseTo(plan.heightPt, 6);
      expect(plan.image.width / plan.image.height).toBeCloseTo(plan === portrait ? 3024 / 4032 : 4032 / 3024, 6);
    }
    // The binding side of a 4:3 photo on landscape A4 is its height.
    expect(landscape.dpi).toBeCloseTo(3024 / ((A4_PT.width - 2 * FIT_MARGIN_PT) / 72), 3);
    expect(landscape.image.height).toBeCloseTo(A4_PT.width - 2 * FIT_MARGIN_PT, 6);
  });
});
