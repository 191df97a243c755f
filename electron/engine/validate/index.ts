import { PDFRawStream, type PDFDocument } from 'pdf-lib';
import type { PageCheck, PageImageCheck, Reason, ValidationResult } from '../../../shared/engine/validation';
import { verdictFor } from '../../../shared/engine/validation';
import { bytesToMegabytes } from '../../../shared/rules/upload-limit';
import { forEachLimited } from '../compress/concurrency';
import { PlannedImage, effectiveDpi, planImages } from '../compress/image-plan';
import { decodePixels, toGrey } from '../compress/image-pixels';
import { isOwnStream } from '../compress/own-streams';
import { startPdfjsCheck, type DecodeFailure, type PdfjsCheckOptions } from './decode-check';
import { ccittDamage } from './ccitt-check';
import { confirmedEarly, settleEarlyChecks } from './early-check';
import { jbig2Mismatches, ownJbig2Alone } from './jbig2-check';
import { damagedFlateStreams, flateDamage } from './flate-check';
import { findHiddenContent } from './hidden-content';
import { jpegDamage } from './jpeg-check';
import { BLUR_THRESHOLD, MEASURE_DPI, blurScore, inkCoverage } from './page-metrics';
import { openWithPdfLib } from './parsers';

export interface ValidatePdfOptions {
  limitBytes: number;
  /** Below this effective dpi an image is reported (default 100). */
  minDpi?: number;
  /** The pdf.js check's budget (tests lower the heap cap). */
  imageCheck?: PdfjsCheckOptions;
}

export { BLUR_THRESHOLD };
/** A page with less ink than this (share of pixels) and no text or drawing is blank. */
export const BLANK_INK_THRESHOLD = 0.002;
/** Images covering less of the page than this (logos, small photos) are not judged for dpi or blur. */
const PAGE_IMAGE_MIN_AREA = 0.2;

interface ImageMeasure {
  blurScore: number;
  ink: number;
}

