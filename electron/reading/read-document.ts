import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { labelledName, mayBeCertificate, readCertificate } from '../../shared/reading/certificate';
import type { DocumentReading } from '../../shared/reading/document-reading';
import type { MrzReading } from '../../shared/reading/mrz';
import type { GrayImage } from '../../shared/reading/mrz-glyphs';
import { suggestCategory } from '../../shared/reading/sort-by-content';
import { recognize, type OcrProgress } from './ocr';
import { encodedOf, sharpOf, type PageImage } from './page-image';
import { pngOf, renderPagePixels, renderPageRegion, withPdfPages } from './pdf-pages';
import { MRZ_WORK_SIDE } from './mrz-band';
import { readPassportImage } from './read-passport';
import { greyOf, greyPng, splitGreyAtGap } from './split-at-gap';
import { titleCandidateLines } from './title-lines';

/**
 * Read one document: text first (a PDF's own text layer), OCR only where there is none,
 * and only on regions (a page's upper part, then the rest if the issue date is not there;
 * a photo's MRZ band). Never changes the file.
 */
const IMAGE = new Set(['.jpg', '.jpeg', '.png', '.webp', '.tif', '.tiff']);
/** Phone photos from iPhones: decoded by the engine's HEIC decoder (sharp's libvips has no HEVC), passed in by the caller. */
const HEIC = new Set(['.heic', '.heif']);
/** Fewer characters than this on the first pages means a scan without a text layer. */
const MIN_TEXT = 40;
/**
 * A certificate's header (title, name, NIF/NISS, usually the date) in the upper 45 % of page 1, rendered at 150 dpi:
 * body text of 10–12 pt is then 21–25 px high, well within what tesseract reads (it wants ≥ 20 px capitals), and the
 * region is 1240 × 790 px, 44 % of the pixels OCR'd at 200 dpi. Measured on the reading corpus's scans
 * (bench:batch's per-reading table): the same fields read, in about half the time.
 */
const HEADER = { from: 0, to: 0.45 } as const;
const HEADER_DPI = 150;
/**
 * The title strip, as a fraction of the page's height (the header is cut at the whitest row near it, so no line is
 * cut): the issuer and the title ("AUTORIDADE TRIBUTÁRIA E ADUANEIRA", "CERTIDÃO"; "SEGURANÇA SOCIAL", "DECLARAÇÃO
 * DE SITUAÇÃO CONTRIBUTIVA") sit in the top fifth of the page. A scan in a certificate's category that is no
 * certificate (the bench's typed manual pages: a dense header cost ≈ 3.5 s of CPU) then costs the strip's OCR only.
 */
const TITLE_TO = 0.2;

/**
 * What the caller needs from the file, which bounds the work:
 * - 'sort' (a file whose name says nothing): everything: the text, the header then the rest of a scan, a passport page;
 * - 'passport': the MRZ only (a photo's band; a scanned PDF's page 1);
 * - 'certificate': the text layer, else OCR of the header only (and the rest of the page only when the header
 *   shows a certificate whose issue date is lower down); a scan that is no certificate costs one header OCR;
 * - 'text': the text layer only, no OCR (a contract or a bill, read for a labelled name).
 */
export type ReadPurpose = 'sort' | 'passport' | 'certificate' | 'text';

