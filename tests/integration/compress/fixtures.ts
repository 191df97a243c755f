import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { blankScanJpeg, scanJpeg, scannedPdf } from '../../../bench/scan-generator';

/**
 * Generated inputs for the compress/validate tests. Rendering 300-dpi pages takes seconds,
 * so each fixture is written once to a temp folder and reused by every test file of the run
 * (the version in the folder name changes when the generator does).
 */
const DIR = join(tmpdir(), 'aima-prep-compress-fixtures-v2');

/** The read-only test corpus, beside the repository (as in CI). */
import { CORPUS } from '../../corpus';
export { CORPUS };

async function cached(name: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, name);
  if (existsSync(path)) return new Uint8Array(readFileSync(path));
  const bytes = await make();
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
  return bytes;
}

/** 10 A4 pages scanned in colour at 300 dpi, JPEG quality 92 (about 30 MB, like a scanner's "best"). */
export const tenPageColourScan = () =>
  cached('ten-page-colour-300.pdf', () => scannedPdf(10, 300, { colour: true, quality: 92 }));

/** One sharp 300-dpi page and the same page out of focus (Gaussian blur σ = 3 px at 300 dpi). */
export const sharpScan = () => cached('sharp-300.pdf', () => singleImagePdf(scanJpeg({ colour: false, seed: 5 }, 300, 90)));
export const blurredScan = () =>
  cached('blurred-300.pdf', () => singleImagePdf(scanJpeg({ colour: false, seed: 5 }, 300, 90, 3)));

/** Two pages: a text scan, then an empty sheet. */
export const scanWithBlankPage = () =>
  cached('with-blank-page.pdf', async () => {
    const doc = await PDFDocument.create();
    for (const jpeg of [await scanJpeg({ colour: false, seed: 6 }, 200, 85), await blankScanJpeg(200, 7)]) {
      const image = await doc.embedJpg(jpeg);
      doc.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
    }
    return doc.save();
  });

/** One 300-dpi image drawn full-page on page 1 and at half size on page 2. */
export const sharedImagePdf = () =>
  cached('shared-image.pdf', async () => {
    const doc = await PDFDocument.create();
    const image = await doc.embedJpg(await scanJpeg({ colour: true, seed: 8 }, 300, 90));
    doc.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
    doc.addPage([595.28, 841.89]).drawImage(image, { x: 100, y: 100, width: 297.64, height: 420.95 });
    return doc.save();
  });

/** A typed letter: text only, no images. */
export async function textOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (let p = 0; p < 3; p++) {
    const page = doc.addPage([595.28, 841.89]);
    for (let line = 0; line < 40; line++) {
      page.drawText(`Line ${line + 1} of page ${p + 1}: declaração de residência, número de contribuinte.`, {
        x: 60,
        y: 780 - line * 18,
        size: 11,
        font,
      });
    }
  }
  return doc.save();
}

async function singleImagePdf(jpegPromise: Promise<Buffer>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(await jpegPromise);
  doc.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return doc.save();
}

/** Count image XObjects actually stored in a PDF. */
export async function countImageObjects(bytes: Uint8Array): Promise<number> {
  const { PDFName, PDFStream } = await import('pdf-lib');
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return doc.context
    .enumerateIndirectObjects()
    .filter(([, obj]) => obj instanceof PDFStream && obj.dict.lookup(PDFName.of('Subtype')) === PDFName.of('Image')).length;
}

/** SSIM of each page of two PDFs rendered by poppler at `dpi` (grey), page by page. */
export async function renderedSsim(a: Uint8Array, b: Uint8Array, dpi = 75): Promise<number[]> {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
  const sharp = (await import('sharp')).default;
  const { ssim } = await import('ssim.js');
  const dir = mkdtempSync(join(tmpdir(), 'aima-ssim-'));
  try {
    const pages = async (bytes: Uint8Array, name: string) => {
      writeFileSync(join(dir, `${name}.pdf`), bytes);
      execFileSync('pdftoppm', ['-r', String(dpi), '-png', join(dir, `${name}.pdf`), join(dir, name)]);
      return readdirSync(dir)
        .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
        .sort()
        .map((f) => join(dir, f));
    };
    const [left, right] = [await pages(a, 'a'), await pages(b, 'b')];
    const scores: number[] = [];
    for (let i = 0; i < left.length; i++) {
      const ref = await sharp(left[i]!).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const other = await sharp(right[i]!)
        .resize(ref.info.width, ref.info.height, { fit: 'fill' })
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const image = (x: typeof ref) => ({ data: new Uint8ClampedArray(x.data), width: x.info.width, height: x.info.height });
      scores.push(ssim(image(ref), image(other)).mssim);
    }
    return scores;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A CMYK Photoshop JPEG as pdf-lib embeds it (DCT with Decode [1 0 1 0 1 0 1 0]), drawn at 320 dpi. */
export async function cmykJpegPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(readFileSync(join(CORPUS, 'images/baiona_cmyk.jpg')));
  doc.addPage([300, 300]).drawImage(image, { x: 10, y: 10, width: 144, height: 153 });
  return doc.save();
}

/**
 * A palette PNG wrapped by img2pdf: an Indexed colour space with Flate and a PNG predictor
 * (Debian's img2pdf, listed in .ci/apt-packages.txt).
 */
export async function palettePdfViaImg2pdf(): Promise<Uint8Array> {
  const { execFileSync } = await import('node:child_process');
  return cached('palette-img2pdf.pdf', async () => {
    const out = join(DIR, `palette-${process.pid}.pdf`);
    execFileSync('img2pdf', ['-o', out, join(CORPUS, 'images/baiona_palette.png')]);
    return new Uint8Array(readFileSync(out));
  });
}
