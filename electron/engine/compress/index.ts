import { PDFDocument, PDFName, PDFNumber, PDFObject, PDFRawStream, PDFArray, PDFContext, PDFRef } from 'pdf-lib';
import { scaleWithFloor } from './resolution-floor';
import { AppError } from '../../../shared/api/errors';
import type { CompressResult, FitOption, ImageReport, LadderStep, PageClass, PageDpi } from '../../../shared/engine/compression';
import type { PageClassification } from './classify-page';
import { defaultLimit, forEachLimited } from './concurrency';
import { isPageWorkerLoss, pagePool, retireIdlePageWorkers, type PagePool } from './page-pool';
import { encodeJpeg, encodeMask, isEffectivelyGrey } from './encode';
import { PlannedImage, effectiveDpi, planImages, rewrittenDict } from './image-plan';
import { Pixels, UnsupportedImageError, decodePixels, toGrey } from './image-pixels';
import { DEFAULT_FLOOR_DPI, DEFAULT_TARGET_DPI, LOWER_FLOOR_DPI, LOWER_QUALITY_LADDER, buildLadder } from './ladder';
import type { QualityChoice } from '../../../shared/engine/page-edits';
import { PixelCache } from './pixel-cache';
import { MAX_MOVED_SHARE, expectedSaving, pagesToMove, type MovablePage } from './close-miss';
import { RungProjection, type TextLayerMeasure } from './projection';
import { ALL_PAGE_CLASSES, PageClassifier, TextLayerCache, rewriteTextPage, textDpiFor } from './text-pages';
import { tidyForUpload } from './tidy';
import { checkEarly, dropQueuedChecks } from '../validate/early-check';
import { loadPdfSharingInput } from '../pdf/parse-speed';
// pdf-lib's saves copy stream data in one call rather than byte by byte (pdf/stream-copy.ts).
import '../pdf/stream-copy';

export interface CompressPdfOptions {
  /** Per-file upload limit in bytes. */
  limitBytes: number;
  /** Resolution images are brought down to first (default 150 dpi). */
  targetDpi?: number;
  /** Lowest resolution the ladder may go to (default 100 dpi). */
  floorDpi?: number;
  /** Page classes the category allows (identity documents: photo only). Default: all three. */
  pageClasses?: readonly PageClass[];
  /** "lower": only the rungs below the standard floor (the person accepted it after a preview). */
  quality?: QualityChoice;
  /** Called after each image is processed (done, total) on every ladder rung. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The output is validated next (stages/finish.ts): our JBIG2 layers go to pdf.js's check as they are made,
   * on a free core (validate/early-check.ts). Previews, which nobody validates, leave it unset.
   */
  earlyChecks?: boolean;
}

type TriedRung = LadderStep & { bytes: number; projected?: boolean; skipped?: boolean; pages?: number[] };

/** Images already this close to the target are not resampled (resampling costs sharpness for nothing). */
const RESAMPLE_MARGIN = 1.1;

interface Rewrite {
  image: PlannedImage;
  /** Null: keep the original stream. */
  stream: PDFRawStream | null;
  mask: PDFRawStream | null;
  report: ImageReport;
  /** Objects this rewrite registered besides its stream (MRC layers). */
  registered?: PDFRef[];
}

/** What one rung needs besides the step: the page classes and the text layers already encoded. */
interface RungContext {
  rung: number;
  classes: Map<string, PageClassification>;
  classifier: PageClassifier;
  pdf: PDFContext;
  textLayers: TextLayerCache;
  /** The next rung's text is smaller: a close miss of this rung keeps most of its pages (close-miss.ts). */
  closeMissBelow?: boolean;
}

/**
 * Recompress the images of a PDF so it fits `limitBytes` while staying readable.
 * Walks the quality/resolution ladder from best to smallest; returns the first rung
 * that fits (or the smallest one, with the options to offer). Never returns something
 * bigger than the input: when compression does not help, the input bytes come back.
 */
