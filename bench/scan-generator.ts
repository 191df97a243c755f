import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';

/**
 * Realistic test inputs made on the fly: A4 document scans at 300/600 dpi and 12-megapixel
 * phone photos of a printed page. Text is real rendered text (SVG → sharp), on tinted paper,
 * with scanner blur and sensor noise, so JPEG sizes and readability behave like real scans.
 * Deterministic (seeded noise), so repeated runs compare like with like.
 */

const A4_PT = { width: 595.28, height: 841.89 };

const WORDS = (
  'residence permit renewal application submitted according article law foreigners immigration agency ' +
  'certificate address tax number social security contract employment declaration signature date ' +
  'payment reference document passport validity registry municipal attestation income statement bank'
).split(' ');

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

export interface PageStyle {
  /** Adds a red letterhead, a blue stamp and a colour photo block. */
  colour: boolean;
  seed: number;
}

/** SVG of an A4 letter page in points (595×842), with real text lines. */
export function pageSvg(style: PageStyle): string {
  return pageLayout(style).svg;
}

/** The body text lines of a page, top to bottom (the benchmark's OCR truth until session 6). */
export function pageText(style: PageStyle): string[] {
  return pageLayout(style).body;
}

/**
 * Everything printed on the page as text, in reading order: the heading (the colour page's white
 * letterhead on red, the grey page's "DECLARAÇÃO N.º …"), the body lines, and the colour page's
 * stamp word. A legible copy shows all of it, so OCR of it is scored against all of it.
 */
export function pagePrintedText(style: PageStyle): string[] {
  const { heading, body, stamp, stampAfterLine } = pageLayout(style);
  // The stamp sits over the right end of a body line (tesseract reads it there, after that line's words).
  const lines = [...body];
  if (stamp) lines.splice(stampAfterLine + 1, 0, stamp);
  return [heading, ...lines];
}

/** The seed of the text layout a scanned page of `scanPixels` shows (pages share a few layouts). */
export function scanLayoutSeed(pageSeed: number): number {
  return (pageSeed % LAYOUTS) + 1;
}

/** Baseline of the stamp's word, in points from the top. */
const STAMP_Y = 705;

function pageLayout(style: PageStyle): {
  svg: string;
  body: string[];
  heading: string;
  stamp: string | null;
  stampAfterLine: number;
} {
  const rand = mulberry32(style.seed);
  const lines: string[] = [];
  const body: string[] = [];
  let stampAfterLine = -1;
  let stampDistance = Infinity;
  let y = style.colour ? 150 : 90;
  const heading = style.colour ? 'AGÊNCIA PARA A INTEGRAÇÃO' : `DECLARAÇÃO N.º ${1000 + Math.floor(rand() * 9000)}`;
  const stamp = style.colour ? 'CARIMBO' : null;
  const header = style.colour
    ? `<rect x="40" y="30" width="515" height="70" fill="#b3261e"/><text x="60" y="75" font-family="DejaVu Sans" font-weight="bold" font-size="26" fill="#fff">${heading}</text>`
    : `<text x="60" y="60" font-family="DejaVu Serif" font-weight="bold" font-size="18">${heading}</text>`;
  while (y < 760) {
    if (rand() < 0.12) {
      y += 10; // paragraph break
      continue;
    }
    const words: string[] = [];
    let length = 0;
    while (length < 78) {
      const w = WORDS[Math.floor(rand() * WORDS.length)]!;
      words.push(w);
      length += w.length + 1;
    }
    body.push(words.join(' '));
    if (Math.abs(y - STAMP_Y) < stampDistance) {
      stampDistance = Math.abs(y - STAMP_Y);
      stampAfterLine = body.length - 1;
    }
    lines.push(
      `<text x="60" y="${y}" font-family="DejaVu Serif" font-size="10.5" fill="#111">${escapeXml(words.join(' '))}</text>`,
    );
    y += 14;
  }
  const extras = style.colour
    ? `<circle cx="460" cy="700" r="55" fill="none" stroke="#1f3fbf" stroke-width="5" opacity="0.8"/>
       <text x="418" y="${STAMP_Y}" font-family="DejaVu Sans" font-weight="bold" font-size="15" fill="#1f3fbf" opacity="0.85">${stamp}</text>
       <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e0b080"/><stop offset="0.5" stop-color="#4080c0"/><stop offset="1" stop-color="#204020"/></linearGradient></defs>
       <rect x="380" y="160" width="160" height="120" fill="url(#g)"/>`
    : '';
  const signature = `<path d="M90 790 C 120 760, 150 810, 180 780 S 240 770, 260 790" stroke="#223" stroke-width="1.6" fill="none"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${A4_PT.width}" height="${A4_PT.height}" viewBox="0 0 ${A4_PT.width} ${A4_PT.height}">
<rect width="100%" height="100%" fill="#fff"/>${header}${lines.join('')}${extras}${signature}</svg>`;
  return { svg, body, heading, stamp, stampAfterLine };
}

