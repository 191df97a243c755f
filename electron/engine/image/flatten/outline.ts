import type { Point } from './homography';

/**
 * Finding a sheet of paper lying on a table in a photo, on a small grey copy of it (about 1000 px),
 * as scanning apps do with an edge map and a contour: the page is what the photo's border cannot reach
 * without crossing a sharp brightness edge (text inside it does not matter, its holes are filled); a
 * shadow or a lamp's fall-off is gradual and does not stop the fill, so a page half in shadow is still
 * found whole. Four corners are taken from the region's convex hull, then each side is located to a
 * fraction of a pixel on the steepest brightness step across it. The outline is only trusted when the
 * region really is a quadrilateral and its sides are clear edges along most of their length; otherwise
 * the photo is left as it is.
 */

export type OutlineRejection =
  /**
   * No closed page edge around a region large enough to be the page: the page fills the photo or runs
   * off it, is not set apart from the background, or is too small in the frame (a card far away).
   */
  | 'no-outline'
  /** The enclosed region is not a four-sided shape (folded, torn, a hand over it, several sheets). */
  | 'not-quadrilateral'
  /** A four-sided shape, but its sides are not a clear edge along most of their length. */
  | 'weak-edges';

export interface OutlineFound {
  found: true;
  /** Top-left, top-right, bottom-right, bottom-left, in the grey image's pixel coordinates. */
  corners: [Point, Point, Point, Point];
  /** Share of points along the four sides where a clear edge was found (0–1). */
  edgeSupport: number;
  /** Area of the enclosed region over the area of the fitted quadrilateral (1 = a perfect quadrilateral). */
  fill: number;
  /** Area of the quadrilateral over the image's. */
  coverage: number;
}

export interface OutlineMissing {
  found: false;
  reason: OutlineRejection;
  edgeSupport?: number;
}

export type Outline = OutlineFound | OutlineMissing;

/**
 * Thresholds, kept together: each is what the photos in the tests needed plus a margin, and errs towards
 * "not found". Brightness steps are in grey levels per pixel of the blurred analysis copy: a page edge is
 * a step of 40+ levels over 3–4 px; a shadow's edge, a lamp's fall-off or wood grain is under 2 per pixel.
 */
const EDGE_GRADIENT = 6;
const MIN_COVERAGE = 0.12;
const MIN_FILL = 0.95;
const MAX_FILL = 1.05;
const MIN_EDGE_SUPPORT = 0.85;
/** How far (px) across a rough side its true edge is looked for. */
const EDGE_SEARCH = 8;
const MIN_CORNER_ANGLE = (55 * Math.PI) / 180;
const MAX_CORNER_ANGLE = (125 * Math.PI) / 180;

/** Pixels where the brightness changes by at least EDGE_GRADIENT per pixel, grown by one pixel to close small gaps. */
function edgeMap(grey: Uint8Array, width: number, height: number): Uint8Array {
  const edges = new Uint8Array(grey.length);
  // The central differences halved, squared and summed, ≥ EDGE_GRADIENT²: in whole numbers, the differences
  // themselves against 4 × EDGE_GRADIENT² (the same test, without a division per pixel).
  const limit = 4 * EDGE_GRADIENT * EDGE_GRADIENT;
  for (let y = 1; y < height - 1; y += 1) {
    const end = (y + 1) * width - 1;
    for (let p = y * width + 1; p < end; p += 1) {
      const dx = grey[p + 1]! - grey[p - 1]!;
      const dy = grey[p + width]! - grey[p - width]!;
      if (dx * dx + dy * dy >= limit) edges[p] = 1;
    }
  }
  const grown = new Uint8Array(grey.length);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (!edges[y * width + x]) continue;
      for (let dy = -1; dy <= 1; dy += 1)
        for (let dx = -1; dx <= 1; dx += 1) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx >= 0 && yy >= 0 && xx < width && yy < height) grown[yy * width + xx] = 1;
        }
    }
  }
  return grown;
}

/**
 * Marks with `mark` every pixel whose `src` value is `open` and that is 4-connected, through such pixels, to one
 * of `seeds`; returns how many it marked. A span fill: each run of a row is found and marked in one sweep, and
 * only the run starts of the rows above and below are stacked. The set marked is the one a pixel-by-pixel
 * breadth-first search marks (connectivity does not depend on the order of the walk), at a fraction of its cost:
 * the outline search's three fills took ≈ 60 ms of CPU per photo that way (issue 16's batch, 50 photos a run).
 */