export async function compressPdf(input: Uint8Array, options: CompressPdfOptions): Promise<CompressResult> {
  try {
    return await walkLadder(input, options);
  } finally {
    // The pages are coded: idle page workers end rather than sit through validation (page-pool.ts).
    retireIdlePageWorkers();
  }
}

async function walkLadder(input: Uint8Array, options: CompressPdfOptions): Promise<CompressResult> {
  const lower = options.quality === 'lower';
  const targetDpi = lower ? LOWER_QUALITY_LADDER[0]!.dpi : (options.targetDpi ?? DEFAULT_TARGET_DPI);
  const floorDpi = lower ? LOWER_FLOOR_DPI : Math.min(options.floorDpi ?? DEFAULT_FLOOR_DPI, targetDpi);
  const doc = await loadForCompression(input);
  const { drawn, unused } = planImages(doc);
  const ladder = lower ? [...LOWER_QUALITY_LADDER] : buildLadder(targetDpi, floorDpi);
  // The lower ladder continues the standard one: its first rung is not a "first rung" (no JPEG
  // pass-through, text layers at the lower rungs' resolution).
  const firstRung = lower ? 1 : 0;
  // Only affects files we rewrite anyway: an input handed back untouched keeps everything.
  tidyForUpload(doc);
  const cache = new PixelCache(160 * 1024 * 1024);
  // Classified once, when the ladder first reaches the page: the class of a page does not depend on the rung.
  const classifier = new PageClassifier(options.pageClasses ?? ALL_PAGE_CLASSES);
  const classes = classifier.classes;
  const textLayers = new TextLayerCache();
  // MRC layers of the previous rung: deleted before the next rung registers its own, so they are not saved.
  let layerRefs: PDFRef[] = [];

  const originals = new Map<string, PDFObject>();
  for (const image of drawn) {
    originals.set(image.key, image.stream);
    if (image.softMask) originals.set(image.softMask.ref.toString(), image.softMask.stream);
  }

  const tried: TriedRung[] = [];
  let best: { bytes: Uint8Array; step: LadderStep; rewrites: Rewrite[] } | null = null;
  let unchangedReports: ImageReport[] | null = null;

  // Only bilevel/unsupported images (or none at all): nothing we may touch.
  const rungs = drawn.some(canShrink) ? ladder : [];
  const imageBytes = drawn.reduce((sum, image) => sum + image.bytes, 0);
  const otherBytes = Math.max(0, input.length - imageBytes);
  // The last rung that was coded (in full or stopped early): what the rungs below are predicted from.
  let measured: RungProjection | null = null;
  for (let rung = 0; rung < rungs.length; rung++) {
    const step = rungs[rung]!;
    const last = rung === rungs.length - 1;
    // Its text layers alone, at this rung's lower resolution, already cannot fit (projection.ts): not coded.
    // The last rung always runs in full: it is the smallest result there is.
    const textDpi = textDpiFor(rung + firstRung, step);
    if (!last && measured?.cannotFitAt(textDpi)) {
      tried.push({ ...step, bytes: measured.leastBytesAt(textDpi)!, projected: true, skipped: true });
      continue;
    }
    for (const ref of layerRefs) doc.context.delete(ref);
    // The layers of the rungs above that pdf.js has not started on are not this rung's: not checked early.
    dropQueuedChecks();
    const next = rungs[rung + 1];
    const closeMissBelow = next !== undefined && textDpiFor(rung + 1 + firstRung, next) < textDpi;
    const rungContext: RungContext = {
      rung: rung + firstRung,
      classes,
      classifier,
      pdf: doc.context,
      textLayers,
      closeMissBelow,
    };
    const projection = last ? null : new RungProjection(imageBytes, otherBytes, options.limitBytes);
    const partial = await rewriteImages(drawn, step, rungContext, cache, options.onProgress, projection, options.earlyChecks);
    measured = projection;
    layerRefs = partial.flatMap((r) => r?.registered ?? []);
    const rewrites = partial.filter((r): r is Rewrite => r !== undefined);
    if (rewrites.length < partial.length) {
      // Stopped early: the pages done project a file clearly over the limit (projection.ts).
      tried.push({ ...step, bytes: projection!.stoppedAt(), projected: true });
      continue;
    }
    if (!rewrites.some((r) => r.stream)) {
      // This rung changes nothing (e.g. JPEGs already at the target pass through): the input
      // is its result. If that fits, keep it; otherwise go on down the ladder.
      tried.push({ ...step, bytes: input.length });
      unchangedReports = rewrites.map((r) => r.report);
      if (input.length <= options.limitBytes) break;
      continue;
    }
    for (const r of rewrites) {
      doc.context.assign(r.image.ref, r.stream ?? originals.get(r.image.key)!);
      if (r.image.softMask) {
        const maskKey = r.image.softMask.ref.toString();
        doc.context.assign(r.image.softMask.ref, r.mask ?? originals.get(maskKey)!);
      }
    }
    const bytes = await saveForUpload(doc);
    tried.push({ ...step, bytes: bytes.length });
    if (!best || bytes.length < best.bytes.length) best = { bytes, step, rewrites };
    if (bytes.length <= options.limitBytes) break;
    if (!next) continue;
    // A close miss: only the pages that cost most come down to the next rung (close-miss.ts).
    const nextContext: RungContext = { ...rungContext, rung: rung + 1 + firstRung };
    const closer = await closeTheMiss(doc, rewrites, bytes.length, { step, textDpi }, next, nextContext, options);
    if (!closer) continue;
    layerRefs = closer.rewrites.flatMap((r) => r.registered ?? []);
    tried.push({ ...next, bytes: closer.bytes.length, pages: closer.pages });
    if (closer.bytes.length < best.bytes.length) best = { bytes: closer.bytes, step: next, rewrites: closer.rewrites };
    if (closer.bytes.length <= options.limitBytes) break;
  }
  cache.clear();
  textLayers.clear();

  const pageCount = doc.getPageCount();
  const unusedReports = unused.map((u) => baseReport(u, 'skipped-unused', 'not-drawn'));
  // A file that already fits is rewritten only for a real gain (issue 18: "never recompress a file
  // that already fits unless it gains something without losing legibility"). It only ever gets the
  // first rung (target dpi, best quality, the A4 floor: what validation calls legible), and that
  // rewrite is kept only when it at least halves the file; a smaller saving is not worth a second
  // JPEG generation of a document that the portal accepts as it is.
  const fitsAlready = input.length <= options.limitBytes;
  const smallGain = fitsAlready && best !== null && best.bytes.length > input.length * FITTING_GAIN;
  if (smallGain) {
    const reports = drawn.map((image) =>
      withClass(
        image.spec.skip
          ? baseReport(image, image.spec.skip.action, image.spec.skip.reason)
          : baseReport(image, 'kept', 'fits-small-gain'),
        classes.get(image.key),
      ),
    );
    return finish(
      input,
      input,
      null,
      tried,
      reports.concat(unusedReports),
      drawn,
      pageCount,
      options.limitBytes,
      targetDpi,
      floorDpi,
    );
  }
  if (!best || best.bytes.length >= input.length) {
    // Our rewrite is not smaller: hand back the input untouched (OCRmyPDF and Stirling do the same).
    const reports =
      (best === null && unchangedReports) ||
      drawn.map((image) => {
        const skip = image.spec.skip;
        const report = skip
          ? baseReport(image, skip.action, skip.reason)
          : baseReport(image, 'kept', best ? 'larger-after' : 'nothing-to-shrink');
        return withClass(report, classes.get(image.key));
      });
    return finish(
      input,
      input,
      null,
      tried,
      reports.concat(unusedReports),
      drawn,
      pageCount,
      options.limitBytes,
      targetDpi,
      floorDpi,
    );
  }
  const reports = best.rewrites.map((r) => r.report);
  return finish(
    input,
    best.bytes,
    best.step,
    tried,
    reports.concat(unusedReports),
    drawn,
    pageCount,
    options.limitBytes,
    targetDpi,
    floorDpi,
  );
}

