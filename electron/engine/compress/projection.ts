/**
 * Stopping a ladder rung early, and not starting one that cannot fit. A rung that re-encodes every
 * page of a long scan and then turns out too big costs a full decode and threshold of every page for
 * nothing: on the 10-page typed scan of issue 15 the first rung (text at 300 dpi) ends at about
 * 1.05 MB for a 1 MB limit, and was half the command's CPU time. Once a few pages are done, their
 * sizes against their originals project the whole file; when that projection is clearly over the
 * limit, the rung stops and the next one starts. Only a miss by more than MARGIN stops it: a wrong
 * projection costs a rung of quality, so a close call is always encoded in full. With only the first
 * few pages done (less than MIN_SHARE of the image bytes) the miss must be larger (EARLY_MARGIN).
 *
 * The rungs below differ in text resolution (text-pages.ts), and a 1-bit layer's bytes fall at least
 * as fast as its resolution: across the bench inputs' rungs, bytes ∝ dpi^1.0–1.15 (typed scan 300 → 240
 * → 200 dpi: ×0.80, ×0.66; grey 30-page scan 300 → 240 → 200 → 180: ×0.77, ×0.63, ×0.56). leastBytesAt()
 * bounds a lower rung from below with the exponent LEAST_EXPONENT, counting its JPEG and background
 * bytes as nothing; a rung whose least size is clearly over the limit is not coded at all.
 */

/** Projected size must pass the limit by this factor before a rung is stopped. */
const MARGIN = 1.03;
/** … by this factor while fewer than MIN_SHARE of the image bytes are done. */
const EARLY_MARGIN = 1.25;
/** Pages done before projecting: at least this many, and (for MARGIN) at least this share of the image bytes. */
const MIN_DONE = 3;
const MIN_SHARE = 0.25;
/** Text-layer bytes at a lower resolution are taken to fall as (dpi ratio)^this: faster than the 1.0–1.15 measured. */
const LEAST_EXPONENT = 1.5;

/** A page's text layer on the rung measured: its bytes and the resolution it was made at. */
export interface TextLayerMeasure {
  bytes: number;
  dpi: number;
}

export class RungProjection {
  private doneBefore = 0;
  private doneAfter = 0;
  private doneCount = 0;
  private readonly textLayers: TextLayerMeasure[] = [];

  /**
   * @param imageBytes Sum of the original sizes of the images this rung rewrites.
   * @param otherBytes The rest of the file (content, fonts, structure), taken as unchanged.
   */
  constructor(
    private readonly imageBytes: number,
    private readonly otherBytes: number,
    private readonly limitBytes: number,
  ) {}

  /**
   * One image done: its size before and after this rung (the same when it was kept), and its 1-bit
   * text layer when it became a text or MRC page.
   */
  record(bytesBefore: number, bytesAfter: number, textLayer?: TextLayerMeasure): void {
    this.doneBefore += bytesBefore;
    this.doneAfter += bytesAfter;
    this.doneCount++;
    if (textLayer) this.textLayers.push(textLayer);
  }

  /** The whole file's projected size, once enough is done to say; null before. */
  projectedBytes(): number | null {
    if (!this.enoughToProject() || this.doneBefore < this.imageBytes * MIN_SHARE) return null;
    return this.project();
  }

  /** False once the pages done project a file over the limit (this rung is then unlikely to be kept). */
  mayFit(): boolean {
    const projected = this.projectedBytes();
    return projected === null || projected <= this.limitBytes;
  }

  /**
   * False once the pages done project a file over the limit by more than a rung coded in full may end (MARGIN):
   * such a rung is likely stopped. A rung that ends closer is coded in full, and a close miss keeps most of its
   * pages (close-miss.ts).
   */
  mayRunInFull(): boolean {
    const projected = this.projectedBytes();
    return projected === null || projected <= this.limitBytes * MARGIN;
  }

  /** True when the rung clearly cannot fit: stop it and try the next. */
  clearlyOver(): boolean {
    if (!this.enoughToProject()) return false;
    const margin = this.doneBefore < this.imageBytes * MIN_SHARE ? EARLY_MARGIN : MARGIN;
    return this.project() > this.limitBytes * margin;
  }

  /**
   * True when the pages done, one short of the few clearlyOver() waits for, already project a file over the
   * limit by the early margin: the next page done will most likely stop the rung.
   */
  likelyStops(): boolean {
    return this.doneCount >= MIN_DONE - 1 && this.doneBefore > 0 && this.project() > this.limitBytes * EARLY_MARGIN;
  }

  /** What a stopped rung reports: its projection from the pages done (a full one is measured instead). */
  stoppedAt(): number {
    return this.project();
  }

  /**
   * The least the whole file can take on a rung whose text layers are made at `textDpi` (pages whose
   * layer was already at or under it keep their size), everything else counted as nothing; null when
   * too little is done to say. Pages not done are taken to be like the pages done, as in project().
   */
  leastBytesAt(textDpi: number): number | null {
    if (!this.enoughToProject()) return null;
    let least = 0;
    for (const layer of this.textLayers) least += layer.bytes * Math.min(1, textDpi / layer.dpi) ** LEAST_EXPONENT;
    return Math.round(this.otherBytes + (least * this.imageBytes) / this.doneBefore);
  }

  /** True when even leastBytesAt(textDpi) clearly cannot fit: the rung need not be coded. */
  cannotFitAt(textDpi: number): boolean {
    const least = this.leastBytesAt(textDpi);
    return least !== null && least > this.limitBytes * MARGIN;
  }

  private enoughToProject(): boolean {
    return this.doneCount >= MIN_DONE && this.doneBefore > 0;
  }

  private project(): number {
    const ratio = this.doneAfter / this.doneBefore;
    return Math.round(this.otherBytes + this.doneAfter + (this.imageBytes - this.doneBefore) * ratio);
  }
}