export interface ReadOptions {
  /** ISO date: resolves the MRZ's two-digit years. */
  today: string;
  /**
   * The engine's decode budget (electron/engine/pdf/decode-budget.ts), run on a PDF before pdf.js
   * parses it: pdf.js inflates without a cap, and a few-kB bomb read for its text took a batch to
   * 7 GB. Passed in by the callers, which may import the engine (this layer may not); it throws on a bomb.
   */
  checkPdf: (bytes: Uint8Array, file: string) => Promise<void>;
  /** A HEIC/HEIF photo decoded, upright (the engine's decoder, passed in like checkPdf). Without it, HEIC is not read. */
  decodeHeic?: (bytes: Uint8Array, file: string) => Promise<PageImage>;
  /**
   * Can this PDF have a text layer at all (electron/batch/font-presence.ts: no font resource, no text)? When it
   * answers no, a 'text' read stops before pdf.js is started for a scan, which costs ~0.5 s of CPU per document.
   */
  mayHaveText?: (bytes: Uint8Array) => Promise<boolean>;
  /** The PDF's password (passwords.json, or typed in the app): used for this read only, never kept. */
  password?: string;
  purpose?: ReadPurpose;
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

const nothingRead = (file: string): DocumentReading => ({
  file,
  textSource: 'none',
  mrz: null,
  certificate: null,
  labelledName: null,
  suggestion: null,
});

/** An MRZ search that found no band at all is "no MRZ" (null), not a failed passport. */
const mrzOrNull = (mrz: MrzReading) => (mrz.status === 'unreadable' && mrz.reason === 'no-mrz-found' ? null : mrz);

/** A width of 1240 px is an A4 page at 150 dpi (HEADER_DPI). */
const HEADER_WIDTH = 1240;

/** The header of a photographed or scanned page (upright by its EXIF orientation), at the header's resolution, grey. */
async function imageHeader(image: PageImage): Promise<GrayImage> {
  const upright = await sharpOf(image, { limitInputPixels: 120_000_000 })
    .rotate()
    .resize({ width: HEADER_WIDTH, withoutEnlargement: true })
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width } = upright.info;
  const height = Math.max(1, Math.round(upright.info.height * HEADER.to));
  // The top rows, as a view (grey raw: what a PNG of them decoded gives, with no PNG in between).
  return { data: new Uint8Array(upright.data.buffer, upright.data.byteOffset, width * height), width, height };
}

/**
 * OCR of a certificate's header in two parts: the title strip, and the rest of the header only when the strip could
 * be a certificate's (mayBeCertificate) or is blank. The text of both, or of the strip alone. The header is split and
 * looked at as grey pixels; only what OCR reads is encoded (the rest of a header that is no certificate's never is).
 */
async function titleThenHeader(header: GrayImage, options: ReadOptions): Promise<string> {
  const [title, below] = splitGreyAtGap(header, TITLE_TO / HEADER.to);
  const ocr = async (part: GrayImage) =>
    recognize(await greyPng(part, HEADER_DPI), { language: 'por', layout: 'auto', onProgress: options.onProgress });
  // A first look at the strip's short or large lines only, when it has long lines of body text (title-lines.ts): a
  // page they do not show to be a certificate's stops there. When they do, the whole strip is read, as before.
  const candidates = await titleCandidateLines(title, HEADER_DPI);
  if (candidates) {
    const first = await recognize(candidates, { language: 'por', layout: 'auto', onProgress: options.onProgress });
    // Kept lines with no words at all (a logo, a stamp) say nothing: the whole strip is read, as before.
    if (first.trim() !== '' && !mayBeCertificate(first)) return first;
  }
  const text = await ocr(title);
  // A strip with no text at all (a blank top margin, a page scanned lower down) says nothing either way: the title is
  // then further down, so the rest of the header is read too. A strip with other words is no certificate's.
  return mayBeCertificate(text) || text.trim() === '' ? `${text}\n${await ocr(below)}` : text;
}

async function readImage(file: string, image: PageImage, options: ReadOptions, purpose: ReadPurpose): Promise<DocumentReading> {
  if (purpose === 'text') return nothingRead(file);
  if (purpose === 'certificate') {
    // A certificate photographed or scanned to an image: its title strip, then the rest of its header, as for a scanned PDF.
    const text = await titleThenHeader(await imageHeader(image), options);
    return fromText(file, text, text.trim() ? 'ocr' : 'none', null);
  }
  const mrz = mrzOrNull(await readPassportImage(image, options.today, options.onProgress));
  // An MRZ that passed its check digits says "passport" (fromText's suggestion); a photo meant as a passport stops here.
  if (mrz?.status === 'read' || purpose === 'passport') return fromText(file, '', 'ocr', mrz);
  // Not a readable passport: a photo of another document (a payslip, a bill) is read whole.
  const text = await recognize(await encodedOf(image), { language: 'por', layout: 'auto', onProgress: options.onProgress });
  return fromText(file, text, text.trim() ? 'ocr' : 'none', mrz);
}