function fillSpans(
  src: Uint8Array,
  open: number,
  marks: Int32Array,
  mark: number,
  width: number,
  height: number,
  seeds: readonly number[],
): number {
  const stack = [...seeds];
  let count = 0;
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (marks[p] !== 0 || src[p] !== open) continue;
    const y = (p / width) | 0;
    const rowStart = y * width;
    const rowEnd = rowStart + width - 1;
    let left = p;
    let right = p;
    while (left > rowStart && marks[left - 1] === 0 && src[left - 1] === open) left--;
    while (right < rowEnd && marks[right + 1] === 0 && src[right + 1] === open) right++;
    for (let q = left; q <= right; q++) marks[q] = mark;
    count += right - left + 1;
    // One seed per run of fillable pixels directly above and below this run (4-connectivity: not diagonally).
    for (const offset of [-width, width]) {
      if ((offset < 0 && y === 0) || (offset > 0 && y === height - 1)) continue;
      let inRun = false;
      for (let q = left + offset; q <= right + offset; q++) {
        const fillable = marks[q] === 0 && src[q] === open;
        if (fillable && !inRun) stack.push(q);
        inRun = fillable;
      }
    }
  }
  return count;
}

/** The pixels on the image's border, each once (seeds of the fills from outside). */
function borderPixels(width: number, height: number): number[] {
  const seeds: number[] = [];
  for (let x = 0; x < width; x += 1) {
    seeds.push(x);
    if (height > 1) seeds.push((height - 1) * width + x);
  }
  for (let y = 1; y < height - 1; y += 1) {
    seeds.push(y * width);
    if (width > 1) seeds.push(y * width + width - 1);
  }
  return seeds;
}

/**
 * Pixels not reachable from the photo's border without crossing an edge, edges excluded: the page's
 * paper and enclosed islands (the insides of letters). Text is an edge, so on a page that fills the
 * frame nothing large is enclosed.
 */
export function enclosed(edges: Uint8Array, width: number, height: number): Uint8Array {
  const outside = new Int32Array(edges.length);
  fillSpans(edges, 0, outside, 1, width, height, borderPixels(width, height));
  const inside = new Uint8Array(edges.length);
  for (let p = 0; p < edges.length; p += 1) inside[p] = outside[p] || edges[p] ? 0 : 1;
  return inside;
}

/**
 * The largest 4-connected region of `mask`, with its holes filled (1 inside, 0 outside). Regions are numbered in
 * the order their first pixel comes in the image (row by row), and of two equally large the first is kept.
 */