/** Check an output PDF (two parsers, encryption, size, dpi, blur, blank pages) and give a verdict. */
export async function validatePdf(bytes: Uint8Array, options: ValidatePdfOptions): Promise<ValidationResult> {
  const minDpi = options.minDpi ?? 100;
  // Our JBIG2 layers decoded while the pages were coded (early-check.ts): the decode under way ends first, so
  // that pdf.js's worker, already loaded, serves this check too.
  await settleEarlyChecks();
  // pdf.js opens the file on its own thread while pdf-lib parses it here; then it decodes every
  // drawn image once more, with its own decoders.
  const pdfjsRun = startPdfjsCheck(bytes, options.imageCheck);
  let pdfLib: Awaited<ReturnType<typeof openWithPdfLib>>;
  let plan: ImagePlan | null;
  try {
    pdfLib = await openWithPdfLib(bytes);
    plan = pdfLib.doc && !pdfLib.encrypted ? safePlan(pdfLib.doc) : null;
  } catch (error) {
    pdfjsRun.cancel();
    throw error;
  }
  // Our JBIG2 text layers are decoded on their own (jbig2-check.ts); their pages then only if something else asks for it.
  // (Should that small file not be made, they are decoded on their pages, as any JBIG2.) Those pdf.js already
  // decoded to what was encoded while the pages were coded, these very bytes under this very dictionary, are
  // not decoded again (early-check.ts).
  const early = new Set(plan ? plan.drawn.filter(confirmedJbig2).map((image) => image.key) : []);
  const rest = plan ? plan.drawn.filter((image) => !early.has(image.key)) : [];
  const ownJbig2 = (plan ? await ownJbig2Alone(rest).catch(() => null) : null) ?? {
    alone: null,
    aloneIndex: new Map<string, number>(),
  };
  const decoding = pdfjsRun.decode(
    plan ? pagesToDecode(plan.drawn, new Set([...ownJbig2.aloneIndex.keys(), ...early])) : [],
    ownJbig2.alone ?? undefined,
  );
  // While pdf.js decodes on its thread, this one checks the image data and measures the pages (issue 15:
  // they used to wait for it, ~0.3 s of the typed scan's wall time). Their results are used below exactly
  // as before; the page measures only if pdf.js does not find the file encrypted.
  let ownWork: Promise<[{ page: number; detail: string }[], PageCheck[]]>;
  try {
    ownWork = Promise.all([
      plan ? damagedImages(plan.drawn) : [],
      pdfLib.doc && !pdfLib.encrypted && plan ? checkPages(pdfLib.doc, plan) : [],
    ]);
  } catch (error) {
    pdfjsRun.cancel();
    throw error;
  }
  const [checked, [damaged, measuredPages]] = await Promise.all([decoding, ownWork.catch(cancelled(pdfjsRun))]);
  const { parser: pdfjs, failures: decodeFailures, bilevelDigests } = checked;
  const encrypted = pdfLib.encrypted || pdfjs.encrypted;
  const pageCount = pdfLib.ok ? pdfLib.pageCount : pdfjs.pageCount;
  const reasons: Reason[] = [];

  if (encrypted) {
    reasons.push(reason('ENCRYPTED', 'blocker', 'encrypted', 'removePassword'));
  } else {
    if (!pdfLib.ok) reasons.push(reason('PARSER_FAILED', 'blocker', 'parserFailed', 'reexport', { parser: 'pdf-lib' }));
    if (!pdfjs.ok) reasons.push(reason('PARSER_FAILED', 'blocker', 'parserFailed', 'reexport', { parser: 'pdf.js' }));
  }
  if (pageCount === 0 && !encrypted) reasons.push(reason('NO_PAGES', 'blocker', 'noPages', 'reexport'));
  const underLimit = bytes.length <= options.limitBytes;
  if (!underLimit) {
    reasons.push(
      reason('OVER_LIMIT', 'blocker', 'overLimit', 'reduceToFit', {
        sizeMb: bytesToMegabytes(bytes.length, 'up'),
        limitMb: bytesToMegabytes(options.limitBytes),
      }),
    );
  }

  if (pdfLib.doc && !encrypted) {
    const hidden = findHiddenContent(pdfLib.doc);
    if (hidden.active.length > 0) {
      reasons.push(reason('ACTIVE_CONTENT', 'blocker', 'activeContent', 'reexportClean', { found: hidden.active.join(', ') }));
    }
    if (hidden.metadata.length > 0) {
      reasons.push(
        reason('HIDDEN_METADATA', 'blocker', 'hiddenMetadata', 'reexportClean', { found: hidden.metadata.join(', ') }),
      );
    }
  }
  if (pdfLib.doc && !encrypted) {
    const streams = damagedFlateStreams(pdfLib.doc);
    if (streams.length > 0) {
      reasons.push(reason('STREAM_DAMAGED', 'blocker', 'streamDamaged', 'rescan', { objects: streams.slice(0, 5).join(', ') }));
    }
  }
  for (const damage of damaged) {
    reasons.push(reason('IMAGE_DAMAGED', 'blocker', 'imageDamaged', 'rescan', damage, damage.page));
  }
  // A page the image check did not finish says so below (budget or failure), not as a mismatch.
  const alone = {
    aloneIndex: ownJbig2.aloneIndex,
    checked: checked.finished,
    digests: checked.aloneDigests,
    failures: checked.aloneFailures,
  };
  for (const damage of plan ? jbig2Mismatches(rest, bilevelDigests, alone) : []) {
    if (decodeFailures.some((f) => f.page === damage.page)) continue;
    if (reasons.some((r) => r.code === 'IMAGE_DAMAGED' && r.page === damage.page)) continue;
    reasons.push(reason('IMAGE_DAMAGED', 'blocker', 'imageDamaged', 'rescan', damage, damage.page));
  }
  for (const failure of decodeFailures) {
    if (failure.budget) {
      reasons.push(budgetReason(failure));
      continue;
    }
    if (reasons.some((r) => r.code === 'IMAGE_DAMAGED' && r.page === failure.page)) continue;
    reasons.push(
      reason('IMAGE_DAMAGED', 'blocker', 'imageDamaged', 'rescan', { page: failure.page, detail: failure.detail }, failure.page),
    );
  }

  const pages = pdfLib.doc && !encrypted && plan ? measuredPages : [];
  for (const page of pages) {
    if (page.blank) reasons.push(reason('BLANK_PAGE', 'warning', 'blankPage', 'removeBlankPage', { page: page.page }, page.page));
    if (page.images.some((i) => i.blurry)) {
      reasons.push(reason('BLURRY', 'warning', 'blurry', 'rescanSharper', { page: page.page }, page.page));
    }
    const low = page.images.filter((i) => i.dpi < minDpi);
    if (low.length > 0) {
      const dpi = Math.round(Math.min(...low.map((i) => i.dpi)));
      reasons.push(reason('LOW_DPI', 'warning', 'lowDpi', 'rescanHigherDpi', { page: page.page, dpi, minDpi }, page.page));
    }
  }

  return {
    parsers: {
      pdfLib: { ok: pdfLib.ok, ...(pdfLib.error ? { error: pdfLib.error } : {}) },
      pdfjs: { ok: pdfjs.ok, ...(pdfjs.error ? { error: pdfjs.error } : {}) },
    },
    encrypted,
    bytes: bytes.length,
    limitBytes: options.limitBytes,
    underLimit,
    pageCount,
    pages,
    thresholds: { blurScore: BLUR_THRESHOLD, minDpi, blankInk: BLANK_INK_THRESHOLD },
    verdict: verdictFor(reasons),
    reasons,
  };
}