export async function readDocument(path: string, options: ReadOptions): Promise<DocumentReading> {
  const file = basename(path);
  const purpose = options.purpose ?? 'sort';
  const ext = extname(path).toLowerCase();
  if (IMAGE.has(ext)) return readImage(file, await readFile(path), options, purpose);
  if (HEIC.has(ext)) {
    if (!options.decodeHeic) return nothingRead(file);
    return readImage(file, await options.decodeHeic(await readFile(path), file), options, purpose);
  }
  if (ext !== '.pdf') return nothingRead(file);
  const bytes = await readFile(path);
  await options.checkPdf(bytes, file);
  const { password } = options;
  if (purpose === 'text' && options.mayHaveText && !(await options.mayHaveText(bytes))) return nothingRead(file);
  // One open for the text layer and, on a scan, the first region this purpose needs (an encrypted PDF's key is
  // derived at every open).
  const first = await withPdfPages(bytes, password, async (pdf) => {
    const layer = await pdf.text();
    if (layer.text.replace(/\s+/g, '').length >= MIN_TEXT || purpose === 'text') return { layer, page: null };
    // Read as a passport: rendered at the band search's working size (at 200 dpi an A4 page is 2,339 px high and the
    // search shrank it to 1,600 px first: ≈ 0.3–0.5 s of CPU for sharp on the RGBA page, and a larger canvas for
    // pdf.js). Otherwise the upper part of page 1, which holds the title, the name, the numbers and usually the date.
    const page =
      purpose === 'passport'
        ? await pdf.pixels({ from: 0, to: 1 }, { maxSide: MRZ_WORK_SIDE })
        : await pdf.pixels(HEADER, { dpi: HEADER_DPI });
    return { layer, page };
  });
  if (first.layer.text.replace(/\s+/g, '').length >= MIN_TEXT) return fromText(file, first.layer.text, 'text-layer', null);
  if (purpose === 'text' || !first.page) return nothingRead(file);
  if (purpose === 'passport')
    return fromText(file, '', 'ocr', mrzOrNull(await readPassportImage(first.page, options.today, options.onProgress)));
  // A scan, read for a certificate: its title strip first (a page that is no certificate stops there).
  let text =
    purpose === 'certificate'
      ? await titleThenHeader(await greyOf(first.page), options)
      : await recognize(await pngOf(first.page, HEADER_DPI), { language: 'por', layout: 'auto', onProgress: options.onProgress });
  const header = readCertificate(text);
  const restNeeded =
    purpose === 'certificate'
      ? header !== null && !header.issuedOn
      : !suggestCategory(text, false) || (header && !header.issuedOn);
  if (restNeeded) {
    text +=
      '\n' +
      (await recognize(await renderPageRegion(bytes, { from: HEADER.to, to: 1 }, { dpi: HEADER_DPI, password }), {
        language: 'por',
        layout: 'auto',
      }));
  }
  if (purpose === 'certificate' || suggestCategory(text, false)) return fromText(file, text, text.trim() ? 'ocr' : 'none', null);
  // Nothing a certificate or contract says: perhaps a passport page scanned to PDF.
  const mrz = await readPassportImage(
    await renderPagePixels(bytes, { from: 0, to: 1 }, { password, maxSide: MRZ_WORK_SIDE }),
    options.today,
    options.onProgress,
  );
  return fromText(file, text, text.trim() ? 'ocr' : 'none', mrzOrNull(mrz));
}
