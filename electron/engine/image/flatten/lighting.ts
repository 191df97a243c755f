import type { RawImage } from './homography';

/**
 * Evening out the light on a flattened page (background division, as scanning apps do): the paper's
 * own brightness is estimated per channel on a coarse grid (the brightest pixels of each cell are
 * paper, text is thin), cells with no paper in them (a photo, a dark stamp) are filled from their
 * neighbours, the grid is smoothed, and every pixel is divided by the paper level under it. The shadow
 * of a phone or a lamp's fall-off disappears and the paper becomes white, without thresholding: the
 * page stays a colour photograph of itself.
 */

/** Paper brightness the page is brought to (a scanner's white, just under 255 so paper texture stays). */
const PAPER_WHITE = 248;
/** Cells per page side (the long one); a cell is a few text lines high. */
const GRID_CELLS = 48;
/** A cell whose brightest level is below this share of the brightest cell within NEIGHBOURHOOD cells is not paper. */
const NOT_PAPER = 0.7;
const NEIGHBOURHOOD = 3;
/** Below this share of the page's typical paper level a cell is never paper. */
const NEVER_PAPER = 0.3;
/** Never brighten more than this (a very dark photo stays a dark photo) nor darken. */
const MAX_GAIN = 3;

export interface LightingResult {
  /** Darkest paper level found over the brightest (1 = evenly lit), before correction. */
  evenness: number;
  /** Share of grid cells that held no paper and were filled from their neighbours. */
  filledCells: number;
}

