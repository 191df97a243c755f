import { PDFRawStream } from 'pdf-lib';
import type { PlannedImage } from '../compress/image-plan';
import { ownJbig2Samples } from '../compress/own-streams';

/**
 * Our JBIG2 text layers, decoded by pdf.js and compared with what was encoded. Arithmetic-coded
 * data has no invalid codes, so neither damage nor an encoder fault makes any decoder complain: the
 * data just decodes to other pixels. pdf.js (an independent decoder: pdfium's, in WebAssembly)
 * decodes every page that draws JBIG2 (pagesToDecode never exempts it) and reports the digest of
 * each 1-bit image's samples; each of our streams must be among its page's. An input's JBIG2 is
 * not ours and has no reference: pdf.js's decode (errors, budgets) is its check. Ours are known by
 * length and segment headers (own-streams.ts), so bytes damaged after encoding are still compared.
 */
export function jbig2Mismatches(
  drawn: readonly PlannedImage[],
  decoded: Readonly<Record<number, readonly string[]>>,
): { page: number; detail: string }[] {
  const found: { page: number; detail: string }[] = [];
  for (const image of drawn) {
    if (!(image.stream instanceof PDFRawStream) || image.spec.filterLabel !== 'JBIG2Decode') continue;
    const expected = ownJbig2Samples(image.stream.contents);
    if (expected === undefined) continue;
    for (const page of image.pages) {
      if (decoded[page]?.some((digest) => expected.includes(digest))) continue;
      found.push({ page, detail: 'the JBIG2 text layer does not decode to the pixels that were encoded' });
    }
  }
  return found;
}
