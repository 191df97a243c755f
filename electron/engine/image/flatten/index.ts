import sharp from 'sharp';
import type { FlattenReport } from '../../../../shared/engine/report';
import { homographyFrom, warpPerspective, type Point, type RawImage } from './homography';
import { evenLighting } from './lighting';
import { findPageOutline } from './outline';

/**
 * A phone photo of a document on a table → a scan of the document: the page outline is found on a
 * small copy, the perspective corrected by resampling the full photo through the homography of its
 * four corners (which crops the table away), and, for paper documents, the light evened out.
 * Identity documents (`evenLight: false`) are only straightened and cropped: they stay photographs.
 * When no outline is found confidently, the photo is left exactly as it was, and the report says why.
 */

/** Long side of the grey copy the outline is looked for on: enough for a sub-pixel line fit, cheap to label. */
const ANALYSIS_SIZE = 1000;
/** Below this the photo is a thumbnail, not a document photo worth straightening. */
const MIN_PIXELS = 400_000;
const SQRT2 = Math.SQRT2;
/** A straightened page within this of √2 is A4 (or A-series) paper, made exactly that shape. */
const A4_TOLERANCE = 0.04;

export interface FlattenOptions {
  /** Divide out uneven light (paper documents); false keeps an identity document photographic. */
  evenLight: boolean;
}

