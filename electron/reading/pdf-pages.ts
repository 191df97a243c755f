import { sep } from 'node:path';
import sharp from 'sharp';
import { withDeadline } from '../common/deadline';
import { pdfjsWasmFolder } from '../common/resources';
import type { RawPixels } from './page-image';
import { scanPagePixels } from './scan-page';

/**
 * A PDF's text layer with pdf.js, and a page rendered to an image for OCR when there is
 * none (a scan). Rendering uses @napi-rs/canvas, which pdf.js itself brings for Node.
 */
export interface PdfText {
  pages: number;
  /** Text of the first pages, one line per text row (pdf.js's end-of-line marks). */
  text: string;
}

const MAX_PAGES = 3;
/**
 * pdf.js runs on the calling thread here (its "fake worker"): a document it never finishes opening, reading or
 * rendering would leave the read waiting forever. Each use of a document ends within this time (a header of a
 * page renders in well under a second of CPU, seconds of wall time on a loaded machine); past it the loading task
 * is destroyed and the read fails.
 */
const PDFJS_DEADLINE_MS = 120_000;

type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>;

/**
 * One pdf.js document open at a time on this thread. pdf.js (5.6) keeps the message handler through which its
 * JBIG2/CCITT and JPEG 2000 decoders fetch their WebAssembly (jbig2.wasm, openjpeg.wasm) in a static field that every
 * document opened overwrites (`JBig2CCITTFaxWasmImage.setOptions`); in Node (fake worker, no worker fetch) the first
 * such decode on a thread fetches the module through it. When a second document was opened after the first and
 * destroyed before the first decoded its JBIG2 image, the request went to a destroyed handler, was never answered,
 * and the read never settled: the batch "hang" of sessions 7–9 (four clients read at once on the batch's thread;
 * reproduced every time by opening aes-128_R4_pw-ELXRTQWS.pdf, then a text PDF, destroying the latter and rendering
 * the former). With one document at a time the handler pdf.js holds is always the open document's own. pdf.js runs
 * its "worker" on this thread anyway, so taking turns costs no parallelism.
 */
let turns: Promise<unknown> = Promise.resolve();

function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const run = turns.then(work, work);
  turns = run.catch(() => undefined);
  return run;
}

/** Open the PDF with pdf.js in this thread's turn, run `work` on it, destroy it; the work within PDFJS_DEADLINE_MS. */
async function withDocument<T>(
  bytes: Uint8Array,
  password: string | undefined,
  work: (doc: PdfDocument) => Promise<T>,
): Promise<T> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return inTurn(() => {
    // pdf.js transfers (detaches) the buffer it is given and refuses Node Buffers: hand it a plain copy.
    // `password` opens an encrypted PDF for this read only (pdf.js keeps it in the document, destroyed after).
    const task = getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
      // pdf.js's WebAssembly decoders (JBIG2, JPEG 2000), as the engine's validator finds them (decode-check.ts: a path
      // with its trailing separator, which pdf.js reads with fs.readFile). Without them JBIG2 fell back to pdf.js's
      // JavaScript decoder (≈ 0.25 s of CPU for a typed A4 page at 300 dpi; the same pixels, checked on the corpus's
      // scans) and JPEG 2000 on openjpeg_nowasm_fallback.js, which the packaged app may not reach (decode-check.ts).
      wasmUrl: `${pdfjsWasmFolder()}${sep}`,
      ...(password !== undefined ? { password } : {}),
    });
    const run = (async () => {
      const doc = await task.promise;
      try {
        return await work(doc);
      } finally {
        await doc.destroy();
      }
    })();
    return withDeadline(run, PDFJS_DEADLINE_MS, 'pdf.js', () => void task.destroy().catch(() => undefined));
  });
}

/**
 * What a read asks of one opened PDF: its text layer, and page 1 (or a region of it) rendered. Opened once per
 * read, not once per question: an encrypted PDF's key (AES R5/R6: many rounds of hashing in JavaScript) is derived
 * at each open, and each open parses the file again.
 */
export interface PdfPages {
  text(): Promise<PdfText>;
  /** Page 1 (`from`..`to`: fractions of its height) as RGBA pixels; `pngOf` encodes them for OCR. */
  pixels(region: { from: number; to: number }, options?: RenderOptions): Promise<RawPixels>;
}

export interface RenderOptions {
  dpi?: number;
  /** At most this many pixels on the page's long side (the dpi is lowered to fit). */
  maxSide?: number;
}