function saveForUpload(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
}

/** Passes of a close miss: pages moved, the file saved and measured, more pages moved if it still misses. */
const CLOSE_MISS_PASSES = 3;

/**
 * The rung coded in full (`from`) missed the limit: its text and mixed pages with the largest layers are coded
 * at the next rung, a few at a time, until the file fits (close-miss.ts). Null when the miss is not close (more
 * than MAX_MOVED_SHARE of the text pages would have to move) or the next rung's text is no smaller; otherwise
 * the smallest file made, which may still miss after CLOSE_MISS_PASSES (the next rung then runs in full, its
 * text layers for the pages moved already made). The document holds that file's objects on return.
 */
async function closeTheMiss(
  doc: PDFDocument,
  rewrites: Rewrite[],
  savedBytes: number,
  from: { step: LadderStep; textDpi: number },
  next: LadderStep,
  rc: RungContext,
  options: CompressPdfOptions,
): Promise<{ bytes: Uint8Array; rewrites: Rewrite[]; pages: number[] } | null> {
  const toDpi = textDpiFor(rc.rung, next);
  if (toDpi >= from.textDpi) return null;
  const current = [...rewrites];
  const movable: MovablePage[] = [];
  current.forEach((r, index) => {
    const layer = r.stream ? textLayerMeasure(r.report) : undefined;
    if (layer && r.report.pageClass && r.report.pageClass !== 'photo') movable.push({ index, layerBytes: layer.bytes });
  });
  const maxPages = Math.floor(movable.length * MAX_MOVED_SHARE);
  let bytes: Uint8Array | null = null;
  let size = savedBytes;
  let expected = 0;
  let savingRatio = 1;
  // Pages tried at the next rung, and those of them actually replaced (a layer no smaller than the original
  // scan keeps the scan, as on any rung: that page was not moved).
  const tried = new Set<number>();
  const moved = new Set<number>();
  for (let pass = 0; pass < CLOSE_MISS_PASSES && size > options.limitBytes; pass++) {
    const left = movable.filter((p) => !tried.has(p.index));
    const chosen = pagesToMove(left, size - options.limitBytes, from.textDpi, toDpi, maxPages - tried.size, savingRatio);
    if (!chosen || chosen.length === 0) break;
    // Their layers are made as many at a time as a rung makes pages (a page decoded by libvips beside the
    // thresholding of the one before; no more decoded pages held than on a rung), then registered in page order.
    await forEachLimited(
      chosen,
      async (page) => {
        const { image, report } = current[page.index]!;
        await rc.textLayers.get(image, report.pageClass!, toDpi).catch(() => undefined);
      },
      pagesInFlight(pagePool()),
    );
    for (const page of chosen) {
      tried.add(page.index);
      const before = current[page.index]!;
      const cls = rc.classes.get(before.image.key);
      if (!cls) continue;
      const made = await rewriteAsText(before.image, cls, next, rc, undefined);
      if (!made.stream) {
        for (const ref of made.registered ?? []) doc.context.delete(ref);
        continue;
      }
      moved.add(page.index);
      for (const ref of before.registered ?? []) doc.context.delete(ref);
      doc.context.assign(before.image.ref, made.stream);
      current[page.index] = { ...made, report: withClass(made.report, cls) };
      expected += expectedSaving(page.layerBytes, from.textDpi, toDpi);
      if (options.earlyChecks) checkEarly(jbig2Layers(current[page.index]!, rc.pdf));
    }
    const before = size;
    bytes = await saveForUpload(doc);
    size = bytes.length;
    // What the pages moved actually saved against what was expected of them: the next pass asks for more.
    if (expected > 0) savingRatio = Math.max(0.1, (savedBytes - size) / expected);
    if (size >= before) break;
  }
  if (!bytes || moved.size === 0) return null;
  const pages = [...moved].flatMap((index) => current[index]!.image.pages).sort((a, b) => a - b);
  return { bytes, rewrites: current, pages };
}