export interface FlattenResult {
  /** The flattened page, or null when the photo is kept as it was. */
  image: RawImage | null;
  report: FlattenReport;
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const round3 = (v: number) => Math.round(v * 1000) / 1000;

type Vec3 = [number, number, number];
const crossV = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/**
 * Width over height of the real rectangle seen as this quadrilateral, for a camera whose principal
 * point is the photo's centre (Zhang & He, "Whiteboard scanning and image enhancement", 2007): the
 * focal length follows from the two vanishing points, then the ratio from the back-projected sides.
 * Null when the view is nearly straight on (the focal length is then undetermined) or the geometry
 * is not a camera's; the measured sides are used instead.
 */
export function rectangleAspect(corners: readonly Point[], imageWidth: number, imageHeight: number): number | null {
  const [tl, tr, br, bl] = corners as [Point, Point, Point, Point];
  const c = (p: Point): Vec3 => [p.x - imageWidth / 2, p.y - imageHeight / 2, 1];
  const m1 = c(tl);
  const m2 = c(tr);
  const m3 = c(bl);
  const m4 = c(br);
  const k2 = dot(crossV(m1, m4), m3) / dot(crossV(m2, m4), m3);
  const k3 = dot(crossV(m1, m4), m2) / dot(crossV(m3, m4), m2);
  const n2: Vec3 = [k2 * m2[0] - m1[0], k2 * m2[1] - m1[1], k2 * m2[2] - m1[2]];
  const n3: Vec3 = [k3 * m3[0] - m1[0], k3 * m3[1] - m1[1], k3 * m3[2] - m1[2]];
  const denominator = n2[2] * n3[2];
  if (Math.abs(denominator) < 1e-6) return null;
  const f2 = -(n2[0] * n3[0] + n2[1] * n3[1]) / denominator;
  // A phone's focal length is 0.5–3 times the photo's long side; outside that the estimate is noise.
  const long = Math.max(imageWidth, imageHeight);
  if (!(f2 > (0.5 * long) ** 2 && f2 < (3 * long) ** 2)) return null;
  const ratio = Math.sqrt((n2[0] ** 2 / f2 + n2[1] ** 2 / f2 + n2[2] ** 2) / (n3[0] ** 2 / f2 + n3[1] ** 2 / f2 + n3[2] ** 2));
  return Number.isFinite(ratio) && ratio > 0 ? ratio : null;
}

/**
 * Output size of the straightened page: its height the longer of the measured left and right sides,
 * its width from the rectangle's true proportions (or the measured sides' mean when they cannot be
 * worked out), made exactly A4-shaped when it nearly is.
 */
function outputSize(
  corners: readonly Point[],
  imageWidth: number,
  imageHeight: number,
): { width: number; height: number; a4: boolean } {
  const d = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
  const [tl, tr, br, bl] = corners as [Point, Point, Point, Point];
  const measured = (d(tl, tr) + d(bl, br)) / (d(tl, bl) + d(tr, br));
  const estimated = rectangleAspect(corners, imageWidth, imageHeight);
  // A camera estimate far from what the sides show is not trusted (a wrong corner, an odd lens).
  const aspect = estimated !== null && Math.abs(Math.log(estimated / measured)) < 0.3 ? estimated : measured;
  const portrait = aspect < 1;
  const ratio = portrait ? 1 / aspect : aspect;
  const a4 = Math.abs(ratio - SQRT2) / SQRT2 <= A4_TOLERANCE;
  const shape = a4 ? SQRT2 : ratio;
  let long = Math.max(d(tl, bl), d(tr, br), d(tl, tr), d(bl, br));
  // Never more pixels than the photo had (a straightened page cannot gain detail).
  long = Math.min(long, Math.sqrt(imageWidth * imageHeight * shape));
  const short = long / shape;
  return portrait
    ? { width: Math.max(1, Math.round(short)), height: Math.max(1, Math.round(long)), a4 }
    : { width: Math.max(1, Math.round(long)), height: Math.max(1, Math.round(short)), a4 };
}

/** Grey copy, long side ANALYSIS_SIZE, lightly blurred so text and paper grain do not break the page region. */
async function analysisCopy(source: RawImage): Promise<{ grey: Uint8Array; width: number; height: number }> {
  const scale = Math.min(1, ANALYSIS_SIZE / Math.max(source.width, source.height));
  const { data, info } = await sharp(source.data, {
    raw: { width: source.width, height: source.height, channels: source.channels as 3 },
  })
    .resize(Math.max(1, Math.round(source.width * scale)), Math.max(1, Math.round(source.height * scale)), { fit: 'fill' })
    .toColourspace('b-w')
    .blur(1.2)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grey =
    info.channels === 1 ? data : Uint8Array.from({ length: info.width * info.height }, (_, p) => data[p * info.channels]!);
  return { grey, width: info.width, height: info.height };
}

/** `photoPixels`: the full photo's pixel count when `source` is a reduced copy of it (previews). */
export async function flattenPhoto(
  source: RawImage,
  options: FlattenOptions,
  photoPixels = source.width * source.height,
): Promise<FlattenResult> {
  if (photoPixels < MIN_PIXELS) return { image: null, report: { applied: false, reason: 'too-small-image' } };
  const small = await analysisCopy(source);
  const outline = findPageOutline(small.grey, small.width, small.height);
  if (!outline.found)
    return {
      image: null,
      report: {
        applied: false,
        reason: outline.reason,
        ...(outline.edgeSupport !== undefined ? { edgeSupport: outline.edgeSupport } : {}),
      },
    };
  const sx = source.width / small.width;
  const sy = source.height / small.height;
  const corners = outline.corners.map((p) => ({ x: p.x * sx, y: p.y * sy }));
  const size = outputSize(corners, source.width, source.height);
  const target = [
    { x: 0, y: 0 },
    { x: size.width, y: 0 },
    { x: size.width, y: size.height },
    { x: 0, y: size.height },
  ];
  const toSource = homographyFrom(target, corners);
  if (!toSource)
    return { image: null, report: { applied: false, reason: 'not-quadrilateral', edgeSupport: outline.edgeSupport } };
  const image = warpPerspective(source, toSource, size.width, size.height);
  const lighting = options.evenLight ? evenLighting(image) : null;
  return {
    image,
    report: {
      applied: true,
      reason: 'outline-found',
      edgeSupport: outline.edgeSupport,
      corners: corners.map((p) => ({ x: round1(p.x), y: round1(p.y) })),
      fill: round3(outline.fill),
      crop: { widthPx: size.width, heightPx: size.height, a4: size.a4, coverage: round3(outline.coverage) },
      lighting: lighting
        ? { evened: true, evenness: round3(lighting.evenness), filledCells: round3(lighting.filledCells) }
        : { evened: false },
    },
  };
}