export function largestRegionFilled(mask: Uint8Array, width: number, height: number): { region: Uint8Array; area: number } {
  const label = new Int32Array(mask.length);
  let bestLabel = 0;
  let bestArea = 0;
  let next = 0;
  for (let start = 0; start < mask.length; start += 1) {
    if (!mask[start] || label[start]) continue;
    next += 1;
    const area = fillSpans(mask, 1, label, next, width, height, [start]);
    if (area > bestArea) {
      bestArea = area;
      bestLabel = next;
    }
  }
  // Outside = everything not in the region that can be reached from the border; the rest is the region or its holes.
  const best = new Uint8Array(mask.length);
  for (let p = 0; p < mask.length; p += 1) best[p] = label[p] === bestLabel ? 1 : 0;
  const outside = new Int32Array(mask.length);
  fillSpans(best, 0, outside, 1, width, height, borderPixels(width, height));
  const region = new Uint8Array(mask.length);
  let area = 0;
  for (let p = 0; p < mask.length; p += 1) {
    if (!outside[p]) {
      region[p] = 1;
      area += 1;
    }
  }
  return { region, area };
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Andrew's monotone chain; points sorted by x then y. */
function convexHull(points: Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i -= 1) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * Four corners of a convex, roughly quadrilateral hull: the point farthest from the centre is a corner,
 * the point farthest from it the opposite corner; the other two are the farthest from that diagonal on
 * each side.
 */
function roughCorners(hull: Point[]): Point[] | null {
  const centre = hull.reduce((c, p) => ({ x: c.x + p.x / hull.length, y: c.y + p.y / hull.length }), { x: 0, y: 0 });
  const farthest = (from: Point) => hull.reduce((best, p) => (distance(p, from) > distance(best, from) ? p : best), hull[0]!);
  const a = farthest(centre);
  const c = farthest(a);
  let b: Point | null = null;
  let d: Point | null = null;
  let bestB = 0;
  let bestD = 0;
  for (const p of hull) {
    const side = cross(a, c, p);
    if (side > bestB) {
      bestB = side;
      b = p;
    } else if (-side > bestD) {
      bestD = -side;
      d = p;
    }
  }
  return b && d ? [a, b, c, d] : null;
}

interface Line {
  /** A point on the line and its unit normal. */
  px: number;
  py: number;
  nx: number;
  ny: number;
}

/** Total-least-squares line through points (the direction of largest spread). */
function fitLine(points: Point[]): Line | null {
  if (points.length < 5) return null;
  let mx = 0;
  let my = 0;
  for (const p of points) {
    mx += p.x;
    my += p.y;
  }
  mx /= points.length;
  my /= points.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
    syy += (p.y - my) ** 2;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  return { px: mx, py: my, nx: -Math.sin(angle), ny: Math.cos(angle) };
}

function intersect(a: Line, b: Line): Point | null {
  // n·(p − p0) = 0 for both lines.
  const det = a.nx * b.ny - a.ny * b.nx;
  if (Math.abs(det) < 1e-9) return null;
  const ca = a.nx * a.px + a.ny * a.py;
  const cb = b.nx * b.px + b.ny * b.py;
  return { x: (ca * b.ny - a.ny * cb) / det, y: (a.nx * cb - ca * b.nx) / det };
}

/** Top-left first, then clockwise (as seen on screen, y down). */
function orderCorners(points: Point[]): [Point, Point, Point, Point] {
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  const byAngle = [...points].sort((a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx));
  let first = 0;
  for (let i = 1; i < 4; i += 1) if (byAngle[i]!.x + byAngle[i]!.y < byAngle[first]!.x + byAngle[first]!.y) first = i;
  return [0, 1, 2, 3].map((k) => byAngle[(first + k) % 4]!) as [Point, Point, Point, Point];
}

export function quadArea(q: readonly Point[]): number {
  let area = 0;
  for (let i = 0; i < q.length; i += 1) {
    const a = q[i]!;
    const b = q[(i + 1) % q.length]!;
    area += a.x * b.y - b.x * a.y;
  }
  return Math.abs(area) / 2;
}

function cornerAngles(q: readonly Point[]): number[] {
  return q.map((p, i) => {
    const prev = q[(i + 3) % 4]!;
    const next = q[(i + 1) % 4]!;
    const a = Math.atan2(prev.y - p.y, prev.x - p.x);
    const b = Math.atan2(next.y - p.y, next.x - p.x);
    let angle = Math.abs(a - b);
    if (angle > Math.PI) angle = 2 * Math.PI - angle;
    return angle;
  });
}

function sample(grey: Uint8Array, width: number, height: number, x: number, y: number): number {
  const px = Math.min(width - 1.001, Math.max(0, x - 0.5));
  const py = Math.min(height - 1.001, Math.max(0, y - 0.5));
  const x0 = Math.floor(px);
  const y0 = Math.floor(py);
  const fx = px - x0;
  const fy = py - y0;
  const i = y0 * width + x0;
  return (grey[i]! * (1 - fx) + grey[i + 1]! * fx) * (1 - fy) + (grey[i + width]! * (1 - fx) + grey[i + width + 1]! * fx) * fy;
}

/**
 * The side from `a` to `b` located to a fraction of a pixel: at points along it (away from the corners),
 * the position across it where the brightness steps most steeply from bright (inside, towards `centre`)
 * to dark, refined by a parabola through the neighbouring steps; a straight line through those points,
 * fitted twice (the second time without points more than 1.5 px off the first line). Also returns the
 * share of points with a clear step.
 */
function locateSide(
  grey: Uint8Array,
  width: number,
  height: number,
  a: Point,
  b: Point,
  centre: Point,
): { line: Line | null; support: number } {
  const length = distance(a, b);
  const dx = (b.x - a.x) / length;
  const dy = (b.y - a.y) / length;
  let nx = -dy;
  let ny = dx;
  // Normal pointing out of the page.
  if ((a.x - centre.x) * nx + (a.y - centre.y) * ny < 0) {
    nx = -nx;
    ny = -ny;
  }
  const samples = Math.max(20, Math.min(200, Math.round(length / 4)));
  const points: Point[] = [];
  const step = 0.5;
  for (let k = 0; k < samples; k += 1) {
    const t = 0.08 + (0.84 * (k + 0.5)) / samples;
    const px = a.x + (b.x - a.x) * t;
    const py = a.y + (b.y - a.y) * t;
    const steps: number[] = [];
    for (let s = -EDGE_SEARCH; s <= EDGE_SEARCH; s += step) {
      const inner = sample(grey, width, height, px + (s - 0.5) * nx, py + (s - 0.5) * ny);
      const outer = sample(grey, width, height, px + (s + 0.5) * nx, py + (s + 0.5) * ny);
      steps.push(inner - outer);
    }
    let best = 0;
    for (let i = 1; i < steps.length; i += 1) if (steps[i]! > steps[best]!) best = i;
    if (steps[best]! < EDGE_GRADIENT) continue;
    let offset = 0;
    if (best > 0 && best < steps.length - 1) {
      const l = steps[best - 1]!;
      const c = steps[best]!;
      const r = steps[best + 1]!;
      const denominator = l - 2 * c + r;
      if (denominator < 0) offset = (0.5 * (l - r)) / denominator;
    }
    const s = -EDGE_SEARCH + (best + offset) * step;
    points.push({ x: px + s * nx, y: py + s * ny });
  }
  const support = points.length / samples;
  let line = fitLine(points);
  if (line) {
    const l = line;
    const close = points.filter((p) => Math.abs((p.x - l.px) * l.nx + (p.y - l.py) * l.ny) <= 1.5);
    line = fitLine(close) ?? line;
  }
  return { line, support };
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** The page outline in a blurred grey image (one byte per pixel), or why none was trusted. */
export function findPageOutline(grey: Uint8Array, width: number, height: number): Outline {
  const edges = edgeMap(grey, width, height);
  const { region, area } = largestRegionFilled(enclosed(edges, width, height), width, height);
  if (area < MIN_COVERAGE * width * height) return { found: false, reason: 'no-outline' };

  const edge: Point[] = [];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const p = y * width + x;
      if (!region[p]) continue;
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) return { found: false, reason: 'no-outline' };
      if (!region[p - 1] || !region[p + 1] || !region[p - width] || !region[p + width]) edge.push({ x: x + 0.5, y: y + 0.5 });
    }
  }
  const hull = convexHull(edge);
  const rough = hull.length >= 4 ? roughCorners(hull) : null;
  if (!rough) return { found: false, reason: 'not-quadrilateral' };
  const roughOrdered = orderCorners(rough);
  const centre = { x: roughOrdered.reduce((s, p) => s + p.x, 0) / 4, y: roughOrdered.reduce((s, p) => s + p.y, 0) / 4 };
  const lines: Line[] = [];
  let supported = 0;
  for (let i = 0; i < 4; i += 1) {
    const { line, support } = locateSide(grey, width, height, roughOrdered[i]!, roughOrdered[(i + 1) % 4]!, centre);
    if (!line) return { found: false, reason: 'weak-edges', edgeSupport: round3(support) };
    lines.push(line);
    supported += support / 4;
  }
  const edgeSupport = round3(supported);
  const refined: Point[] = [];
  for (let i = 0; i < 4; i += 1) {
    const corner = intersect(lines[(i + 3) % 4]!, lines[i]!);
    if (!corner) return { found: false, reason: 'not-quadrilateral', edgeSupport };
    refined.push(corner);
  }
  const corners = orderCorners(refined);
  const quad = quadArea(corners);
  const fill = area / quad;
  const angles = cornerAngles(corners);
  const inside = corners.every((p) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
  if (!inside || fill < MIN_FILL || fill > MAX_FILL || angles.some((a) => a < MIN_CORNER_ANGLE || a > MAX_CORNER_ANGLE))
    return { found: false, reason: 'not-quadrilateral', edgeSupport };
  if (edgeSupport < MIN_EDGE_SUPPORT) return { found: false, reason: 'weak-edges', edgeSupport };
  return { found: true, corners, edgeSupport, fill, coverage: quad / (width * height) };
}