/** A file that already fits is rewritten only when that leaves at most this share of its size. */
export const FITTING_GAIN = 0.5;

function canShrink(image: PlannedImage): boolean {
  return !image.spec.skip;
}

async function loadForCompression(input: Uint8Array): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = await loadPdfSharingInput(input);
  } catch (cause) {
    throw new AppError({
      code: 'COMPRESS_UNREADABLE_PDF',
      messageKey: 'validation.errors.unreadable',
      actionKey: 'validation.actions.rescan',
      cause,
    });
  }
  if (doc.isEncrypted) {
    // Decryption is the previous stage's job (qpdf); rewriting an encrypted file would corrupt it.
    throw new AppError({
      code: 'COMPRESS_ENCRYPTED_PDF',
      messageKey: 'validation.errors.encrypted',
      actionKey: 'validation.actions.removePassword',
    });
  }
  return doc;
}

/** Target pixel size of an image at `dpi` (never upsampled; small changes skipped; see scaleWithFloor). */
function targetSize(image: PlannedImage, dpi: number): { width: number; height: number; resample: boolean } {
  const { width, height } = image.spec;
  if (image.dpi === null || image.dpi <= dpi * RESAMPLE_MARGIN) return { width, height, resample: false };
  const scale = scaleWithFloor(width, height, image.dpi, dpi);
  if (scale * RESAMPLE_MARGIN >= 1) return { width, height, resample: false };
  // Rounded up so the effective dpi never ends up a hair below the target.
  return { width: Math.max(1, Math.ceil(width * scale)), height: Math.max(1, Math.ceil(height * scale)), resample: true };
}