/** One of our JBIG2 layers that pdf.js decoded, as it is in this file, while the pages were coded. */
function confirmedJbig2(image: PlannedImage): boolean {
  return image.stream instanceof PDFRawStream && image.spec.filterLabel === 'JBIG2Decode' && confirmedEarly(image.stream);
}

/** A failure of this thread's own checks stops pdf.js's check too, then goes on up as before. */
function cancelled(run: { cancel: () => void }): (error: unknown) => never {
  return (error) => {
    run.cancel();
    throw error;
  };
}

function reason(
  code: Reason['code'],
  severity: Reason['severity'],
  message: string,
  action: string,
  params?: Reason['params'],
  page?: number,
): Reason {
  return {
    code,
    severity,
    messageKey: `validation.reasons.${message}`,
    actionKey: `validation.actions.${action}`,
    ...(params ? { params } : {}),
    ...(page ? { page } : {}),
  };
}

type ImagePlan = ReturnType<typeof planImages>;

/** The image check was stopped by its memory or time budget: said as such, not as damage. */
function budgetReason(failure: DecodeFailure): Reason {
  const { page } = failure;
  return failure.budget?.kind === 'memory'
    ? reason('IMAGE_CHECK_LIMIT', 'blocker', 'imageCheckMemory', 'rescan', { page, limitMb: failure.budget.limitMb }, page)
    : reason('IMAGE_CHECK_LIMIT', 'blocker', 'imageCheckTime', 'rescan', { page, seconds: failure.budget?.seconds ?? 0 }, page);
}

/**
 * The pages whose images pdf.js must decode: every page that draws an image, except pages drawn
 * only from JPEG, G4 and Flate data this process has just encoded (own-streams.ts says why that is
 * safe and what still checks it; for Flate, flate-check.ts inflates every image in full with zlib)
 * and from our JBIG2 streams that pdf.js decodes on their own (`alone`, image keys: jbig2-check.ts
 * compares that decode with what was encoded). Anything from an input, or under another filter, is
 * decoded on its page: our own JBIG2 too when it is not decoded on its own.
 */
