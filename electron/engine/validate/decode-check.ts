import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api';

/**
 * "Ready" means every image of the output can be decoded. The images are decoded once
 * more by pdf.js's own decoders (JPEG, CCITT, JBIG2, JPX, Flate with predictors), which
 * share no code with the libvips/sharp path the compressor used: damaged image data
 * that was passed through (a fuzzed CCITT stream, a JPEG cut short) is found here
 * instead of in the viewer at AIMA.
 */
export interface DecodeFailure {
  page: number;
  detail: string;
}

/** Largest image pdf.js is asked to decode (pixels): far above a 600-dpi A4 page (35 MP), far below a bomb. */
export const DECODE_MAX_PIXELS = 100_000_000;
/** A decoded image that does not arrive in this time counts as a failure (never a hang). */
const IMAGE_WAIT_MS = 30_000;

export async function decodeImagesOnPages(doc: PDFDocumentProxy, pages: readonly number[]): Promise<DecodeFailure[]> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const failures: DecodeFailure[] = [];
  for (const pageNumber of pages) {
    let page: PDFPageProxy | null = null;
    try {
      page = await doc.getPage(pageNumber);
      const list = await page.getOperatorList();
      for (let i = 0; i < list.fnArray.length; i++) {
        if (list.fnArray[i] !== OPS.paintImageXObject) continue;
        const objId = (list.argsArray[i] as unknown[])[0] as string;
        const data = await imageData(page, objId);
        if (!data) {
          failures.push({ page: pageNumber, detail: 'image data could not be decoded' });
          break;
        }
      }
    } catch (error) {
      failures.push({ page: pageNumber, detail: describe(error) });
    } finally {
      page?.cleanup();
    }
  }
  return failures;
}

/** The decoded image (null when pdf.js's decoder failed); global images live in commonObjs. */
function imageData(page: PDFPageProxy, objId: string): Promise<unknown> {
  const objs = objId.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), IMAGE_WAIT_MS);
    (objs as { get(id: string, callback: (data: unknown) => void): unknown }).get(objId, (data) => {
      clearTimeout(timer);
      resolve(data);
    });
  });
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
