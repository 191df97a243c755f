import { PDFContext, PDFRawStream, PDFRef } from 'pdf-lib';
import { scaleWithFloor } from './resolution-floor';
import { bandedTextLayer, bandedTextPlan } from './banded-text';
import { BAND_MIN_BYTES, bandPlan, inflateShrunkLevels, type ShrinkLevel } from './band-decode';
import { PAPER_SHRINK_FACTOR } from './bilevel';
import type { ImageReport, LadderStep, PageClass } from '../../../shared/engine/compression';
import { PageClassification, classifyPixels } from './classify-page';
import { effectiveDpi, PlannedImage } from './image-plan';
import { Pixels, decodePixels, resizeRaw, toGrey } from './image-pixels';
import { DEFAULT_FLOOR_DPI } from './ladder';
import { mrcBackground, mrcForm, textImageStream } from './mrc';
import type { EncodedTextLayer } from './text-layer-codec';
import { textLayerFor } from './page-pool';
import { BLUR_THRESHOLD, MEASURE_DPI, blurScore } from '../validate/page-metrics';

/**
 * The ladder's hook for text and mixed pages. Page-sized scans are classified once; on every rung
 * a text page is a 1-bit G4 image and a mixed page an MRC form, at resolutions that fall with the
 * rung. Photos (and every page of a photo-only category) stay on the JPEG path.
 */

/**
 * Text layer resolution by rung: 300 dpi on the first (the scan's own strokes), then 240, 200 and
 * 180. A 1-bit layer's bytes grow with the length of the strokes' edges, so about with the dpi: on
 * the 10-page typed scan 74, 59 and 49 kB a page in G4, about 0.6× that in JBIG2 (bench/results.md).
 * The rungs between keep a long document as sharp as its size allows instead of dropping straight
 * down; 180 dpi is what lets the 30-page grey scan (33 kB a page in JBIG2 at 200 dpi, 1.0 MB in all)
 * fit AIMA's 1 MB, and reads as well as 200 there (bench/results.md).
 */
const TEXT_DPI_BY_RUNG = [300, 240, 200, 180] as const;
/** The person's "lower quality" rungs (below the standard 100-dpi floor): 1 bit at 150 dpi. */
const TEXT_DPI_LOWEST = 150;
/** Below this a scan is too coarse for 1 bit to read better than grey. */
const MIN_SCAN_DPI = 150;
/** Classified at this resolution: paper, ink and colour are all visible. */
const CLASSIFY_DPI = 75;
/** The colour layer's working copy (later rungs shrink it further). */
const BACKGROUND_BASE_DPI = 100;
/** A page-sized scan: smaller images (logos, photos pasted on a page) stay on the JPEG path. */
const MIN_PIXELS = 400_000;

export const ALL_PAGE_CLASSES: readonly PageClass[] = ['photo', 'text', 'mixed'];

/**
 * Each page scan's class, found the first time the ladder reaches the page, from the same decode its
 * text layer needs on that rung: the 75-dpi view the classifier reads is shrunk from those pixels, and
 * a text or mixed page's layer is then made from them without decoding the scan again. Decoding the
 * JPEG (entropy decoding, which a reduced-scale decode does not skip) cost as much at 75 dpi as at 300:
 * ~60 ms a page of the typed scan, spent twice (issue 15: decode each page once).
 * Scans too large to decode whole (band-decode.ts) are classified from their own small banded decode.
 */
export class PageClassifier {
  readonly classes = new Map<string, PageClassification>();
  private readonly tried = new Set<string>();

  constructor(private readonly allowed: readonly PageClass[]) {}

