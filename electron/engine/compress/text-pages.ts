import { PDFContext, PDFRawStream, PDFRef } from 'pdf-lib';
import { scaleWithFloor } from './resolution-floor';
import type { ImageReport, LadderStep, PageClass } from '../../../shared/engine/compression';
import { encodeG4, paintOverInk, threshold } from './bilevel';
import { PageClassification, classifyPixels } from './classify-page';
import { effectiveDpi, PlannedImage } from './image-plan';
import { Pixels, decodePixels, resizeRaw, toGrey } from './image-pixels';
import { DEFAULT_FLOOR_DPI } from './ladder';
import { g4ImageStream, inkGrey, mrcBackground, mrcForm } from './mrc';
import { flattenPaper } from './mrc-background';
import { BLUR_THRESHOLD, MEASURE_DPI, blurScore } from '../validate/page-metrics';

/**
 * The ladder's hook for text and mixed pages. Page-sized scans are classified once; on every rung
 * a text page is a 1-bit G4 image and a mixed page an MRC form, at resolutions that fall with the
 * rung. Photos (and every page of a photo-only category) stay on the JPEG path.
 */

/**
 * Text layer: 300 dpi on the first rung (the scan's own strokes), 240 on the second, 200 below it.
 * G4 bytes grow with the length of the strokes' edges, so about with the dpi: on the 10-page typed
 * scan 74, 59 and 49 kB a page (bench/results.md). The rung between keeps a long document at 240 dpi
 * when 300 does not fit instead of dropping straight to 200.
 */
const TEXT_DPI_FIRST = 300;
const TEXT_DPI_SECOND = 240;
const TEXT_DPI_LOWER = 200;
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

/** Which images are worth classifying, and what each one is. */
export async function classifyImages(
  images: readonly PlannedImage[],
  allowed: readonly PageClass[],
): Promise<Map<string, PageClassification>> {
  const result = new Map<string, PageClassification>();
  for (const image of images) {
    if (!isPageScan(image)) continue;
    if (!allowed.includes('text') && !allowed.includes('mixed')) {
      result.set(image.key, { pageClass: 'photo', reason: 'category-photo-only', paper: 0, mid: 0, colour: 0 });
      continue;
    }
    const size = sizeAt(image, CLASSIFY_DPI);
    let pixels: Pixels;
    try {
      pixels = await decodePixels(image.stream, image.spec, size.width, size.height);
    } catch {
      continue; // The JPEG path reports undecodable images.
    }
    const found = await classifyPixels(pixels);
    // An out-of-focus page of text thresholded to 1 bit loses its soft grey strokes: a blurred phone photo of a
    // contract page came out as white paper with specks, with no blur left for validation to see, and was called
    // ready (walk of session 6). Kept photographic, the blur check then judges it.
    if (found.pageClass !== 'photo' && (await looksBlurred(image))) {
      result.set(image.key, { ...found, pageClass: 'photo', reason: 'blurred' });
      continue;
    }
    // A category that allows text but not mixed (or the reverse) keeps the page photographic.
    result.set(image.key, allowed.includes(found.pageClass) ? found : { ...found, pageClass: 'photo' });
  }
  return result;
}

/** The validation's blur measure, at the validation's resolution (an image that cannot be decoded is not judged here). */
async function looksBlurred(image: PlannedImage): Promise<boolean> {
  const size = sizeAt(image, MEASURE_DPI);
  try {
    const grey = toGrey(await decodePixels(image.stream, image.spec, size.width, size.height));
    return blurScore(grey) < BLUR_THRESHOLD;
  } catch {
    return false;
  }
}

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
  g4: Buffer;
  width: number;
  height: number;
  dpi: number;
  /** Mixed pages: the cleaned colour layer at BACKGROUND_BASE_DPI and the ink level. */
  background?: Pixels;
  ink?: number;
}

/** Encoded layers per image and text dpi: the rungs below reuse them instead of decoding the scan again. */
export class TextLayerCache {
  private readonly layers = new Map<string, TextLayer>();

  async get(image: PlannedImage, cls: PageClass, dpi: number): Promise<TextLayer> {
    const key = `${image.key}@${dpi}`;
    const hit = this.layers.get(key);
    if (hit) return hit;
    const size = sizeAt(image, dpi);
    const pixels = await decodePixels(image.stream, image.spec, size.width, size.height);
    // On a mixed page the colour layer holds stamps and photos: neither goes into the 1-bit text.
    const bilevel = await threshold(pixels, { excludeColour: cls === 'mixed', excludePictures: cls === 'mixed' });
    const g4 = await encodeG4(bilevel.bits, pixels.width, pixels.height);
    const layer: TextLayer = {
      g4,
      width: pixels.width,
      height: pixels.height,
      dpi: layerDpi(image, pixels.width, pixels.height),
    };
    if (cls === 'mixed') {
      const bgSize = sizeAt(image, BACKGROUND_BASE_DPI);
      // The ink's colour first: the paper is then painted over the ink in the page's own pixels (no copy
      // of the page). The cleaned background is built at text resolution (where the mask is) and kept
      // small, then reduced to what the mask does not hold: white paper and the colour marks.
      layer.ink = inkGrey(pixels, bilevel.bits);
      const small = await resizeRaw(paintOverInk(pixels, bilevel), bgSize.width, bgSize.height);
      layer.background = await flattenPaper(small, { bits: bilevel.bits, width: pixels.width, height: pixels.height });
    }
    this.layers.set(key, layer);
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
  report: Pick<ImageReport, 'newWidthPx' | 'newHeightPx' | 'dpiAfter' | 'encoding' | 'textDpi' | 'backgroundDpi' | 'madeGrey'>;
}

function textDpiFor(rung: number, step: LadderStep): number {
  if (step.dpi < DEFAULT_FLOOR_DPI) return TEXT_DPI_LOWEST;
  return rung === 0 ? TEXT_DPI_FIRST : rung === 1 ? TEXT_DPI_SECOND : TEXT_DPI_LOWER;
}

export async function rewriteTextPage(
  image: PlannedImage,
  cls: PageClass,
  step: LadderStep,
  rung: number,
  context: PDFContext,
  cache: TextLayerCache,
): Promise<BilevelRewrite> {
  const textDpi = textDpiFor(rung, step);
  const layer = await cache.get(image, cls, textDpi);
  if (cls === 'text' || !layer.background) {
    return {
      stream: g4ImageStream(context, layer.g4, layer.width, layer.height),
      registered: [],
      bytes: layer.g4.length,
      report: {
        newWidthPx: layer.width,
        newHeightPx: layer.height,
        dpiAfter: layer.dpi,
        encoding: 'ccitt-g4',
        textDpi: layer.dpi,
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
  const { form, registered } = mrcForm(
    context,
    background,
    { g4: layer.g4, width: layer.width, height: layer.height },
    layer.ink ?? 0,
  );
  return {
    stream: form,
    registered,
    bytes: layer.g4.length + background.bytes.length,
    report: {
      newWidthPx: layer.width,
      newHeightPx: layer.height,
      dpiAfter: layer.dpi,
      encoding: 'mrc',
      textDpi: layer.dpi,
      backgroundDpi: Math.round(bgDpi),
      madeGrey: background.channels === 1 && image.spec.colour?.kind !== 'gray',
    },
  };
}
