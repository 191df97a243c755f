import type { Pixels } from '../compress/image-pixels';

/** Below this the page image looks out of focus (calibrated on generated scans: sharp ≥ 0.6, σ=3 px blur ≈ 0.13). */
export const BLUR_THRESHOLD = 0.2;
/** Resolution images are measured at: the one we compress to, so scores compare across inputs. */
export const MEASURE_DPI = 150;

/**
 * Image measures for validation, on 8-bit grey pixels at about 150 dpi.
 *
 * Sharpness is the variance of the 4-neighbour Laplacian (Pech-Pacheco et al., the usual
 * "variance of the Laplacian" focus measure) taken over edge pixels and divided by their
 * gradient energy. Raw Laplacian variance grows with the amount of ink on the page; the
 * ratio does not, and falls with the width of the edges, i.e. with blur.
 */
export function blurScore(grey: Pixels): number {
  const { data, width, height } = grey;
  if (width < 3 || height < 3) return 0;
  // The squared Laplacian's and squared gradient's sums over the edge pixels, and their count: the middle
  // row alone, then the rows above and below it (edgeSums' comment).
  const sums = new Float64Array(3);
  const middle = height >> 1;
  edgeSums(data, width, middle, middle + 1, sums);
  edgeSums(data, width, 1, middle, sums);
  edgeSums(data, width, middle + 1, height - 1, sums);
  // Too few edges to judge (blank or nearly blank page): report 0 and let the blank check speak.
  if (sums[2]! < 200) return 0;
  return sums[0]! / sums[1]!;
}

/**
 * blurScore's pass over rows [fromRow, toRow), carrying on the sums in `sums`. Shaped for the JIT (issue 15's wall time), as
 * classify-page.ts' counting loop once did: V8 compiles this loop while it runs, and the stores after it had not run
 * then, so reaching them threw the compiled code away; they run first in the middle row's call, which on a
 * page with text also runs the edge path (the top rows, paper, do not). The sums are of integers, well under
 * 2^53: the same in any order.
 */
function edgeSums(data: Uint8Array, width: number, fromRow: number, toRow: number, sums: Float64Array): void {
  // Carried on from `sums` (doubles from the start: a small-integer sum that outgrew its range deoptimised the loop).
  let sumL2 = sums[0]!;
  let sumG2 = sums[1]!;
  let n = sums[2]!;
  for (let y = fromRow; y < toRow; y++) {
    const end = (y + 1) * width - 1;
    for (let i = y * width + 1; i < end; i++) {
      const gx = data[i + 1]! - data[i - 1]!;
      const gy = data[i + width]! - data[i - width]!;
      // Most pixels are paper: both differences within ±28 give at most 2 × 28² = 1,568, under EDGE_GRADIENT_SQ
      // (1,600), so they are passed over before squaring (the same pixels as the test below, ≈ 25 % less CPU).
      if ((gx + 28) >>> 0 <= 56 && (gy + 28) >>> 0 <= 56) continue;
      const g2 = gx * gx + gy * gy;
      // Only edge pixels count: paper grain and sensor noise would otherwise pass for detail.
      if (g2 < EDGE_GRADIENT_SQ) continue;
      const lap = data[i - 1]! + data[i + 1]! + data[i - width]! + data[i + width]! - 4 * data[i]!;
      sumL2 += lap * lap;
      sumG2 += g2;
      n++;
    }
  }
  sums[0] = sumL2;
  sums[1] = sumG2;
  sums[2] = n;
}

const EDGE_GRADIENT_SQ = 40 * 40;
// The quick pass-over in blurScore holds only while 2 × 28² stays under the edge threshold.
if (2 * 28 * 28 >= EDGE_GRADIENT_SQ) throw new Error('blurScore: the paper pass-over no longer fits EDGE_GRADIENT_SQ');

/**
 * Share of pixels clearly darker than the paper: the paper level is the 90th percentile
 * of brightness (robust to tint, shadows and a dark border), ink is 64 levels below it.
 */
export function inkCoverage(grey: Pixels): number {
  const { data } = grey;
  const histogram = new Uint32Array(256);
  for (let i = 0; i < data.length; i++) histogram[data[i]!]!++;
  let seen = 0;
  let paper = 255;
  const target = data.length * 0.9;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v]!;
    if (seen >= target) {
      paper = v;
      break;
    }
  }
  const inkBelow = paper - 64;
  let ink = 0;
  for (let v = 0; v < Math.max(0, inkBelow); v++) ink += histogram[v]!;
  return data.length ? ink / data.length : 0;
}