  /**
   * The page's class (undefined when it is no page scan, or cannot be decoded: the JPEG path reports
   * that), and its pixels at `dpi` when they were decoded for it and the page is text or mixed; for a
   * scan decoded in bands, its paper-level copy instead (`paperView`, for bandedTextLayer).
   */
  async classify(image: PlannedImage, dpi: number): Promise<{ cls?: PageClassification; pixels?: Pixels; paperView?: Pixels }> {
    const known = this.classes.get(image.key);
    if (known || this.tried.has(image.key) || !isPageScan(image)) return { cls: known };
    this.tried.add(image.key);
    const { allowed } = this;
    if (!allowed.includes('text') && !allowed.includes('mixed')) {
      const cls: PageClassification = { pageClass: 'photo', reason: 'category-photo-only', paper: 0, mid: 0, colour: 0 };
      this.classes.set(image.key, cls);
      return { cls };
    }
    const small = sizeAt(image, CLASSIFY_DPI);
    const whole = !decodedInBands(image);
    let pixels: Pixels | undefined;
    let view: Pixels;
    let banded: BandedViews | null = null;
    try {
      if (whole) {
        const size = sizeAt(image, dpi);
        pixels = await decodePixels(image.stream, image.spec, size.width, size.height);
        view = await resizeRaw(pixels, small.width, small.height);
      } else {
        banded = await bandedViews(image, small, dpi);
        view = banded?.view ?? (await decodePixels(image.stream, image.spec, small.width, small.height));
      }
    } catch {
      return {};
    }
    const found = await classifyPixels(view);
    // An out-of-focus page of text thresholded to 1 bit loses its soft grey strokes: a blurred phone photo of a
    // contract page came out as white paper with specks, with no blur left for validation to see, and was called
    // ready (walk of session 6). Kept photographic, the blur check then judges it.
    if (found.pageClass !== 'photo' && (await looksBlurred(image, pixels, view, banded?.measureGrey))) {
      const cls: PageClassification = { ...found, pageClass: 'photo', reason: 'blurred' };
      this.classes.set(image.key, cls);
      return { cls };
    }
    // A category that allows text but not mixed (or the reverse) keeps the page photographic.
    const cls = allowed.includes(found.pageClass) ? found : { ...found, pageClass: 'photo' as const };
    this.classes.set(image.key, cls);
    if (cls.pageClass === 'photo') return { cls };
    return banded?.paper ? { cls, pixels, paperView: banded.paper } : { cls, pixels };
  }
}

/** What one inflate of a banded scan gives the classifier, the blur check and a banded text layer (bandedViews). */
interface BandedViews {
  /** The classifier's view, at its exact size. */
  view: Pixels;
  /** The blur check's grey view at MEASURE_DPI, when its shrink lands on that size exactly (else it decodes its own). */
  measureGrey?: Pixels;
  /** The banded text layer's paper-level copy (PAPER_SHRINK_FACTOR), when the page would take that path at `dpi`. */
  paper?: Pixels;
}

/**
 * A scan decoded in bands (band-decode.ts) is inflated once for the classifier's view, the blur check's view
 * and the text layer's paper level, where each used to inflate it on its own: multipage.pdf's 9000 × 9000 page
 * (243 MB of RGB inflated each time) went from four inflates to two (this one and the threshold's). Each view
 * is the one its own decode would make, byte for byte (inflateShrunkLevels). Null when the classifier's shrink
 * is not a banded one (decodePixels then takes its usual path).
 */
async function bandedViews(
  image: PlannedImage,
  small: { width: number; height: number },
  dpi: number,
): Promise<BandedViews | null> {
  const { stream, spec } = image;
  const plan = bandPlan(stream, spec, small.width, small.height);
  if (!plan || !(stream instanceof PDFRawStream)) return null;
  const levels: ShrinkLevel[] = [{ factor: plan.factor }];
  // The blur check's view is grey at MEASURE_DPI: taken here only when no resize follows the shrink (resize
  // then grey is not grey then resize).
  const measure = sizeAt(image, MEASURE_DPI);
  const measurePlan = bandPlan(stream, spec, measure.width, measure.height);
  const measureExact =
    measurePlan !== null &&
    Math.ceil(spec.width / measurePlan.factor) === measure.width &&
    Math.ceil(spec.height / measurePlan.factor) === measure.height;
  const measureLevel: ShrinkLevel | undefined = measureExact ? { factor: measurePlan.factor, grey: true } : undefined;
  const text = sizeAt(image, dpi);
  const paperLevel: ShrinkLevel | undefined = bandedTextPlan(stream, spec, text.width, text.height)
    ? { factor: PAPER_SHRINK_FACTOR }
    : undefined;
  if (measureLevel) levels.push(measureLevel);
  if (paperLevel) levels.push(paperLevel);
  // One pass sums at the smallest factor: a level that is no multiple of it is left to its own decode (the
  // classifier's view, levels[0], always stays: only factors that divide it or that it divides are candidates).
  const f0 = plan.factor;
  const related = levels.filter((l) => l.factor % f0 === 0 || f0 % l.factor === 0);
  const base = Math.min(...related.map((l) => l.factor));
  const kept = related.filter((l) => l.factor % base === 0);
  const made = await inflateShrunkLevels(stream.contents, spec, plan.channels, kept);
  const of = (level: ShrinkLevel | undefined) => (level && kept.includes(level) ? made[kept.indexOf(level)] : undefined);
  return {
    view: await resizeRaw(of(levels[0])!, small.width, small.height),
    measureGrey: of(measureLevel),
    paper: of(paperLevel),
  };
}

/** Scans this large are decoded in bands, never whole (band-decode.ts, banded-text.ts). */
function decodedInBands(image: PlannedImage): boolean {
  const channels = image.spec.colour?.kind === 'gray' ? 1 : 3;
  return image.spec.width * image.spec.height * channels >= BAND_MIN_BYTES;
}

