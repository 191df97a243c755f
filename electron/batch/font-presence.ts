import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { loadPdfSharingInput } from '../engine/pdf/parse-speed';

/**
 * Can this PDF have a text layer at all? Text is drawn with a font, and every font is named in a
 * /Font resource dictionary (of a page, a form XObject, a Type 3 glyph or an annotation's appearance).
 * A PDF with none — a scan, a photo — has no text for pdf.js to find, so reading it need not start
 * pdf.js: loading pdf.js and its @napi-rs/canvas and parsing the file again cost ~0.5 s of the batch
 * command's CPU per scanned document (issue 15). False positives only cost that time; a font anywhere
 * answers true.
 *
 * The document's streams are views into `bytes` (loadPdfSharingInput), not copies: only dictionaries are read here,
 * and the document is dropped before this returns. A copy was 30 MB for the typed scan, on the command's serial start
 * (issue 15: ≈ 40 → 15–20 ms of CPU for this parse, 28 MB less resident while it runs).
 */
export async function mayHaveTextLayer(bytes: Uint8Array): Promise<boolean> {
  let doc: PDFDocument;
  try {
    doc = await loadPdfSharingInput(bytes);
  } catch {
    return true; // pdf-lib cannot tell; pdf.js decides, as before
  }
  try {
    // Nothing pdf-lib could make sense of: pdf.js decides, as before.
    if (doc.getPageCount() === 0) return true;
  } catch {
    return true;
  }
  const FONT = PDFName.of('Font');
  const RESOURCES = PDFName.of('Resources');
  // pdf-lib and many producers write an empty /Font << >> into every page's resources: that names no font.
  const namesFonts = (value: unknown): boolean =>
    (value instanceof PDFDict && value.keys().length > 0) || value instanceof PDFRef;
  const hasFonts = (dict: PDFDict): boolean => {
    if (dict.get(PDFName.of('Type')) === FONT || namesFonts(dict.get(FONT))) return true;
    const resources = dict.get(RESOURCES);
    return resources instanceof PDFDict && namesFonts(resources.get(FONT));
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : null;
    if (dict && hasFonts(dict)) return true;
  }
  return false;
}