export function pagesToDecode(drawn: PlannedImage[], alone: ReadonlySet<string> = new Set()): number[] {
  const pages = new Set<number>();
  const foreign = new Set<number>();
  for (const image of drawn) {
    for (const page of image.pages) pages.add(page);
    const label = image.spec.filterLabel;
    const own =
      alone.has(image.key) ||
      (image.stream instanceof PDFRawStream &&
        (label === 'DCTDecode' || label === 'CCITTFaxDecode' || label === 'FlateDecode') &&
        isOwnStream(image.stream.contents));
    if (!own) for (const page of image.pages) foreign.add(page);
  }
  return [...pages].filter((page) => foreign.has(page)).sort((a, b) => a - b);
}

/** The images and what each page paints; null when the page structure cannot be walked (the parsers say why). */
function safePlan(doc: PDFDocument): ImagePlan | null {
  try {
    return planImages(doc);
  } catch {
    return null;
  }
}

/**
 * Image data that cannot be whole: JPEGs cut short or claiming more pixels than their data can
 * hold, Flate data that is damaged or ends early, CCITT fax data whose rows do not decode to the
 * declared width and count. (pdf.js, below, decodes every image too, but silently fills what is
 * missing in the first two cases, and its only word on damaged G4 data, "bad 2d code", is also
 * what it says of valid scanner pages: libtiff is the second decoder for CCITT.)
 */
async function damagedImages(drawn: PlannedImage[]): Promise<{ page: number; detail: string }[]> {
  const found: ({ page: number; detail: string } | null)[] = drawn.map(() => null);
  await forEachLimited(drawn, async (image, index) => {
    if (!(image.stream instanceof PDFRawStream)) return;
    const { filterLabel, width, height } = image.spec;
    const filters = filterLabel.split('+');
    let detail: string | null = null;
    if (filterLabel === 'DCTDecode' || filterLabel === 'DCT') detail = jpegDamage(image.stream.contents, width, height);
    else if (filterLabel === 'FlateDecode' || filterLabel === 'Fl') detail = flateDamage(image.stream, image.spec);
    else if (filters.includes('CCITTFaxDecode') || filters.includes('CCF')) detail = await ccittDamage(image.stream, height);
    if (detail) found[index] = { page: image.pages[0] ?? 1, detail };
  });
  return found.filter((damage) => damage !== null);
}

async function checkPages(doc: PDFDocument, plan: ImagePlan): Promise<PageCheck[]> {
  const { drawn, paint } = plan;
  // Each image is decoded once, however many pages draw it; two at a time (sharp runs off-thread).
  const measures = new Map<string, ImageMeasure | null>();
  await forEachLimited(
    drawn.filter((image) => measureMatters(image, drawn)),
    async (image) => {
      measures.set(image.key, await measureImage(image));
    },
  );

  const pages: PageCheck[] = [];
  for (let p = 0; p < doc.getPageCount(); p++) {
    const { width, height } = doc.getPage(p).getSize();
    const pageArea = Math.abs(width * height) || 1;
    const images: PageImageCheck[] = [];
    let inkSum = 0;
    let inkArea = 0;
    let unmeasuredImage = false;
    const textLayers = stencilDraws(drawn, p + 1);
    for (const image of drawn) {
      for (const draw of image.draws) {
        if (draw.page !== p + 1) continue;
        const dpi = effectiveDpi(image.spec.width, image.spec.height, draw.widthPt, draw.heightPt);
        const area = (draw.widthPt * draw.heightPt) / pageArea;
        const measure = measures.get(image.key) ?? null;
        if (!measure) unmeasuredImage = true;
        else {
          inkSum += measure.ink * Math.min(1, area);
          inkArea += Math.min(1, area);
        }
        if (dpi === null || area < PAGE_IMAGE_MIN_AREA) continue;
        // The colour layer of an MRC page is low resolution on purpose: the text over it is a sharper
        // stencil mask drawn over the same area, and that mask is what is judged.
        if (textLayers.some((t) => sameArea(t, draw) && t.dpi > dpi)) continue;
        const blank = measure !== null && measure.ink < BLANK_INK_THRESHOLD;
        images.push({
          ref: image.key,
          dpi: round(dpi, 1),
          blurScore: measure ? round(measure.blurScore, 3) : null,
          blurry: measure !== null && !blank && measure.blurScore < BLUR_THRESHOLD,
        });
      }
    }
    const paintOps = paint[p] ?? { textOps: 0, pathOps: 0 };
    const drawsVectors = paintOps.textOps > 0 || paintOps.pathOps > 0;
    // Ink over the whole page: image ink weighted by the area each image covers.
    const inkCoverageValue = unmeasuredImage ? null : inkArea > 0 ? inkSum : 0;
    const blank = !drawsVectors && inkCoverageValue !== null && inkCoverageValue < BLANK_INK_THRESHOLD;
    pages.push({ page: p + 1, images, inkCoverage: inkCoverageValue === null ? null : round(inkCoverageValue, 4), blank });
  }
  return pages;
}

