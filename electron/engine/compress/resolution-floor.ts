/** Long side of an A4 page, in inches: the effective-resolution floor's reference size. */
const A4_LONG_SIDE_IN = 297 / 25.4;

/**
 * Scale (≤ 1) that brings an image of `width`×`height` pixels, drawn at `imageDpi`, to `dpi` —
 * but never below what a full A4 page needs at that dpi, however small the image is drawn: a
 * 4000-px typewriter scan drawn 5 cm wide is read zoomed in, and at "150 dpi of its drawn size"
 * it became 250×179 px, illegible (issue 18). Used by the JPEG path and the text/MRC path alike.
 */
export function scaleWithFloor(width: number, height: number, imageDpi: number, dpi: number): number {
  const floorScale = Math.min(1, (A4_LONG_SIDE_IN * dpi) / Math.max(width, height));
  return Math.max(dpi / imageDpi, floorScale);
}
