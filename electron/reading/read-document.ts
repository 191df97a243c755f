import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { labelledName, readCertificate } from '../../shared/reading/certificate';
import type { DocumentReading } from '../../shared/reading/document-reading';
import type { MrzReading } from '../../shared/reading/mrz';
import { suggestCategory } from '../../shared/reading/sort-by-content';
import { recognize, type OcrProgress } from './ocr';
import { pdfText, renderPageRegion } from './pdf-pages';
import { readPassportImage } from './read-passport';

/**
 * Read one document: text first (a PDF's own text layer), OCR only where there is none,
 * and only on regions (a page's upper part, then the rest if the issue date is not there;
 * a photo's MRZ band). Never changes the file.
 */
const IMAGE = new Set(['.jpg', '.jpeg', '.png', '.webp', '.tif', '.tiff']);
/** Fewer characters than this on the first pages means a scan without a text layer. */
const MIN_TEXT = 40;

export interface ReadOptions {
  /** ISO date: resolves the MRZ's two-digit years. */
  today: string;
  /**
   * The engine's decode budget (electron/engine/pdf/decode-budget.ts), run on a PDF before pdf.js
   * parses it: pdf.js inflates without a cap, and a few-kB bomb read for its text took a batch to
   * 7 GB. Passed in by the callers, which may import the engine (this layer may not); it throws on a bomb.
   */
  checkPdf: (bytes: Uint8Array, file: string) => Promise<void>;
  onProgress?: OcrProgress;
}

function fromText(
  file: string,
  text: string,
  textSource: DocumentReading['textSource'],
  mrz: MrzReading | null,
): DocumentReading {
  return {
    file,
    textSource,
    mrz,
    certificate: readCertificate(text),
    labelledName: labelledName(text),
    suggestion: suggestCategory(text, mrz?.status === 'read'),
  };
}

export async function readDocument(path: string, options: ReadOptions): Promise<DocumentReading> {
  const file = basename(path);
  const bytes = await readFile(path);
  const ext = extname(path).toLowerCase();
  if (IMAGE.has(ext)) {
    const mrz = await readPassportImage(bytes, options.today, options.onProgress);
    if (mrz.status === 'read') return fromText(file, '', 'ocr', mrz);
    // Not a readable passport: a photo of another document (a payslip, a bill) is read whole.
    const text = await recognize(bytes, { language: 'por', layout: 'auto', onProgress: options.onProgress });
    return fromText(file, text, text.trim() ? 'ocr' : 'none', mrz.reason === 'no-mrz-found' ? null : mrz);
  }
  if (ext !== '.pdf') return { file, textSource: 'none', mrz: null, certificate: null, labelledName: null, suggestion: null };
  await options.checkPdf(bytes, file);
  const layer = await pdfText(bytes);
  if (layer.text.replace(/\s+/g, '').length >= MIN_TEXT) return fromText(file, layer.text, 'text-layer', null);
  // A scan: the upper part of page 1 holds the title, the name, the numbers and usually the date.
  let text = await recognize(await renderPageRegion(bytes, { from: 0, to: 0.45 }), {
    language: 'por',
    layout: 'auto',
    onProgress: options.onProgress,
  });
  const header = readCertificate(text);
  if (!suggestCategory(text, false) || (header && !header.issuedOn)) {
    text += '\n' + (await recognize(await renderPageRegion(bytes, { from: 0.45, to: 1 }), { language: 'por', layout: 'auto' }));
  }
  if (suggestCategory(text, false)) return fromText(file, text, 'ocr', null);
  // Nothing a certificate or contract says: perhaps a passport page scanned to PDF.
  const mrz = await readPassportImage(await renderPageRegion(bytes, { from: 0, to: 1 }), options.today, options.onProgress);
  return fromText(
    file,
    text,
    text.trim() ? 'ocr' : 'none',
    mrz.status === 'unreadable' && mrz.reason === 'no-mrz-found' ? null : mrz,
  );
}
