/**
 * Stopping a ladder rung early. A rung that re-encodes every page of a long scan and then turns
 * out too big costs a full decode and threshold of every page for nothing: on the 10-page typed
 * scan of issue 15 the first rung (text at 300 dpi) ends at about 1.05 MB for a 1 MB limit, and
 * was half the command's CPU time. Once a few pages are done, their sizes against their originals
 * project the whole file; when that projection is clearly over the limit, the rung stops and the
 * next one starts. Only a miss by more than MARGIN stops it: a wrong projection costs a rung of
 * quality, so a close call is always encoded in full.
 */

/** Projected size must pass the limit by this factor before a rung is stopped. */
const MARGIN = 1.03;
/** Pages done before projecting: at least this many, and at least this share of the image bytes. */
const MIN_DONE = 3;
const MIN_SHARE = 0.25;

export class RungProjection {
  private doneBefore = 0;
  private doneAfter = 0;
  private doneCount = 0;

  /**
   * @param imageBytes Sum of the original sizes of the images this rung rewrites.
   * @param otherBytes The rest of the file (content, fonts, structure), taken as unchanged.
   */
  constructor(
    private readonly imageBytes: number,
    private readonly otherBytes: number,
    private readonly limitBytes: number,
  ) {}

  /** One image done: its size before and after this rung (the same when it was kept). */
  record(bytesBefore: number, bytesAfter: number): void {
    this.doneBefore += bytesBefore;
    this.doneAfter += bytesAfter;
    this.doneCount++;
  }

  /** The whole file's projected size, once enough is done to say; null before. */
  projectedBytes(): number | null {
    if (this.doneCount < MIN_DONE || this.doneBefore < this.imageBytes * MIN_SHARE || this.doneBefore === 0) return null;
    const ratio = this.doneAfter / this.doneBefore;
    return Math.round(this.otherBytes + this.doneAfter + (this.imageBytes - this.doneBefore) * ratio);
  }

  /** True when the rung clearly cannot fit: stop it and try the next. */
  clearlyOver(): boolean {
    const projected = this.projectedBytes();
    return projected !== null && projected > this.limitBytes * MARGIN;
  }
}