async function rewriteImages(
  images: PlannedImage[],
  step: LadderStep,
  rungContext: RungContext,
  cache: PixelCache,
  onProgress: CompressPdfOptions['onProgress'],
  projection: RungProjection | null,
  earlyChecks = false,
): Promise<(Rewrite | undefined)[]> {
  const results: (Rewrite | undefined)[] = new Array(images.length).fill(undefined);
  let done = 0;
  let stopped = false;
  // Each page's heavy work (decode, classify, its text layer on a page worker or here) runs as soon as the
  // page is reached; what follows it waits for the page before: registering objects in the PDF (their numbers),
  // the projection and the progress. The output is then the same whatever finished first, with any number of
  // page workers (tests/integration/page-pool.test.ts).
  const turns: Promise<void>[] = [];
  const pool = pagePool();
  await forEachLimited(
    images,
    async (image, index) => {
      let release = () => {};
      turns[index] = new Promise<void>((resolve) => (release = resolve));
      try {
        if (stopped) return;
        const textDpi = textDpiFor(rungContext.rung, step);
        const { cls, pixels, paperView } = await rungContext.classifier.classify(image, textDpi);
        const text = cls !== undefined && cls.pageClass !== 'photo';
        let rewrite: Rewrite | undefined;
        if (text) {
          // A rung whose pages done already project it far over the limit is about to stop: this page's layer waits
          // for the page before it, and is not made when that page stopped the rung. The grey scan's 300-dpi rung
          // coded a fourth page, started while the third was still being thresholded, for nothing.
          if (projection?.likelyStops()) {
            await turns[index - 1];
            if (stopped) return;
          }
          // Started now, taken again in turn below (TextLayerCache keeps the promise; its error is reported there).
          await rungContext.textLayers.get(image, cls.pageClass, textDpi, pixels, paperView).catch(() => undefined);
        } else {
          rewrite = await rewriteOne(image, step, rungContext.rung === 0, cache);
        }
        await turns[index - 1];
        if (stopped) return;
        if (text) rewrite = await rewriteAsText(image, cls, step, rungContext, pixels);
        results[index] = { ...rewrite!, report: withClass(rewrite!.report, cls) };
        done++;
        onProgress?.(done, images.length);
        projection?.record(
          image.bytes,
          rewrite!.stream ? (rewrite!.report.bytesAfter ?? image.bytes) : image.bytes,
          rewrite!.stream ? textLayerMeasure(rewrite!.report) : undefined,
        );
        // Checked by pdf.js now, on the free core, unless this rung projects over the limit: the next rung
        // would then most likely be kept, and these layers decoded for nothing. A rung that will run in full
        // and can end in a close miss keeps most of its layers (the 30-page grey scan's 200-dpi rung ends 1 %
        // over: 25 of its 30 are kept), so they are checked unless it projects a stop.
        if (earlyChecks && text) {
          const kept = rungContext.closeMissBelow ? projection?.mayRunInFull() : projection?.mayFit();
          if (projection && !kept) dropQueuedChecks();
          else checkEarly(jbig2Layers(rewrite!, rungContext.pdf));
        }
        if (projection?.clearlyOver()) stopped = true;
      } catch (error) {
        // A page that fails the document (a page worker lost): no further page is started for it.
        stopped = true;
        throw error;
      } finally {
        release();
      }
    },
    pagesInFlight(pool),
  );
  return results;
}

