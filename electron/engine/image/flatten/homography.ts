/**
 * Plane-to-plane maps for straightening a photographed page: the 3×3 homography that sends the four
 * corners of the flat page to the four corners seen in the photo, and bilinear resampling through it.
 * Plain arithmetic (no OpenCV): a 4-point homography is an 8×8 linear system.
 */

export interface Point {
  x: number;
  y: number;
}

/** Row-major 3×3 matrix with h[8] = 1. */
export type Homography = readonly number[];

/** Solve A·x = b (n×n, row-major) by Gaussian elimination with partial pivoting; null when singular. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    if (Math.abs(a[pivot]![col]!) < 1e-12) return null;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    for (let row = col + 1; row < n; row += 1) {
      const f = a[row]![col]! / a[col]![col]!;
      if (f === 0) continue;
      for (let k = col; k < n; k += 1) a[row]![k]! -= f * a[col]![k]!;
      b[row]! -= f * b[col]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row -= 1) {
    let sum = b[row]!;
    for (let k = row + 1; k < n; k += 1) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}

/** The homography sending each `from[i]` to `to[i]` (four points each, no three on a line); null if degenerate. */
export function homographyFrom(from: readonly Point[], to: readonly Point[]): Homography | null {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i += 1) {
    const { x, y } = from[i]!;
    const { x: u, y: v } = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  const h = solve(a, b);
  return h ? [...h, 1] : null;
}

export function applyHomography(h: Homography, x: number, y: number): Point {
  const w = h[6]! * x + h[7]! * y + h[8]!;
  return { x: (h[0]! * x + h[1]! * y + h[2]!) / w, y: (h[3]! * x + h[4]! * y + h[5]!) / w };
}

export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

/**
 * Resample `source` into a width×height image: the output pixel (u, v) takes the source colour at
 * `outputToSource(u, v)`, bilinearly interpolated. Outside the source it is white (paper).
 * One pass, row by row, with the projective division done incrementally per row.
 */
export function warpPerspective(source: RawImage, outputToSource: Homography, width: number, height: number): RawImage {
  const { data: src, width: sw, height: sh, channels: c } = source;
  const out = Buffer.alloc(width * height * c, 255);
  const h = outputToSource;
  for (let v = 0; v < height; v += 1) {
    const cy = v + 0.5;
    let nx = h[0]! * 0.5 + h[1]! * cy + h[2]!;
    let ny = h[3]! * 0.5 + h[4]! * cy + h[5]!;
    let nw = h[6]! * 0.5 + h[7]! * cy + h[8]!;
    let o = v * width * c;
    for (let u = 0; u < width; u += 1, o += c, nx += h[0]!, ny += h[3]!, nw += h[6]!) {
      // Pixel centres are at +0.5 in both images.
      const x = nx / nw - 0.5;
      const y = ny / nw - 0.5;
      if (x < -0.5 || y < -0.5 || x > sw - 0.5 || y > sh - 0.5) continue;
      const x0 = x < 0 ? 0 : Math.min(sw - 1, Math.floor(x));
      const y0 = y < 0 ? 0 : Math.min(sh - 1, Math.floor(y));
      const x1 = x0 + 1 < sw ? x0 + 1 : x0;
      const y1 = y0 + 1 < sh ? y0 + 1 : y0;
      const fx = x < 0 ? 0 : Math.min(1, x - x0);
      const fy = y < 0 ? 0 : Math.min(1, y - y0);
      const i00 = (y0 * sw + x0) * c;
      const i01 = (y0 * sw + x1) * c;
      const i10 = (y1 * sw + x0) * c;
      const i11 = (y1 * sw + x1) * c;
      for (let k = 0; k < c; k += 1) {
        const top = src[i00 + k]! + (src[i01 + k]! - src[i00 + k]!) * fx;
        const bottom = src[i10 + k]! + (src[i11 + k]! - src[i10 + k]!) * fx;
        out[o + k] = top + (bottom - top) * fy + 0.5;
      }
    }
  }
  return { data: out, width, height, channels: c };
}
