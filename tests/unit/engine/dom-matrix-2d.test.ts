import { DOMMatrix as SkiaMatrix } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { DOM_MATRIX_2D_SOURCE } from '../../../electron/engine/validate/dom-matrix-2d';

/** The class the pdf.js check worker evaluates, evaluated the same way. */
interface Matrix2D {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
  scaleSelf(sx: number, sy?: number): Matrix2D;
  translateSelf(tx: number, ty: number): Matrix2D;
  multiplySelf(m: number[]): Matrix2D;
  preMultiplySelf(m: number[]): Matrix2D;
  invertSelf(): Matrix2D;
  transformPoint(p: { x: number; y: number }): { x: number; y: number };
}
const DOMMatrix2D = new Function(`${DOM_MATRIX_2D_SOURCE}; return DOMMatrix2D;`)() as new (init?: number[]) => Matrix2D;

const values = (m: { a: number; b: number; c: number; d: number; e: number; f: number }) => [m.a, m.b, m.c, m.d, m.e, m.f];

function expectClose(got: number[], want: number[]) {
  expect(got).toHaveLength(6);
  got.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 9));
}

describe('DOMMatrix2D (the pdf.js check worker’s stand-in for @napi-rs/canvas)', () => {
  it('builds the matrix pdf.js’s compileType3Glyph builds, as Skia’s DOMMatrix does', () => {
    const [width, height] = [37, 53];
    const ours = new DOMMatrix2D().scaleSelf(1 / width, -1 / height).translateSelf(0, -height);
    const skia = new SkiaMatrix().scaleSelf(1 / width, -1 / height).translateSelf(0, -height);
    expectClose(values(ours), values(skia));
    // A glyph's corner (0, 0) lands at the top-left of the unit square, (width, height) at its bottom-right.
    expect(ours.transformPoint({ x: 0, y: 0 })).toMatchObject({ x: 0, y: 1 });
    expect(ours.transformPoint({ x: width, y: height })).toMatchObject({ x: 1, y: 0 });
  });

  it('agrees with Skia’s DOMMatrix on chains of 2-D operations', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 4 - 2;
    for (let trial = 0; trial < 200; trial++) {
      const init = [random(), random(), random(), random(), random(), random()];
      const ours = new DOMMatrix2D(init);
      const skia = new SkiaMatrix(init);
      for (let step = 0; step < 4; step++) {
        const m = [random(), random(), random(), random(), random(), random()];
        const [x, y] = [random() * 10, random() * 10];
        switch (step % 4) {
          case 0:
            ours.multiplySelf(m);
            skia.multiplySelf(new SkiaMatrix(m));
            break;
          case 1:
            ours.preMultiplySelf(m);
            skia.preMultiplySelf(new SkiaMatrix(m));
            break;
          case 2:
            ours.translateSelf(x, y);
            skia.translateSelf(x, y);
            break;
          default:
            ours.scaleSelf(x, y);
            skia.scaleSelf(x, y);
        }
      }
      expectClose(values(ours), values(skia));
      expectClose(values(new DOMMatrix2D(values(ours)).invertSelf()), values(new SkiaMatrix(values(skia)).invertSelf()));
    }
  });

  it('refuses what it does not model instead of answering wrong', () => {
    expect(() => new DOMMatrix2D([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1])).toThrow(/2-D/);
    expect((new DOMMatrix2D() as unknown as Record<string, unknown>).rotateSelf).toBeUndefined();
  });
});