/**
 * Whether an image's blur and ink can change a page's verdict. An MRC page's colour layer cannot: its blur
 * is not judged (the sharper text mask over it is) and the page's ink is unknown anyway, its 1-bit mask
 * being an image no measure is taken of. On the 10-page typed scan that was ten JPEG decodes and blur
 * passes at the end of the run, whose results were never read (issue 15's serial tail).
 */
function measureMatters(image: PlannedImage, drawn: PlannedImage[]): boolean {
  if (unmeasurable(image)) return false;
  return image.draws.some((draw) => {
    const page = drawn.filter((other) => other.draws.some((d) => d.page === draw.page));
    if (!page.some(unmeasurable)) return true;
    const dpi = effectiveDpi(image.spec.width, image.spec.height, draw.widthPt, draw.heightPt);
    if (dpi === null) return false;
    return !stencilDraws(drawn, draw.page).some((t) => sameArea(t, draw) && t.dpi > dpi);
  });
}

/** measureImage gives null for it without decoding anything. */
function unmeasurable(image: PlannedImage): boolean {
  return Boolean(image.spec.skip) || image.dpi === null;
}

/** Stencil-mask (1-bit text layer) draws on a page, with their effective dpi. */
function stencilDraws(drawn: PlannedImage[], page: number): { widthPt: number; heightPt: number; dpi: number }[] {
  const out: { widthPt: number; heightPt: number; dpi: number }[] = [];
  for (const image of drawn) {
    if (image.spec.colourLabel !== 'ImageMask') continue;
    for (const draw of image.draws) {
      const dpi = effectiveDpi(image.spec.width, image.spec.height, draw.widthPt, draw.heightPt);
      if (draw.page === page && dpi !== null) out.push({ widthPt: draw.widthPt, heightPt: draw.heightPt, dpi });
    }
  }
  return out;
}

function sameArea(a: { widthPt: number; heightPt: number }, b: { widthPt: number; heightPt: number }): boolean {
  return Math.abs(a.widthPt - b.widthPt) <= a.widthPt * 0.01 && Math.abs(a.heightPt - b.heightPt) <= a.heightPt * 0.01;
}

/** Blur and ink of one image, measured on grey pixels at about 150 dpi; null when not decodable (bilevel, JPX, …). */
async function measureImage(image: PlannedImage): Promise<ImageMeasure | null> {
  if (image.spec.skip || image.dpi === null) return null;
  const scale = Math.min(1, MEASURE_DPI / image.dpi);
  const width = Math.max(1, Math.round(image.spec.width * scale));
  const height = Math.max(1, Math.round(image.spec.height * scale));
  try {
    const pixels = toGrey(await decodePixels(image.stream, image.spec, width, height));
    return { blurScore: blurScore(pixels), ink: inkCoverage(pixels) };
  } catch {
    return null;
  }
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
