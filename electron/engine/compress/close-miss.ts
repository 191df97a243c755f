/**
 * A rung that misses the limit by a little: only the pages that cost most go down one rung. On the 30-page
 * grey scan of issue 15 the 200-dpi rung ended 1 % over 1 MB, and the walk then coded all 30 pages again at
 * 180 dpi (a full decode, threshold and JBIG2 coding of each) to save 10 %; moving the three or four largest
 * text layers to 180 dpi saves the same bytes, and every other page keeps 200 dpi: a page is never coded at a
 * lower resolution than the plain walk would have given it, and most keep a higher one.
 *
 * Only text and mixed pages are moved (their 1-bit layer's bytes fall with the text resolution, at
 * bytes ∝ dpi^1.0–1.15 across the bench inputs' rungs: projection.ts); photos keep the rung above.
 */

/** A text or mixed page of the rung that missed: its index in the rung's rewrites and its 1-bit layer. */
export interface MovablePage {
  index: number;
  /** Bytes of its text layer (the codec kept). */
  layerBytes: number;
}

/**
 * Bytes a layer keeps when its resolution falls by a ratio r are taken as r^this: the slowest fall measured
 * (1.0), so the pages chosen save at least what was asked, as far as the bench inputs tell.
 */
const SAVING_EXPONENT = 1.0;
/** The saving asked for is the miss times this (and SLACK_BYTES more): the file's structure moves a little too. */
const SAVING_MARGIN = 1.15;
const SLACK_BYTES = 2_048;
/**
 * At most this share of the text pages is moved: beyond it, coding the whole next rung costs hardly more, and
 * its result is the one the walk would give.
 */
export const MAX_MOVED_SHARE = 0.5;

/** What moving a layer from `fromDpi` to `toDpi` is expected to save. */
export function expectedSaving(layerBytes: number, fromDpi: number, toDpi: number): number {
  if (toDpi >= fromDpi) return 0;
  return layerBytes * (1 - (toDpi / fromDpi) ** SAVING_EXPONENT);
}

/**
 * The pages to move, largest layer first, so that their expected saving (times `savingRatio`: what the
 * pages moved so far saved against their expectation, 1 before any) covers `excessBytes`; null when that
 * would take more than `maxPages` of them (no close miss: the next rung is coded in full).
 */
export function pagesToMove(
  candidates: readonly MovablePage[],
  excessBytes: number,
  fromDpi: number,
  toDpi: number,
  maxPages: number,
  savingRatio = 1,
): MovablePage[] | null {
  if (excessBytes <= 0) return [];
  const wanted = excessBytes * SAVING_MARGIN + SLACK_BYTES;
  const largestFirst = [...candidates].sort((a, b) => b.layerBytes - a.layerBytes || a.index - b.index);
  const chosen: MovablePage[] = [];
  let saved = 0;
  for (const page of largestFirst) {
    if (saved >= wanted) break;
    if (chosen.length >= maxPages) return null;
    chosen.push(page);
    saved += expectedSaving(page.layerBytes, fromDpi, toDpi) * Math.min(1, savingRatio);
  }
  return saved >= wanted ? chosen : null;
}
