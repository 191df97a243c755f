import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { FITTING_GAIN, compressPdf } from '../../../electron/engine/compress';
import { openPdf } from '../../../electron/engine/pdf/open-pdf';
import { prepareCase } from '../../../electron/engine/pipeline';
import { sanitizePdf } from '../../../electron/engine/sanitize';
import { validatePdf } from '../../../electron/engine/validate';
import { jpegDamage } from '../../../electron/engine/validate/jpeg-check';
import { CORPUS } from '../compress/fixtures';
import { tempDir } from '../engine/helpers';
import { manyPagesPdf } from './many-pages';

const MB = 1_000_000;
const work = tempDir('ready-earned');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A typewritten page scanned at 4000×2864 px. */
async function typewriterScan(): Promise<Buffer> {
  const lines = Array.from(
    { length: 40 },
    (_v, i) =>
      `<text x="120" y="${160 + i * 64}" font-family="monospace" font-size="44">Line ${i + 1}: residence permit renewal, article ${i + 75}.</text>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="2864"><rect width="100%" height="100%" fill="#f4f1e8"/>${lines}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/** One page drawing `jpeg` at `widthPt` points wide. */
async function pdfWithJpeg(jpeg: Uint8Array, widthPt: number, heightPt: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595, 842]);
  const image = await doc.embedJpg(jpeg);
  page.drawImage(image, { x: 40, y: 400, width: widthPt, height: heightPt });
  return doc.save();
}

/** A few hundred bytes of JPEG headers claiming 24000×24000 pixels, and a token of "data". */
function jpegClaiming(width: number, height: number): Uint8Array {
  const bytes: number[] = [0xff, 0xd8];
  bytes.push(0xff, 0xdb, 0x00, 0x43, 0x00, ...new Array<number>(64).fill(1));
  bytes.push(0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03);
  bytes.push(0x01, 0x11, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00);
  bytes.push(0xff, 0xc4, 0x00, 0x14, 0x00, 0x01, ...new Array<number>(15).fill(0), 0x00);
  bytes.push(0xff, 0xda, 0x00, 0x0c, 0x03, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x00, 0x3f, 0x00);
  bytes.push(...new Array<number>(140).fill(0x55), 0xff, 0xd9);
  return new Uint8Array(bytes);
}

describe('"ready" is earned', () => {
  it('a 4000-px typewriter scan drawn 5 cm wide (2400 dpi) is never shrunk below a full A4 page at the rung’s dpi', async () => {
    const input = await pdfWithJpeg(await typewriterScan(), 120, 86);
    // It fits: it may only be made smaller while it keeps what a full A4 page needs at 150 dpi.
    const fits = await compressPdf(input, { limitBytes: 4 * MB });
    for (const image of fits.report.images) {
      expect(Math.max(image.newWidthPx, image.newHeightPx)).toBeGreaterThanOrEqual(Math.floor((297 / 25.4) * 150));
    }
    // It does not fit: the ladder shrinks it, but not to the 250×179 px "150 dpi of its drawn size" gave.
    const tight = await compressPdf(input, { limitBytes: Math.floor(input.length / 3) });
    const image = tight.report.images[0]!;
    expect(image.action).toBe('recompressed');
    expect(Math.max(image.newWidthPx, image.newHeightPx)).toBeGreaterThanOrEqual(Math.floor((297 / 25.4) * 100));
  });

  it('a file that already fits is rewritten only when that at least halves it; otherwise it is kept byte for byte', async () => {
    /** A full A4 page of photo-like JPEG `widthPx` wide (169 dpi at 1400 px, 300 dpi at 2480 px). */
    const photoPage = async (widthPx: number, quality: number) => {
      const heightPx = Math.round((widthPx * 297) / 210);
      const jpeg = await sharp({
        create: {
          width: widthPx,
          height: heightPx,
          channels: 3,
          background: '#808080',
          noise: { type: 'gaussian', mean: 128, sigma: 40 },
        },
      })
        .blur(1.2)
        .jpeg({ quality })
        .toBuffer();
      return pdfWithJpeg(jpeg, 595, 842);
    };
    // 169 dpi: the first rung (150 dpi, quality 50) saves about 40 %: not worth a second JPEG generation.
    const modest = await photoPage(1400, 40);
    const kept = await compressPdf(modest, { limitBytes: 4 * MB, pageClasses: ['photo'] });
    expect(kept.report.tried[0]!.bytes).toBeGreaterThan(modest.length * FITTING_GAIN);
    expect(kept.report.tried[0]!.bytes).toBeLessThan(modest.length);
    expect(kept.report.outcome).toBe('kept-original');
    expect(Buffer.from(kept.bytes).equals(Buffer.from(modest))).toBe(true);
    expect(kept.report.images[0]).toMatchObject({ action: 'kept', reason: 'fits-small-gain' });
    // 300 dpi: the same rung leaves a fraction of the file, still at 150 dpi and a full A4 page's pixels.
    const large = await photoPage(2480, 50);
    const shrunk = await compressPdf(large, { limitBytes: 4 * MB, pageClasses: ['photo'] });
    expect(shrunk.bytes.length).toBeLessThanOrEqual(large.length * FITTING_GAIN);
    expect(shrunk.report.images[0]).toMatchObject({ action: 'recompressed' });
    expect(shrunk.report.images[0]!.dpiAfter).toBeGreaterThanOrEqual(150);
  });

  it('a JPEG of a few hundred bytes claiming 24000×24000 px is damaged, not ready, found quickly', async () => {
    const jpeg = jpegClaiming(24000, 24000);
    expect(jpeg.length).toBeLessThan(300);
    expect(jpegDamage(jpeg, 24000, 24000)).toMatch(/cannot hold/);
    const result = await validatePdf((await sanitizePdf(await pdfWithJpeg(jpeg, 500, 500))).bytes, { limitBytes: 4 * MB });
    expect(result.verdict).toBe('not-ready');
    expect(result.reasons.find((r) => r.code === 'IMAGE_DAMAGED')).toMatchObject({ severity: 'blocker', page: 1 });
  });

  it('a JPEG cut short inside a PDF is an error, and so is damaged Flate image data (pdf.js decodes every image)', async () => {
    const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#7a8899' } })
      .composite([
        { input: Buffer.from('<svg width="1200" height="900"><text x="50" y="400" font-size="120">PASSPORT</text></svg>') },
      ])
      .jpeg({ quality: 90 })
      .toBuffer();
    expect(jpegDamage(photo, 1200, 900)).toBeNull();
    const cut = photo.subarray(0, Math.floor(photo.length * 0.6));
    expect(jpegDamage(cut, 1200, 900)).toMatch(/ends before/);
    const truncated = await validatePdf((await sanitizePdf(await pdfWithJpeg(cut, 500, 375))).bytes, { limitBytes: 4 * MB });
    expect(truncated.reasons.map((r) => r.code)).toContain('IMAGE_DAMAGED');

    const doc = await PDFDocument.create({ updateMetadata: false });
    const page = doc.addPage([595, 842]);
    const garbage = doc.context.register(
      doc.context.stream(
        new Uint8Array(4000).map((_v, i) => (i * 7919) % 251),
        {
          Type: 'XObject',
          Subtype: 'Image',
          Width: 200,
          Height: 200,
          ColorSpace: 'DeviceGray',
          BitsPerComponent: 8,
          Filter: 'FlateDecode',
        },
      ),
    );
    page.node.newXObject('Im', garbage);
    page.pushOperators();
    const content = doc.context.register(doc.context.stream('q 400 0 0 400 100 300 cm /Im1 Do Q'));
    page.node.set(PDFName.of('Contents'), content);
    const resources = page.node.Resources()!;
    resources.set(PDFName.of('XObject'), doc.context.obj({ Im1: garbage }));
    const flate = await validatePdf(await doc.save(), { limitBytes: 4 * MB });
    expect(flate.reasons.map((r) => r.code)).toContain('IMAGE_DAMAGED');

    // The whole photo is fine.
    const whole = await validatePdf((await sanitizePdf(await pdfWithJpeg(photo, 500, 375))).bytes, { limitBytes: 4 * MB });
    expect(whole.reasons.map((r) => r.code)).not.toContain('IMAGE_DAMAGED');
  });

  it('JPEG 2000 and JBIG2 images decode with pdf.js’s own WebAssembly decoders, so a sound scan is not called damaged', async () => {
    // pdf.js bug-report file: a JBIG2 stencil and five JPX images on one page, AES-128 encrypted.
    const encrypted = new Uint8Array(readFileSync(join(CORPUS, 'encrypted/aes-128_R4_pw-ELXRTQWS.pdf')));
    const opened = await openPdf(encrypted, { file: 'certidao.pdf', password: 'ELXRTQWS' });
    const clean = await sanitizePdf(opened.bytes);
    const result = await validatePdf(clean.bytes, { limitBytes: 4_000_000 });
    expect(result.reasons.map((r) => r.code)).not.toContain('IMAGE_DAMAGED');
    expect(result.reasons.filter((r) => r.severity === 'blocker')).toEqual([]);
  }, 120_000);

  it('a 100,000-page PDF is refused with its own error', async () => {
    const path = join(work, 'pages-100k.pdf');
    writeFileSync(path, manyPagesPdf(100_000));
    const started = Date.now();
    const { report } = await prepareCase([{ categoryId: 'passport', items: [{ path }] }], {
      outputDir: join(work, 'out'),
      limitBytes: 4 * MB,
    });
    const input = report.categories[0]!.inputs[0]!;
    expect(input.status).toBe('error');
    expect(input.error).toMatchObject({
      code: 'PDF_TOO_MANY_PAGES',
      params: expect.objectContaining({ pages: 100_000, max: 2000 }),
    });
    // Not a timing assertion (bench:pages measures); logged so a regression is visible.
    console.info(`100k pages refused in ${Date.now() - started} ms`);
  }, 120_000);
});