/**
 * Pages in flight: one per page worker and one for this thread (at least as many as before the pool). Each
 * holds its decoded scan (26 MB for an A4 colour page at 300 dpi), its copy on the worker and its 1-bit layer:
 * one more page in flight raised the typed scan's peak from 365 to 454 MB (bench/results.md, session 7).
 */
function pagesInFlight(pool: PagePool | null): number {
  return Math.max(defaultLimit(), (pool?.size ?? 0) + 1);
}

/** The JBIG2 streams a text or MRC rewrite made: the page's image itself, or the mask its MRC form draws. */
function jbig2Layers(rewrite: Rewrite, pdf: PDFContext): PDFRawStream[] {
  const candidates = [rewrite.stream, ...(rewrite.registered ?? []).map((ref) => pdf.lookup(ref))];
  return candidates.filter(
    (o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Filter')) === PDFName.of('JBIG2Decode'),
  );
}

/** The 1-bit text layer a text or MRC rewrite made (the codec kept), for the rungs below (projection.ts). */
function textLayerMeasure(report: ImageReport): TextLayerMeasure | undefined {
  const sizes = report.textLayerBytes;
  if (!sizes || !report.textDpi) return undefined;
  const bytes = report.textCodec === 'jbig2' ? sizes.jbig2 : sizes.g4;
  return bytes === undefined ? undefined : { bytes, dpi: report.textDpi };
}

async function rewriteOne(image: PlannedImage, step: LadderStep, firstRung: boolean, cache: PixelCache): Promise<Rewrite> {
  const { spec } = image;
  if (spec.skip) return { image, stream: null, mask: null, report: baseReport(image, spec.skip.action, spec.skip.reason) };
  const size = targetSize(image, step.dpi);
  const isJpeg = spec.filterLabel.endsWith('DCTDecode') || spec.filterLabel.endsWith('DCT');
  if (firstRung && isJpeg && !size.resample) {
    // A JPEG already at the target resolution is passed through while the file fits: no generation loss.
    return { image, stream: null, mask: null, report: baseReport(image, 'kept', 'already-at-target') };
  }

  let pixels: Pixels;
  let grey: boolean;
  let maskPixels: Pixels | null = null;
  try {
    const cached = cache.get(image.key, size.width, size.height);
    if (cached) {
      ({ pixels, grey, mask: maskPixels } = cached);
    } else {
      pixels = await decodePixels(image.stream, spec, size.width, size.height);
      grey = isEffectivelyGrey(pixels);
      if (grey && pixels.channels === 3) pixels = toGrey(pixels);
      if (image.softMask) maskPixels = await decodePixels(image.softMask.stream, image.softMask.spec, size.width, size.height);
      cache.set(image.key, size.width, size.height, { pixels, grey, mask: maskPixels });
    }
  } catch (error) {
    const reason = error instanceof UnsupportedImageError ? error.message : 'undecodable';
    return { image, stream: null, mask: null, report: baseReport(image, 'skipped-unsupported', reason) };
  }

  const encoded = await encodeJpeg(pixels, step.quality, grey);
  const maskBytes = maskPixels ? encodeMask(maskPixels) : null;
  const newSize = encoded.bytes.length + (maskBytes?.length ?? 0);
  if (newSize >= image.bytes) {
    return { image, stream: null, mask: null, report: baseReport(image, 'kept', 'larger-after') };
  }

  const colourSpace = outputColourSpace(image, encoded.channels);
  const dict = rewrittenDict(image.stream.dict, {
    Width: PDFNumber.of(pixels.width),
    Height: PDFNumber.of(pixels.height),
    BitsPerComponent: PDFNumber.of(8),
    Filter: PDFName.of('DCTDecode'),
  });
  dict.set(PDFName.of('ColorSpace'), colourSpace);
  const stream = PDFRawStream.of(dict, encoded.bytes);

  let mask: PDFRawStream | null = null;
  if (image.softMask && maskBytes && maskPixels) {
    const maskDict = rewrittenDict(image.softMask.stream.dict, {
      Width: PDFNumber.of(maskPixels.width),
      Height: PDFNumber.of(maskPixels.height),
      BitsPerComponent: PDFNumber.of(8),
      Filter: PDFName.of('FlateDecode'),
    });
    maskDict.set(PDFName.of('ColorSpace'), PDFName.of('DeviceGray'));
    mask = PDFRawStream.of(maskDict, maskBytes);
  }

  const dpiAfter =
    image.drawnWidthPt && image.drawnHeightPt
      ? effectiveDpi(pixels.width, pixels.height, image.drawnWidthPt, image.drawnHeightPt)
      : null;
  return {
    image,
    stream,
    mask,
    report: {
      ...baseReport(image, 'recompressed'),
      newWidthPx: pixels.width,
      newHeightPx: pixels.height,
      dpiAfter: dpiAfter === null ? null : round1(dpiAfter),
      madeGrey: grey && colourChannels(image) === 3,
      bytesAfter: newSize,
    },
  };
}

/** A text or mixed page: 1-bit G4 or MRC (text-pages.ts); kept when that is not smaller. */
async function rewriteAsText(
  image: PlannedImage,
  cls: PageClassification,
  step: LadderStep,
  rc: RungContext,
  decoded: Pixels | undefined,
): Promise<Rewrite> {
  let made;
  try {
    made = await rewriteTextPage(image, cls.pageClass, step, rc.rung, rc.pdf, rc.textLayers, decoded);
  } catch (error) {
    // A page worker that died fails the document (page-pool.ts); the page's own faults only keep it as it was.
    if (isPageWorkerLoss(error)) throw error;
    const reason = error instanceof UnsupportedImageError ? error.message : 'undecodable';
    return { image, stream: null, mask: null, report: baseReport(image, 'skipped-unsupported', reason) };
  }
  if (made.bytes >= image.bytes) {
    for (const ref of made.registered) rc.pdf.delete(ref);
    return { image, stream: null, mask: null, report: baseReport(image, 'kept', 'larger-after') };
  }
  return {
    image,
    stream: made.stream,
    mask: null,
    registered: made.registered,
    report: { ...baseReport(image, 'recompressed'), ...made.report, bytesAfter: made.bytes },
  };
}

function withClass(report: ImageReport, cls: PageClassification | undefined): ImageReport {
  return cls ? { ...report, pageClass: cls.pageClass, classReason: cls.reason } : report;
}

function colourChannels(image: PlannedImage): number {
  const model = image.spec.colour;
  if (!model) return 0;
  if (model.kind === 'gray' || (model.kind === 'indexed' && model.base === 'gray')) return 1;
  return 3;
}

/** Keep an RGB/grey ICC profile when the channel count still matches; otherwise the device space. */
function outputColourSpace(image: PlannedImage, channels: 1 | 3): PDFObject {
  const cs = image.spec.colourSpaceObject;
  const model = image.spec.colour;
  const keep =
    cs instanceof PDFArray && model && ((channels === 3 && model.kind === 'rgb') || (channels === 1 && model.kind === 'gray'));
  if (keep) return cs;
  return PDFName.of(channels === 1 ? 'DeviceGray' : 'DeviceRGB');
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function baseReport(image: PlannedImage, action: ImageReport['action'], reason?: string): ImageReport {
  return {
    ref: image.key,
    pages: image.pages,
    filter: image.spec.filterLabel,
    colorSpace: image.spec.colourLabel,
    bitsPerComponent: image.spec.bitsPerComponent,
    widthPx: image.spec.width,
    heightPx: image.spec.height,
    drawnWidthPt: image.drawnWidthPt === null ? null : round1(image.drawnWidthPt),
    drawnHeightPt: image.drawnHeightPt === null ? null : round1(image.drawnHeightPt),
    dpiBefore: image.dpi === null ? null : round1(image.dpi),
    dpiAfter: image.dpi === null ? null : round1(image.dpi),
    newWidthPx: image.spec.width,
    newHeightPx: image.spec.height,
    action,
    ...(reason ? { reason } : {}),
    madeGrey: false,
    hasSoftMask: image.spec.hasSoftMask,
    bytesBefore: image.bytes,
    bytesAfter: image.bytes,
  };
}

function finish(
  input: Uint8Array,
  output: Uint8Array,
  step: LadderStep | null,
  tried: TriedRung[],
  images: ImageReport[],
  drawn: PlannedImage[],
  pageCount: number,
  limitBytes: number,
  targetDpi: number,
  floorDpi: number,
): CompressResult {
  const fitsLimit = output.length <= limitBytes;
  // Rescanning in black and white helps only where a page still holds grey or colour: a text page already
  // stored as 1 bit (JBIG2/G4) would come out the same size. Photos and mixed pages (whose colour layer a
  // black-and-white scan drops) keep the advice.
  const notYetBilevel = images.some((image) => image.encoding !== 'jbig2' && image.encoding !== 'ccitt-g4');
  const options: FitOption[] = fitsLimit ? [] : notYetBilevel ? ['remove-pages', 'rescan-black-and-white'] : ['remove-pages'];
  return {
    bytes: output,
    report: {
      bytesBefore: input.length,
      bytesAfter: output.length,
      limitBytes,
      fitsLimit,
      outcome: output === input ? 'kept-original' : 'compressed',
      step,
      tried,
      targetDpi,
      floorDpi,
      pageCount,
      images,
      pages: pageDpis(drawn, images, pageCount),
      options,
      ...(fitsLimit ? {} : { messageKey: 'validation.compression.doesNotFit' }),
    },
  };
}

/** Effective dpi of every image draw on every page, after compression. */
function pageDpis(drawn: PlannedImage[], reports: ImageReport[], pageCount: number): PageDpi[] {
  const byRef = new Map(reports.map((r) => [r.ref, r]));
  const pages: PageDpi[] = Array.from({ length: pageCount }, (_v, i) => ({ page: i + 1, images: [], minDpi: null }));
  for (const image of drawn) {
    const report = byRef.get(image.key);
    const w = report?.newWidthPx ?? image.spec.width;
    const h = report?.newHeightPx ?? image.spec.height;
    for (const draw of image.draws) {
      const dpi = effectiveDpi(w, h, draw.widthPt, draw.heightPt);
      const page = pages[draw.page - 1];
      if (dpi === null || !page) continue;
      page.images.push({ ref: image.key, dpi: round1(dpi) });
      if (report?.pageClass && !page.pageClass) page.pageClass = report.pageClass;
      page.minDpi = page.minDpi === null ? round1(dpi) : Math.min(page.minDpi, round1(dpi));
    }
  }
  return pages;
}