function percentile(values: Float32Array, share: number): number {
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

export function evenLighting(image: RawImage): LightingResult {
  const { data, width, height, channels } = image;
  const cell = Math.max(8, Math.ceil(Math.max(width, height) / GRID_CELLS));
  const gw = Math.ceil(width / cell);
  const gh = Math.ceil(height / cell);
  // Per cell and channel: a high percentile (the 95th of a coarse histogram) rather than the maximum,
  // so sensor noise and JPEG ringing do not set the paper level.
  const levels: Float32Array[] = [];
  for (let c = 0; c < channels; c += 1) levels.push(new Float32Array(gw * gh));
  const histogram = new Uint32Array(channels * 64);
  for (let gy = 0; gy < gh; gy += 1) {
    for (let gx = 0; gx < gw; gx += 1) {
      histogram.fill(0);
      const x0 = gx * cell;
      const y0 = gy * cell;
      const x1 = Math.min(width, x0 + cell);
      const y1 = Math.min(height, y0 + cell);
      for (let y = y0; y < y1; y += 2) {
        for (let x = x0, i = (y * width + x0) * channels; x < x1; x += 2, i += 2 * channels) {
          for (let c = 0; c < channels; c += 1) histogram[c * 64 + (data[i + c]! >> 2)]! += 1;
        }
      }
      const count = Math.ceil((y1 - y0) / 2) * Math.ceil((x1 - x0) / 2);
      for (let c = 0; c < channels; c += 1) {
        let seen = 0;
        let bin = 63;
        for (; bin > 0; bin -= 1) {
          seen += histogram[c * 64 + bin]!;
          if (seen >= 0.05 * count) break;
        }
        levels[c]![gy * gw + gx] = bin * 4 + 2;
      }
    }
  }
  // Cells without paper (a photo, a dark stamp): far darker than the brightest cell around them. Compared
  // with their neighbourhood, not the whole page, so paper in a deep shadow is still paper; anything
  // under a third of the page's typical paper never is.
  const sum = new Float32Array(gw * gh);
  for (let p = 0; p < sum.length; p += 1) for (let c = 0; c < channels; c += 1) sum[p]! += levels[c]![p]!;
  const typical = percentile(sum, 0.75);
  const known = new Uint8Array(gw * gh);
  let filled = 0;
  for (let gy = 0; gy < gh; gy += 1) {
    for (let gx = 0; gx < gw; gx += 1) {
      let around = 0;
      for (let y = Math.max(0, gy - NEIGHBOURHOOD); y <= Math.min(gh - 1, gy + NEIGHBOURHOOD); y += 1)
        for (let x = Math.max(0, gx - NEIGHBOURHOOD); x <= Math.min(gw - 1, gx + NEIGHBOURHOOD); x += 1)
          around = Math.max(around, sum[y * gw + x]!);
      const p = gy * gw + gx;
      known[p] = sum[p]! >= NOT_PAPER * around && sum[p]! >= NEVER_PAPER * typical ? 1 : 0;
      if (!known[p]) filled += 1;
    }
  }
  const brightest = percentile(sum, 0.98);
  const darkestPaper = sum.filter((_, p) => known[p]).reduce((m, v) => Math.min(m, v), brightest);
  // Fill unknown cells from known neighbours, ring by ring.
  for (let pass = 0; pass < gw + gh && filled > 0; pass += 1) {
    const next = Uint8Array.from(known);
    for (let gy = 0; gy < gh; gy += 1) {
      for (let gx = 0; gx < gw; gx += 1) {
        const p = gy * gw + gx;
        if (known[p]) continue;
        let n = 0;
        const acc = new Float32Array(channels);
        for (const [dx, dy] of [
          [-1, 0],
          [1, 0],
          [0, -1],
          [0, 1],
          [-1, -1],
          [1, 1],
          [-1, 1],
          [1, -1],
        ] as const) {
          const x = gx + dx;
          const y = gy + dy;
          if (x < 0 || y < 0 || x >= gw || y >= gh || !known[y * gw + x]) continue;
          n += 1;
          for (let c = 0; c < channels; c += 1) acc[c]! += levels[c]![y * gw + x]!;
        }
        if (n === 0) continue;
        for (let c = 0; c < channels; c += 1) levels[c]![p] = acc[c]! / n;
        next[p] = 1;
      }
    }
    known.set(next);
  }
  if (known.some((k) => !k)) return { evenness: 1, filledCells: 1 }; // no paper at all: leave the page alone
  // Smooth: two 3×3 box passes, so the correction has no visible cell edges.
  for (const level of levels) {
    for (let pass = 0; pass < 2; pass += 1) {
      const copy = Float32Array.from(level);
      for (let gy = 0; gy < gh; gy += 1) {
        for (let gx = 0; gx < gw; gx += 1) {
          let s = 0;
          let n = 0;
          for (let y = Math.max(0, gy - 1); y <= Math.min(gh - 1, gy + 1); y += 1)
            for (let x = Math.max(0, gx - 1); x <= Math.min(gw - 1, gx + 1); x += 1) {
              s += copy[y * gw + x]!;
              n += 1;
            }
          level[gy * gw + gx] = s / n;
        }
      }
    }
  }
  // Divide, with the gain interpolated bilinearly between cell centres.
  const gains = levels.map((level) => level.map((v) => Math.min(MAX_GAIN, Math.max(1, PAPER_WHITE / Math.max(1, v)))));
  const rowGain = new Float32Array(gw * channels);
  for (let y = 0; y < height; y += 1) {
    const fy = Math.min(gh - 1, Math.max(0, (y + 0.5) / cell - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(gh - 1, y0 + 1);
    const ty = fy - y0;
    for (let gx = 0; gx < gw; gx += 1)
      for (let c = 0; c < channels; c += 1) {
        const g = gains[c]!;
        rowGain[gx * channels + c] = g[y0 * gw + gx]! * (1 - ty) + g[y1 * gw + gx]! * ty;
      }
    for (let x = 0, i = y * width * channels; x < width; x += 1, i += channels) {
      const fx = Math.min(gw - 1, Math.max(0, (x + 0.5) / cell - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(gw - 1, x0 + 1);
      const tx = fx - x0;
      for (let c = 0; c < channels; c += 1) {
        const gain = rowGain[x0 * channels + c]! * (1 - tx) + rowGain[x1 * channels + c]! * tx;
        const v = data[i + c]! * gain;
        data[i + c] = v > 255 ? 255 : v;
      }
    }
  }
  return { evenness: brightest > 0 ? darkestPaper / brightest : 1, filledCells: filled / (gw * gh) };
}
