/**
 * A 2-D DOMMatrix for the pdf.js check worker (decode-check.ts), as JavaScript source it evaluates.
 *
 * pdf.js's display layer, as it is imported in Node, loads @napi-rs/canvas for DOMMatrix, ImageData and Path2D.
 * The check worker never renders: it asks for operator lists and decoded images. Loading Skia's 33 MB native
 * library for it cost ≈ 29 MB of resident memory and 0.14–0.24 s of CPU at every start of that worker, beside the
 * pages still being coded (issue 15: the typed scan's peak memory). Without it, two uses of DOMMatrix remain on the
 * check's path: the display layer builds an identity matrix as it is imported (canvas.js), and the worker turns a
 * Type 3 glyph drawn as an image mask into a path with `new DOMMatrix().scaleSelf(…).translateSelf(…)`
 * (compileType3Glyph). This class gives those what the DOM gives for a 2-D matrix — the affine map
 * x' = a·x + c·y + e, y' = b·x + d·y + f — and a matrix of 16 values, a 3-D operation or anything this class does
 * not have throws, so a later pdf.js that asks for more fails its check loudly (tests/unit/engine/validate/
 * dom-matrix-2d.test.ts compares it with @napi-rs/canvas's own).
 */
export const DOM_MATRIX_2D_SOURCE = `
class DOMMatrix2D {
  constructor(init) {
    const m = init === undefined ? [1, 0, 0, 1, 0, 0] : Array.from(init);
    if (m.length !== 6) throw new TypeError('DOMMatrix2D: only a 2-D matrix of 6 values');
    [this.a, this.b, this.c, this.d, this.e, this.f] = m.map(Number);
  }
  get m11() { return this.a; }
  get m12() { return this.b; }
  get m21() { return this.c; }
  get m22() { return this.d; }
  get m41() { return this.e; }
  get m42() { return this.f; }
  get is2D() { return true; }
  get isIdentity() { return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0; }
  static #product(p, q) {
    return [
      p.a * q.a + p.c * q.b,
      p.b * q.a + p.d * q.b,
      p.a * q.c + p.c * q.d,
      p.b * q.c + p.d * q.d,
      p.a * q.e + p.c * q.f + p.e,
      p.b * q.e + p.d * q.f + p.f,
    ];
  }
  #set(m) {
    [this.a, this.b, this.c, this.d, this.e, this.f] = m;
    return this;
  }
  multiplySelf(other) { return this.#set(DOMMatrix2D.#product(this, new DOMMatrix2D(DOMMatrix2D.#values(other)))); }
  preMultiplySelf(other) { return this.#set(DOMMatrix2D.#product(new DOMMatrix2D(DOMMatrix2D.#values(other)), this)); }
  translateSelf(tx = 0, ty = 0) { return this.multiplySelf([1, 0, 0, 1, tx, ty]); }
  scaleSelf(sx = 1, sy = sx) { return this.multiplySelf([sx, 0, 0, sy, 0, 0]); }
  invertSelf() {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (det === 0 || !Number.isFinite(det)) return this.#set([NaN, NaN, NaN, NaN, NaN, NaN]);
    return this.#set([d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]);
  }
  multiply(other) { return new DOMMatrix2D(DOMMatrix2D.#values(this)).multiplySelf(other); }
  translate(tx, ty) { return new DOMMatrix2D(DOMMatrix2D.#values(this)).translateSelf(tx, ty); }
  scale(sx, sy) { return new DOMMatrix2D(DOMMatrix2D.#values(this)).scaleSelf(sx, sy); }
  inverse() { return new DOMMatrix2D(DOMMatrix2D.#values(this)).invertSelf(); }
  transformPoint(point = {}) {
    const { x = 0, y = 0 } = point;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }
  static #values(m) {
    if (m instanceof DOMMatrix2D) return [m.a, m.b, m.c, m.d, m.e, m.f];
    if (Array.isArray(m) || ArrayBuffer.isView(m)) return Array.from(m);
    if (m && typeof m === 'object' && 'a' in m) return [m.a, m.b, m.c, m.d, m.e, m.f];
    throw new TypeError('DOMMatrix2D: not a 2-D matrix');
  }
}
`;
