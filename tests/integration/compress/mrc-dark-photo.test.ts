import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { pageSvg } from '../../../bench/scan-generator';
import { clearPictureAreas } from '../../../electron/engine/compress/bilevel';
import { compressPdf } from '../../../electron/engine/compress';

/**
 * A mixed page (typed text, a blue stamp) with a dark photo glued on it: the photo belongs to the MRC
 * colour layer. Before, the adaptive threshold also took the photo's dark parts for text, and the
 * 1-bit layer painted them as black blobs over it. Measured on the page as poppler renders it.
 */

const work = mkdtempSync(join(tmpdir(), 'aima-mrc-photo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DPI = 300;
const A4 = { width: 595.28, height: 841.89 };
/** Where the photo is, in points from the top-left. */
const PHOTO = { x: 380, y: 170, width: 150, height: 190 };
const RENDER_DPI = 100;

/** A dark portrait-like photo: a dark jacket and hair, a mid-tone face, a muted background, sensor noise. */
async function darkPhoto(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#3a3f48"/>
    <ellipse cx="${width / 2}" cy="${height * 0.38}" rx="${width * 0.22}" ry="${height * 0.2}" fill="#8a6a55"/>
    <ellipse cx="${width / 2}" cy="${height * 0.24}" rx="${width * 0.25}" ry="${height * 0.12}" fill="#1c1816"/>
    <rect x="${width * 0.12}" y="${height * 0.62}" width="${width * 0.76}" height="${height * 0.38}" rx="${width * 0.1}" fill="#15171c"/>
  </svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().blur(1.5).raw().toBuffer({ resolveWithObject: true });
  let state = 7;
  for (let i = 0; i < data.length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    data[i] = Math.max(0, Math.min(255, data[i]! + ((state >>> 24) - 128) / 10));
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } })
    .png()
    .toBuffer();
}

async function scanWithPhoto(): Promise<{ jpeg: Buffer; photo: Buffer }> {
  const px = (pt: number) => Math.round((pt / 72) * DPI);
  const photo = await darkPhoto(px(PHOTO.width), px(PHOTO.height));
  const stamp = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${px(130)}" height="${px(130)}">
    <circle cx="${px(65)}" cy="${px(65)}" r="${px(55)}" fill="none" stroke="#1f3fbf" stroke-width="${px(5)}"/></svg>`);
  const page = await sharp(Buffer.from(pageSvg({ colour: false, seed: 4 })), { density: DPI })
    .flatten({ background: '#ffffff' })
    .composite([
      { input: photo, left: px(PHOTO.x), top: px(PHOTO.y) },
      { input: stamp, left: px(400), top: px(640) },
    ])
    .removeAlpha()
    .jpeg({ quality: 92, chromaSubsampling: '4:4:4' })
    .toBuffer();
  return { jpeg: page, photo };
}

async function onePagePdf(jpeg: Buffer): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(jpeg);
  doc.addPage([A4.width, A4.height]).drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height });
  return doc.save();
}

/** The photo's area of a page rendered by poppler, as grey, next to the same area of the original. */
async function photoArea(pdf: Uint8Array, name: string): Promise<{ data: Buffer; width: number; height: number }> {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  const s = RENDER_DPI / 72;
  // Inset by 3 pt: the photo's own edge is blurred in both.
  const crop = [PHOTO.x + 3, PHOTO.y + 3, PHOTO.width - 6, PHOTO.height - 6].map((v) => Math.round(v * s));
  const png = execFileSync('pdftoppm', [
    '-r',
    String(RENDER_DPI),
    '-x',
    String(crop[0]),
    '-y',
    String(crop[1]),
    '-W',
    String(crop[2]),
    '-H',
    String(crop[3]),
    '-png',
    '-singlefile',
    file,
  ]);
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('MRC with a dark photo on a mixed page', () => {
  it('keeps the photo in the colour layer instead of painting it as black 1-bit blobs', async () => {
    const { jpeg } = await scanWithPhoto();
    const input = await onePagePdf(jpeg);
    const result = await compressPdf(input, { limitBytes: 1_000_000 });
    const image = result.report.images[0]!;
    expect(image).toMatchObject({ pageClass: 'mixed', encoding: 'mrc' });

    const original = await photoArea(input, 'original');
    const output = await photoArea(result.bytes, 'output');
    expect(output.width).toBe(original.width);
    let error = 0;
    let blobs = 0;
    for (let i = 0; i < original.data.length; i++) {
      error += Math.abs(output.data[i]! - original.data[i]!);
      // A blob: painted as ink (near black) where the photo is visibly lighter.
      if (output.data[i]! < 35 && original.data[i]! - output.data[i]! > 25) blobs++;
    }
    const meanError = error / original.data.length;
    const blobShare = blobs / original.data.length;
    console.log(`photo area: mean |error| ${meanError.toFixed(1)} grey levels, blob pixels ${(blobShare * 100).toFixed(2)} %`);
    expect(blobShare).toBeLessThan(0.005);
    expect(meanError).toBeLessThan(12);
  }, 120_000);

  it('leaves text alone: only large solid areas are pictures', () => {
    const width = 1600;
    const height = 400;
    const bits = Buffer.alloc(width * height, 255);
    // Text-like: 3-px strokes every 8 px (37 % ink), over a wide band.
    for (let y = 0; y < 200; y++) for (let x = 0; x < width; x++) if (x % 8 < 3) bits[y * width + x] = 0;
    // A solid 200×150 dark area (a photo at 300 dpi: 17 × 13 mm).
    for (let y = 220; y < 370; y++) for (let x = 100; x < 300; x++) bits[y * width + x] = 0;
    const textInk = 200 * width * (3 / 8);
    const cleared = clearPictureAreas(bits, width, height);
    expect(cleared).toBe(200 * 150);
    let left = 0;
    for (let i = 0; i < bits.length; i++) if (bits[i] === 0) left++;
    expect(left).toBe(textInk);
  });
});