// Text rendering (librsvg) takes seconds per 300-dpi page; pages of one document share a
// few layouts and differ by their noise, so rendered layouts are kept for the run.
const LAYOUTS = 3;
const rendered = new Map<string, Promise<{ data: Buffer; width: number; height: number }>>();

function renderLayout(colour: boolean, layout: number, dpi: number, blurSigma: number) {
  const key = `${colour}-${layout}-${dpi}-${blurSigma}`;
  let entry = rendered.get(key);
  if (!entry) {
    entry = sharp(Buffer.from(pageSvg({ colour, seed: layout + 1 })), { density: dpi })
      .flatten({ background: '#ffffff' })
      .removeAlpha()
      .blur(blurSigma)
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ data, width: info.width, height: info.height }));
    if (rendered.size > 6) rendered.clear();
    rendered.set(key, entry);
  }
  return entry;
}

/** Sum of three uniforms ≈ Gaussian; a table keeps the per-pixel loop cheap. */
const NOISE = (() => {
  const rand = mulberry32(99);
  return Float32Array.from({ length: 1 << 16 }, () => (rand() + rand() + rand() - 1.5) * 9);
})();

function addPaperAndNoise(data: Buffer, seed: number): void {
  const tint = [247 / 255, 243 / 255, 232 / 255]; // off-white recycled paper
  let state = (seed * 2654435761) >>> 0;
  for (let i = 0; i < data.length; i += 3) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const noise = NOISE[state >>> 16]!;
    const r = data[i]! * tint[0]! + noise;
    const g = data[i + 1]! * tint[1]! + noise;
    const b = data[i + 2]! * tint[2]! + noise;
    data[i] = r < 0 ? 0 : r > 255 ? 255 : r;
    data[i + 1] = g < 0 ? 0 : g > 255 ? 255 : g;
    data[i + 2] = b < 0 ? 0 : b > 255 ? 255 : b;
  }
}

/** Rendered page pixels at `dpi`, with paper tint, optics blur and sensor noise (RGB). */
export async function scanPixels(
  style: PageStyle,
  dpi: number,
  extraBlurSigma = 0,
): Promise<{ data: Buffer; width: number; height: number }> {
  // A scanner's optics soften edges by about a pixel; a shaken or out-of-focus scan by more.
  const sigma = Math.hypot(0.45 * (dpi / 300) + 0.3, extraBlurSigma);
  const base = await renderLayout(style.colour, scanLayoutSeed(style.seed) - 1, dpi, sigma);
  const data = Buffer.from(base.data);
  addPaperAndNoise(data, style.seed);
  return { data, width: base.width, height: base.height };
}

