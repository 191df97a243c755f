import type { PageSizing } from '../../../shared/engine/report';

/** PDF points per inch. */
const PT_PER_INCH = 72;
const MM_PER_INCH = 25.4;
export const A4_PT = { width: (210 / MM_PER_INCH) * PT_PER_INCH, height: (297 / MM_PER_INCH) * PT_PER_INCH };
/** White border around an image fitted on A4 (10 mm), so nothing touches the edge when printed. */
export const FIT_MARGIN_PT = (10 / MM_PER_INCH) * PT_PER_INCH;

/**
 * A stated resolution below 100 dpi is not a scan's: cameras and editors write
 * 72 dpi (and PNG readers report 72 when the file says nothing). Above 2400 dpi
 * is not a document either. Pages larger than this (inches) are not documents.
 */
const TRUSTED_DPI = { min: 100, max: 2400 } as const;
const MAX_PAGE_INCHES = 17;

/** Paper sizes (inches, portrait) a scanner or phone scanning app produces. */
const PAPERS: readonly { name: string; width: number; height: number }[] = [
  { name: 'A4', width: 210 / MM_PER_INCH, height: 297 / MM_PER_INCH },
  { name: 'Letter', width: 8.5, height: 11 },
  { name: 'Legal', width: 8.5, height: 14 },
  { name: 'A5', width: 148 / MM_PER_INCH, height: 210 / MM_PER_INCH },
];
const SCAN_DPIS = [150, 200, 240, 300, 400, 600] as const;
const PAPER_TOLERANCE = 0.015;

export interface PagePlan {
  widthPt: number;
  heightPt: number;
  /** Where the image is drawn on the page (PDF user space, origin bottom-left). */
  image: { x: number; y: number; width: number; height: number };
  sizing: PageSizing;
  /** Resolution at which the image is drawn. */
  dpi: number;
}

function fullPage(widthPx: number, heightPx: number, dpi: number, sizing: PageSizing): PagePlan {
  const widthPt = (widthPx / dpi) * PT_PER_INCH;
  const heightPt = (heightPx / dpi) * PT_PER_INCH;
  return { widthPt, heightPt, image: { x: 0, y: 0, width: widthPt, height: heightPt }, sizing, dpi };
}

/** The scan resolution at which these pixel dimensions are exactly a standard paper size, if any. */
export function paperDpi(widthPx: number, heightPx: number): number | null {
  for (const dpi of SCAN_DPIS) {
    const w = widthPx / dpi;
    const h = heightPx / dpi;
    for (const paper of PAPERS) {
      for (const [pw, ph] of [
        [paper.width, paper.height],
        [paper.height, paper.width],
      ] as const) {
        if (Math.abs(w - pw) / pw <= PAPER_TOLERANCE && Math.abs(h - ph) / ph <= PAPER_TOLERANCE) return dpi;
      }
    }
  }
  return null;
}

/**
 * Decide the page for one image:
 *  1. the image states a plausible resolution → the page has the image's true physical size;
 *  2. its pixels are exactly a paper size at a usual scan resolution → that paper size;
 *  3. otherwise → A4, portrait or landscape like the image, fitted inside a 10 mm margin.
 */
export function planPage(widthPx: number, heightPx: number, statedDpi: number | undefined): PagePlan {
  if (statedDpi !== undefined && statedDpi >= TRUSTED_DPI.min && statedDpi <= TRUSTED_DPI.max) {
    const largestSide = Math.max(widthPx, heightPx) / statedDpi;
    if (largestSide <= MAX_PAGE_INCHES) return fullPage(widthPx, heightPx, statedDpi, 'stated-dpi');
  }
  const dpiFromPaper = paperDpi(widthPx, heightPx);
  if (dpiFromPaper !== null) return fullPage(widthPx, heightPx, dpiFromPaper, 'paper-size');

  const landscape = widthPx > heightPx;
  const widthPt = landscape ? A4_PT.height : A4_PT.width;
  const heightPt = landscape ? A4_PT.width : A4_PT.height;
  const scale = Math.min((widthPt - 2 * FIT_MARGIN_PT) / widthPx, (heightPt - 2 * FIT_MARGIN_PT) / heightPx);
  const width = widthPx * scale;
  const height = heightPx * scale;
  return {
    widthPt,
    heightPt,
    image: { x: (widthPt - width) / 2, y: (heightPt - height) / 2, width, height },
    sizing: 'fit-a4',
    dpi: PT_PER_INCH / scale,
  };
}

/**
 * The page for a flattened phone photo: an A4-shaped page (see `flatten/`) fills a whole A4 sheet, as a
 * scan of it would; any other shape (a card, a receipt) is fitted on A4 like any image.
 */
export function planFlattenedPage(widthPx: number, heightPx: number, a4: boolean): PagePlan {
  if (!a4) return planPage(widthPx, heightPx, undefined);
  const landscape = widthPx > heightPx;
  const widthIn = (landscape ? A4_PT.height : A4_PT.width) / PT_PER_INCH;
  return fullPage(widthPx, heightPx, widthPx / widthIn, 'paper-size');
}
