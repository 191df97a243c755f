import { sep } from 'node:path';
import sharp from 'sharp';
import { withDeadline } from '../common/deadline';
import { pdfjsWasmFolder } from '../common/resources';
import type { RawPixels } from './page-image';

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

/** Open the PDF with pdf.js, run `work` on it, destroy it; all within PDFJS_DEADLINE_MS. */
async function withDocument<T>(
  bytes: Uint8Array,
  password: string | undefined,
  work: (doc: PdfDocument) => Promise<T>,
): Promise<T> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
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
}

export async function pdfText(bytes: Uint8Array, password?: string): Promise<PdfText> {
  return withDocument(bytes, password, async (doc) => {
    const parts: string[] = [];
    for (let p = 1; p <= Math.min(doc.numPages, MAX_PAGES); p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      for (const item of content.items) {
        if ('str' in item) parts.push(item.str + (item.hasEOL ? '\n' : ' '));
      }
      parts.push('\n');
    }
    return { pages: doc.numPages, text: parts.join('') };
  });
}

/** Pages are rendered at this resolution unless the caller names another. */
const DEFAULT_DPI = 200;

/** One region of the first page as a PNG at `dpi` (default 200): `from`..`to` are fractions of the page height. */
export async function renderPageRegion(
  bytes: Uint8Array,
  region: { from: number; to: number },
  options: { dpi?: number; password?: string | undefined } = {},
): Promise<Buffer> {
  const { data, width, height, channels } = await renderPagePixels(bytes, region, options);
  // Fast deflate (sharp, compression level 1): the same pixels as the canvas's own PNG encoder, which took ≈ 0.25 s
  // of CPU per A4 page at 200 dpi on the batch's main thread (now ≈ 0.03 s). With the dpi it was rendered at: a PNG
  // from libvips otherwise states 1 pixel per mm (25 dpi), which tesseract rejects ("Invalid resolution 25 dpi") and
  // replaces with 70 dpi, not the page's real resolution.
  return sharp(data, { raw: { width, height, channels } })
    .withMetadata({ density: options.dpi ?? DEFAULT_DPI })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/** The same region as RGBA pixels, for readers that decode anyway (the MRZ band search): no PNG in between. */
export async function renderPagePixels(
  bytes: Uint8Array,
  region: { from: number; to: number },
  {
    dpi = DEFAULT_DPI,
    password,
    maxSide,
  }: {
    dpi?: number;
    password?: string | undefined;
    /** At most this many pixels on the page's long side (the dpi is lowered to fit). */
    maxSide?: number;
  } = {},
): Promise<RawPixels> {
  const { createCanvas } = await import('@napi-rs/canvas');
  return withDocument(bytes, password, async (doc) => {
    const page = await doc.getPage(1);
    const points = page.getViewport({ scale: 1 });
    const fit = maxSide === undefined ? Infinity : maxSide / Math.max(points.width, points.height);
    const viewport = page.getViewport({ scale: Math.min(dpi / 72, fit) });
    const top = Math.floor(viewport.height * region.from);
    const height = Math.ceil(viewport.height * (region.to - region.from));
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
  });
}