/** An empty sheet as a scanner sees it: tinted paper and sensor noise, nothing else. */
export async function blankScanJpeg(dpi: number, seed: number): Promise<Buffer> {
  const width = Math.round((A4_PT.width / 72) * dpi);
  const height = Math.round((A4_PT.height / 72) * dpi);
  const data = Buffer.alloc(width * height * 3, 255);
  addPaperAndNoise(data, seed);
  return sharp(data, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

export async function scanJpeg(style: PageStyle, dpi: number, quality: number, extraBlurSigma = 0): Promise<Buffer> {
  const px = await scanPixels(style, dpi, extraBlurSigma);
  return sharp(px.data, { raw: { width: px.width, height: px.height, channels: 3 } })
    .jpeg({ quality, chromaSubsampling: '4:4:4' })
    .toBuffer();
}

/** A scanned PDF: one full-page JPEG per page at A4, like a scanner's "PDF" button. */
export async function scannedPdf(
  pages: number,
  dpi: number,
  options: { colour: boolean; quality: number; seed?: number },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let p = 0; p < pages; p++) {
    const jpeg = await scanJpeg({ colour: options.colour, seed: (options.seed ?? 1) + p }, dpi, options.quality);
    const image = await doc.embedJpg(jpeg);
    const page = doc.addPage([A4_PT.width, A4_PT.height]);
    page.drawImage(image, { x: 0, y: 0, width: A4_PT.width, height: A4_PT.height });
  }
  return doc.save();
}

/**
 * A 12-megapixel (3024×4032) phone photo of a printed page lying on a table: the page a
 * little rotated, uneven light, a darker wooden background, sensor noise; JPEG like a phone's.
 */
export async function phonePhoto(seed: number): Promise<Buffer> {
  // Held upright over the page, as people do: a portrait 3024×4032 frame.
  const W = 3024;
  const H = 4032;
  const pageHeightPx = Math.round(H * 0.92);
  const dpi = (pageHeightPx / A4_PT.height) * 72;
  const pagePng = await sharp(Buffer.from(pageSvg({ colour: seed % 2 === 0, seed })), { density: dpi })
    .flatten({ background: '#ffffff' })
    .rotate(2.5 + (seed % 3), { background: { r: 120, g: 85, b: 55, alpha: 1 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
  const meta = await sharp(pagePng).metadata();
  const left = Math.round((W - (meta.width ?? 0)) / 2);
  const top = Math.round((H - (meta.height ?? 0)) / 2);
  const { data, info } = await sharp({ create: { width: W, height: H, channels: 3, background: { r: 120, g: 85, b: 55 } } })
    .composite([{ input: pagePng, left: Math.max(0, left), top: Math.max(0, top) }])
    .blur(0.8)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rand = mulberry32(seed * 13);
  for (let y = 0; y < info.height; y++) {
    // Light falls off towards one corner, as under a ceiling lamp.
    for (let x = 0; x < info.width; x++) {
      const light = 1 - 0.22 * ((x / info.width) * 0.6 + (y / info.height) * 0.4);
      const noise = (rand() + rand() - 1) * 10;
      const i = (y * info.width + x) * 3;
      data[i] = Math.max(0, Math.min(255, data[i]! * light * 0.98 + noise));
      data[i + 1] = Math.max(0, Math.min(255, data[i + 1]! * light * 0.96 + noise));
      data[i + 2] = Math.max(0, Math.min(255, data[i + 2]! * light * 0.9 + noise));
    }
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } })
    .jpeg({ quality: 92 })
    .toBuffer();
}

/** A PDF made from photos the way the app does it: each photo fitted on an A4 page. */
export async function photosPdf(photos: Buffer[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const jpeg of photos) {
    const image = await doc.embedJpg(jpeg);
    const landscape = image.width > image.height;
    const size: [number, number] = landscape ? [A4_PT.height, A4_PT.width] : [A4_PT.width, A4_PT.height];
    const page = doc.addPage(size);
    const scale = Math.min(size[0] / image.width, size[1] / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    page.drawImage(image, { x: (size[0] - w) / 2, y: (size[1] - h) / 2, width: w, height: h });
  }
  return doc.save();
}