/**
 * The validation's blur measure, at the validation's resolution (an image that cannot be decoded is not judged
 * here). Shrunk from the page's pixels when they were just decoded at that resolution or above: no second decode.
 * A page the classifier's 75-dpi view already shows clearly sharp is not measured again at 150 dpi: that second
 * view (a resize of the whole page), its grey copy and its measure were ~50 ms of CPU a page of the typed scan
 * (issue 15's CPU).
 */
async function looksBlurred(
  image: PlannedImage,
  decoded: Pixels | undefined,
  view: Pixels,
  measureGrey: Pixels | undefined,
): Promise<boolean> {
  if (blurScore(toGrey(view)) >= CLEARLY_SHARP_AT_CLASSIFY_DPI) return false;
  if (measureGrey) return blurScore(measureGrey) < BLUR_THRESHOLD;
  const size = sizeAt(image, MEASURE_DPI);
  try {
    const pixels =
      decoded && decoded.width >= size.width && decoded.height >= size.height
        ? await resizeRaw(decoded, size.width, size.height)
        : await decodePixels(image.stream, image.spec, size.width, size.height);
    const grey = toGrey(pixels);
    return blurScore(grey) < BLUR_THRESHOLD;
  } catch {
    return false;
  }
}

/**
 * blurScore on the classifier's 75-dpi view at or above which a page is not blurred at 150 dpi either. Halving
 * the resolution halves a blur's width in pixels, so the same page scores higher at 75 dpi than at 150. Measured
 * (bench inputs and corpus scans, each also blurred by σ = 1…8 px at its own resolution; score at 150 / at 75 dpi):
 * sharp pages 0.36–0.83 / 0.81–1.50; every page under BLUR_THRESHOLD (0.2) at 150 dpi scored at most 0.61 at 75
 * (a phone photo blurred by σ = 3 px: 0.154 / 0.609). At 1.0 a page is only passed here with that margin; any
 * page below it is judged at 150 dpi as before, so no verdict rests on the smaller view alone.
 */
const CLEARLY_SHARP_AT_CLASSIFY_DPI = 1.0;

function isPageScan(image: PlannedImage): boolean {
  const { spec } = image;
  if (spec.skip || image.softMask || image.dpi === null || image.dpi < MIN_SCAN_DPI) return false;
  if (spec.width * spec.height < MIN_PIXELS) return false;
  const kind = spec.colour?.kind;
  return kind === 'rgb' || kind === 'gray' || kind === 'cmyk' || kind === 'indexed';
}

function sizeAt(image: PlannedImage, dpi: number): { width: number; height: number } {
  const { width, height } = image.spec;
  if (image.dpi === null || image.dpi <= dpi * 1.1) return { width, height };
  const scale = scaleWithFloor(width, height, image.dpi, dpi);
  if (scale * 1.1 >= 1) return { width, height };
  return { width: Math.max(1, Math.ceil(width * scale)), height: Math.max(1, Math.ceil(height * scale)) };
}

interface TextLayer {
  encoded: EncodedTextLayer;
  width: number;
  height: number;
  dpi: number;
  /** Mixed pages: the cleaned colour layer at BACKGROUND_BASE_DPI and the ink level. */
  background?: Pixels;
  ink?: number;
}

/** Encoded layers per image and text dpi: the rungs below reuse them instead of decoding the scan again. */
export class TextLayerCache {
  private readonly layers = new Map<string, Promise<TextLayer>>();

  /** `decoded`: the page at `dpi` when the classifier just decoded it (its text layer is made from them). */
  get(image: PlannedImage, cls: PageClass, dpi: number, decoded?: Pixels, paperView?: Pixels): Promise<TextLayer> {
    const key = `${image.key}@${dpi}`;
    const hit = this.layers.get(key);
    if (hit) return hit;
    // The promise is kept, not its value: the page loop starts a layer early (it is coded on a page worker
    // while earlier pages finish) and takes it again in page order; both calls share one piece of work.
    const made = this.make(image, cls, dpi, decoded, paperView);
    // Kept rejected too (the caller reports the page as undecodable); marked handled until someone asks.
    made.catch(() => undefined);
    this.layers.set(key, made);
    return made;
  }

