import type { Pixels } from '../compress/image-pixels';
import { leaseKernels } from '../compress/kernels/page-kernels';

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
  // The squared Laplacian's and squared gradient's sums over the edge pixels (squared gradient at least
  // 40², 1600: paper grain and sensor noise would otherwise pass for detail), and their count, in the
  // page kernels (compress/kernels/page-kernels.wat, eight pixels a step; integer sums, exact).
  const lease = leaseKernels([data.length]);
  try {
    lease.bytes.set(data, lease.at[0]!);
    const [sumL2, sumG2, n] = lease.kernels.edgeSums(lease.at[0]!, width, 1, height - 1);
    // Too few edges to judge (blank or nearly blank page): report 0 and let the blank check speak.
    if (n < 200) return 0;
    return sumL2 / sumG2;
  } finally {
    lease.release();
  }
}

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