/** The PDF opened once (in this thread's turn), `work` asking it what it needs, then closed. */
export function withPdfPages<T>(
  bytes: Uint8Array,
  password: string | undefined,
  work: (pdf: PdfPages) => Promise<T>,
): Promise<T> {
  return withDocument(bytes, password, (doc) =>
    work({
      text: () => textOf(doc),
      pixels: (region, options = {}) => pixelsOf(doc, region, options),
    }),
  );
}

async function textOf(doc: PdfDocument): Promise<PdfText> {
  const parts: string[] = [];
  for (let p = 1; p <= Math.min(doc.numPages, MAX_PAGES); p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) {
      if ('str' in item) parts.push(item.str + (item.hasEOL ? '\n' : ' '));
    }
    parts.push('\n');
  }
  return { pages: doc.numPages, text: parts.join('') };
}

/** Pages are rendered at this resolution unless the caller names another. */
const DEFAULT_DPI = 200;

async function pixelsOf(
  doc: PdfDocument,
  region: { from: number; to: number },
  { dpi = DEFAULT_DPI, maxSide }: RenderOptions,
): Promise<RawPixels> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const page = await doc.getPage(1);
  const points = page.getViewport({ scale: 1 });
  const fit = maxSide === undefined ? Infinity : maxSide / Math.max(points.width, points.height);
  const viewport = page.getViewport({ scale: Math.min(dpi / 72, fit) });
  const top = Math.floor(viewport.height * region.from);
  const height = Math.ceil(viewport.height * (region.to - region.from));
  const scan = await scanPagePixels(await import('pdfjs-dist/legacy/build/pdf.mjs'), page, viewport, {
    top,
    width: Math.ceil(viewport.width),
    height,
  });
  if (scan) return scan;
  const canvas = createCanvas(Math.ceil(viewport.width), height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, height);
  context.translate(0, -top);
  type RenderParameters = Parameters<typeof page.render>[0];
  await page.render({
    canvas: canvas as unknown as RenderParameters['canvas'],
    canvasContext: context as unknown as RenderParameters['canvasContext'],
    viewport,
  }).promise;
  // canvas.data() is a view of the canvas's native memory, which nothing keeps alive while sharp reads it
  // on its own threads: once the canvas is collected, sharp read freed memory (a SIGSEGV in the e2e harness).
  // A copy (≈ 15 MB for an A4 page at 200 dpi, a few ms) is the caller's own.
  return { data: Buffer.from(canvas.data()), width: canvas.width, height, channels: 4 };
}

/**
 * Fast deflate (sharp, compression level 1): the same pixels as the canvas's own PNG encoder, which took ≈ 0.25 s
 * of CPU per A4 page at 200 dpi on the batch's main thread (now ≈ 0.03 s). With the dpi it was rendered at: a PNG
 * from libvips otherwise states 1 pixel per mm (25 dpi), which tesseract rejects ("Invalid resolution 25 dpi") and
 * replaces with 70 dpi, not the page's real resolution.
 */
export function pngOf({ data, width, height, channels }: RawPixels, dpi = DEFAULT_DPI): Promise<Buffer> {
  return sharp(data, { raw: { width, height, channels } }).withMetadata({ density: dpi }).png({ compressionLevel: 1 }).toBuffer();
}

/** The text layer of the first pages (one open). */
export function pdfText(bytes: Uint8Array, password?: string): Promise<PdfText> {
  return withPdfPages(bytes, password, (pdf) => pdf.text());
}

/** One region of the first page as a PNG at `dpi` (default 200): `from`..`to` are fractions of the page height. */
export async function renderPageRegion(
  bytes: Uint8Array,
  region: { from: number; to: number },
  { password, dpi }: { dpi?: number; password?: string | undefined } = {},
): Promise<Buffer> {
  // Encoded after the document is closed: the next read's pdf.js need not wait for sharp.
  return pngOf(await renderPagePixels(bytes, region, { password, ...(dpi !== undefined ? { dpi } : {}) }), dpi);
}

/** The same region as RGBA pixels, for readers that decode anyway (the MRZ band search): no PNG in between. */
export function renderPagePixels(
  bytes: Uint8Array,
  region: { from: number; to: number },
  { password, ...options }: RenderOptions & { password?: string | undefined } = {},
): Promise<RawPixels> {
  return withPdfPages(bytes, password, (pdf) => pdf.pixels(region, options));
}