  private async make(image: PlannedImage, cls: PageClass, dpi: number, decoded?: Pixels, paperView?: Pixels): Promise<TextLayer> {
    const size = sizeAt(image, dpi);
    const banded = cls === 'text' ? bandedTextPlan(image.stream, image.spec, size.width, size.height) : null;
    if (banded && image.stream instanceof PDFRawStream) {
      // A large Flate scan kept at its own resolution: thresholded and coded row by row (banded-text.ts).
      const made = await bandedTextLayer(image.stream, image.spec, banded.channels, paperView);
      // Only G4 here: it codes row by row, while the JBIG2 coder needs the whole mask in memory.
      const encoded: EncodedTextLayer = {
        bytes: made.g4,
        codec: 'ccitt-g4',
        width: made.width,
        height: made.height,
        g4Bytes: made.g4.length,
      };
      const layer: TextLayer = {
        encoded,
        width: made.width,
        height: made.height,
        dpi: layerDpi(image, made.width, made.height),
      };
      return layer;
    }
    const pixels =
      decoded && decoded.width === size.width && decoded.height === size.height
        ? decoded
        : await decodePixels(image.stream, image.spec, size.width, size.height);
    // The thresholding and coding run on a page worker when a core is free (page-pool.ts, text-layer-work.ts).
    const made = await textLayerFor({
      pixels,
      pageClass: cls === 'mixed' ? 'mixed' : 'text',
      backgroundSize: sizeAt(image, BACKGROUND_BASE_DPI),
    });
    const layer: TextLayer = {
      encoded: made.encoded,
      width: made.width,
      height: made.height,
      dpi: layerDpi(image, made.width, made.height),
      ...(made.background ? { background: made.background, ink: made.ink } : {}),
    };
    return layer;
  }

  clear(): void {
    this.layers.clear();
  }
}

function layerDpi(image: PlannedImage, width: number, height: number): number {
  const dpi =
    image.drawnWidthPt && image.drawnHeightPt ? effectiveDpi(width, height, image.drawnWidthPt, image.drawnHeightPt) : null;
  return dpi === null ? 0 : Math.round(dpi * 10) / 10;
}

export interface BilevelRewrite {
  stream: PDFRawStream;
  /** Extra objects (MRC layers) that the next rung must delete before registering its own. */
  registered: PDFRef[];
  bytes: number;
  report: Pick<
    ImageReport,
    | 'newWidthPx'
    | 'newHeightPx'
    | 'dpiAfter'
    | 'encoding'
    | 'textDpi'
    | 'textCodec'
    | 'textLayerBytes'
    | 'backgroundDpi'
    | 'madeGrey'
  >;
}

export function textDpiFor(rung: number, step: LadderStep): number {
  if (step.dpi < DEFAULT_FLOOR_DPI) return TEXT_DPI_LOWEST;
  return TEXT_DPI_BY_RUNG[Math.min(rung, TEXT_DPI_BY_RUNG.length - 1)]!;
}

export async function rewriteTextPage(
  image: PlannedImage,
  cls: PageClass,
  step: LadderStep,
  rung: number,
  context: PDFContext,
  cache: TextLayerCache,
  decoded?: Pixels,
): Promise<BilevelRewrite> {
  const textDpi = textDpiFor(rung, step);
  const layer = await cache.get(image, cls, textDpi, decoded);
  const { encoded } = layer;
  const codec = {
    textCodec: encoded.codec,
    textLayerBytes: { g4: encoded.g4Bytes, jbig2: encoded.jbig2Bytes },
  } as const;
  if (cls === 'text' || !layer.background) {
    return {
      stream: textImageStream(context, encoded),
      registered: [],
      bytes: encoded.bytes.length,
      report: {
        newWidthPx: layer.width,
        newHeightPx: layer.height,
        dpiAfter: layer.dpi,
        encoding: encoded.codec,
        textDpi: layer.dpi,
        ...codec,
        madeGrey: image.spec.colour?.kind !== 'gray',
      },
    };
  }
  // The colour layer at half the rung's resolution: stamps and signatures need colour, not detail.
  const bgDpi = Math.max(50, Math.min(BACKGROUND_BASE_DPI, step.dpi / 2));
  const base = layer.background;
  const scale = Math.min(1, bgDpi / BACKGROUND_BASE_DPI);
  const width = Math.max(1, Math.round(base.width * scale));
  const height = Math.max(1, Math.round(base.height * scale));
  const background = await mrcBackground(base, width, height, step.quality);
  const { form, registered } = mrcForm(context, background, encoded, layer.ink ?? 0);
  return {
    stream: form,
    registered,
    bytes: encoded.bytes.length + background.bytes.length,
    report: {
      newWidthPx: layer.width,
      newHeightPx: layer.height,
      dpiAfter: layer.dpi,
      encoding: 'mrc',
      textDpi: layer.dpi,
      ...codec,
      backgroundDpi: Math.round(bgDpi),
      madeGrey: background.channels === 1 && image.spec.colour?.kind !== 'gray',
    },
  };
}
