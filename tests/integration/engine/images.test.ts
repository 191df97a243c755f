import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp, { type Sharp } from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { detectKind } from '../../../electron/engine/detect';
import { decodeHeicOffThread, heicWorkersStarted, idleHeicWorker } from '../../../electron/engine/image/heic-worker';
import { imageToPdf } from '../../../electron/engine/image/images-to-pdf';
import type { SupportedKind } from '../../../shared/engine/inputs';
import type { ConvertedPage } from '../../../shared/engine/report';
import { corpusFile, imageDistance, pageSizes, renderPage, tempDir, writeTemp } from './helpers';

/**
 * Images become pages that look like the image, upright: each output page is
 * rendered by poppler (pdftoppm, independent of sharp and pdf-lib), the image
 * area is cut out and compared with the source decoded independently.
 */
const work = tempDir('images');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const RENDER_DPI = 36;
const heicDecode = createRequire(import.meta.url)('heic-decode') as (input: {
  buffer: Uint8Array;
}) => Promise<{ width: number; height: number; data: Uint8ClampedArray }>;

async function convertFile(path: string) {
  const bytes = readFileSync(path);
  const kind = detectKind(bytes) as SupportedKind;
  const result = await imageToPdf(bytes, kind, path);
  const pdfPath = writeTemp(work, `${path.split('/').pop()}.pdf`, result.bytes);
  return { ...result, pdfPath, sizes: await pageSizes(result.bytes) };
}

/** The image's area of a rendered page, from where the page plan put it. */
async function renderedImage(pdfPath: string, page: number, converted: ConvertedPage): Promise<Sharp> {
  const rendered = await renderPage(pdfPath, page, RENDER_DPI);
  const scale = rendered.width / converted.widthPt;
  // The image is centred on the page (fit-a4) or fills it (stated dpi, paper size).
  const drawnWidth = (converted.widthPx / converted.dpi) * 72 * scale;
  const drawnHeight = (converted.heightPx / converted.dpi) * 72 * scale;
  const left = Math.round((rendered.width - drawnWidth) / 2);
  const top = Math.round((rendered.height - drawnHeight) / 2);
  return sharp(rendered.data, { raw: { width: rendered.width, height: rendered.height, channels: 3 } }).extract({
    left: left + 1,
    top: top + 1,
    width: Math.max(1, Math.floor(drawnWidth) - 2),
    height: Math.max(1, Math.floor(drawnHeight) - 2),
  });
}

const rgbImage = (data: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: 1 | 3 | 4) =>
  sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels } });

describe('images become upright, faithful pages', () => {
  it('EXIF-rotated JPEG (Orientation 6): a portrait page showing the image turned upright', async () => {
    const source = corpusFile('images/exif_orientation_6.jpg');
    const meta = await sharp(source).metadata();
    expect(meta.width).toBeGreaterThan(meta.height!); // stored landscape
    const out = await convertFile(source);
    expect(out.sizes).toHaveLength(1);
    expect(out.sizes[0]!.height).toBeGreaterThan(out.sizes[0]!.width); // shown portrait
    expect(out.pages[0]!.rotatedByExif).toBe(true);
    const page = await renderedImage(out.pdfPath, 1, out.pages[0]!);
    const upright = await imageDistance(page.clone(), sharp(source).autoOrient());
    const upsideDown = await imageDistance(page.clone(), sharp(source).autoOrient().rotate(180));
    expect(upright).toBeLessThan(20);
    expect(upsideDown).toBeGreaterThan(upright * 2);
  });

  it('CMYK JPEG: colours converted, not inverted (compared with the same picture as a PNG)', async () => {
    const out = await convertFile(corpusFile('images/baiona_cmyk.jpg'));
    expect(out.pages[0]!.sourceColourSpace).toBe('cmyk');
    const page = await renderedImage(out.pdfPath, 1, out.pages[0]!);
    const reference = sharp(corpusFile('images/baiona_palette.png'));
    const distance = await imageDistance(page.clone(), reference.clone());
    const toInverted = await imageDistance(page.clone(), reference.clone().negate());
    expect(distance).toBeLessThan(20);
    expect(toInverted).toBeGreaterThan(100);
  });

  it('PNG with alpha: transparent areas become white, opaque ones keep their colour', async () => {
    // The corpus PNG's alpha is opaque everywhere, so a half-transparent image is made here too.
    const width = 400;
    const height = 300;
    const pixels = Buffer.alloc(width * height * 4);
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const i = (y * width + x) * 4;
        pixels.set([200, 20, 20, x < width / 2 ? 255 : 0], i); // left opaque red, right transparent (red underneath)
      }
    }
    const path = writeTemp(
      work,
      'half-transparent.png',
      await sharp(pixels, { raw: { width, height, channels: 4 } })
        .png()
        .toBuffer(),
    );
    const out = await convertFile(path);
    expect(out.pages[0]!.alphaFlattened).toBe(true);
    const { data, info } = await (await renderedImage(out.pdfPath, 1, out.pages[0]!)).raw().toBuffer({ resolveWithObject: true });
    const at = (fx: number, fy: number) => {
      const i = (Math.floor(fy * info.height) * info.width + Math.floor(fx * info.width)) * 3;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    };
    const [r1, g1, b1] = at(0.25, 0.5);
    expect(r1).toBeGreaterThan(170);
    expect(g1).toBeLessThan(60);
    expect(b1).toBeLessThan(60);
    expect(at(0.75, 0.5).every((value) => value >= 245)).toBe(true);

    const corpus = await convertFile(corpusFile('images/baiona_alpha.png'));
    const page = await renderedImage(corpus.pdfPath, 1, corpus.pages[0]!);
    expect(
      await imageDistance(page, sharp(corpusFile('images/baiona_alpha.png')).flatten({ background: '#ffffff' })),
    ).toBeLessThan(20);
  });

  it('HEIC photo: decoded (HEVC), landscape A4 page matching the picture', async () => {
    const source = corpusFile('images/example.heic');
    const out = await convertFile(source);
    expect(out.sizes).toHaveLength(1);
    expect(out.sizes[0]!.width).toBeCloseTo(841.89, 0);
    expect(out.sizes[0]!.height).toBeCloseTo(595.28, 0);
    const decoded = await heicDecode({ buffer: readFileSync(source) });
    const page = await renderedImage(out.pdfPath, 1, out.pages[0]!);
    const reference = rgbImage(decoded.data, decoded.width, decoded.height, 4);
    const distance = await imageDistance(page.clone(), reference.clone());
    expect(distance).toBeLessThan(20);
    expect(await imageDistance(page.clone(), reference.clone().rotate(180))).toBeGreaterThan(distance * 1.5);
  });

  it('HEIC decoding runs off the calling thread (the main process of the app keeps answering)', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const started = performance.now();
    const decoded = await decodeHeicOffThread(readFileSync(corpusFile('images/example.heic')));
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect([decoded.width, decoded.height]).toEqual([1280, 854]);
    // A synchronous decode would let the timer fire at most once or twice.
    expect(ticks).toBeGreaterThan(Math.min(10, elapsed / 50));
    await expect(decodeHeicOffThread(readFileSync(corpusFile('broken/corrupt.heic')))).rejects.toThrow(/not a HEIC/);
  });

  it('one HEIC worker decodes photo after photo, each the same; after a failed decode a fresh one starts', async () => {
    const photo = readFileSync(corpusFile('images/example.heic'));
    const first = await decodeHeicOffThread(photo);
    const worker = idleHeicWorker();
    expect(worker).not.toBeNull();
    const second = await decodeHeicOffThread(photo);
    expect(idleHeicWorker()).toBe(worker);
    expect(Buffer.from(second.data).equals(Buffer.from(first.data))).toBe(true);
    // The caller's bytes are copied, never moved to the worker.
    expect(photo.byteLength).toBeGreaterThan(1000);
    await expect(decodeHeicOffThread(readFileSync(corpusFile('broken/corrupt.heic')))).rejects.toThrow(/not a HEIC/);
    expect(idleHeicWorker()).toBeNull();
    const third = await decodeHeicOffThread(photo);
    expect(Buffer.from(third.data).equals(Buffer.from(first.data))).toBe(true);
    expect(idleHeicWorker()).not.toBe(worker);
  });

  it('photos asked for at once wait for the one HEIC worker instead of each starting one', async () => {
    // The batch's main thread reads several clients' passports at a time: each used to start a worker of its own.
    const photo = readFileSync(corpusFile('images/example.heic'));
    const reference = Buffer.from((await decodeHeicOffThread(photo)).data);
    const before = heicWorkersStarted();
    const all = await Promise.all(Array.from({ length: 4 }, () => decodeHeicOffThread(photo)));
    for (const decoded of all) expect(Buffer.from(decoded.data).equals(reference)).toBe(true);
    // The idle worker from the first photo serves all four (one start at most, should it have ended meanwhile).
    expect(heicWorkersStarted() - before).toBeLessThanOrEqual(1);
  });

  it('HEIC with alpha: transparent pixels (black underneath) are white on the page', async () => {
    const source = corpusFile('images/with-alpha-512x512.heic');
    const out = await convertFile(source);
    expect(out.pages[0]!.alphaFlattened).toBe(true);
    const decoded = await heicDecode({ buffer: readFileSync(source) });
    const page = await (await renderedImage(out.pdfPath, 1, out.pages[0]!)).raw().toBuffer({ resolveWithObject: true });
    // Every rendered pixel whose source area is fully transparent must be (near) white.
    let transparentChecked = 0;
    let notWhite = 0;
    for (let y = 0; y < page.info.height; y += 1) {
      for (let x = 0; x < page.info.width; x += 1) {
        const sx = Math.floor(((x + 0.5) / page.info.width) * decoded.width);
        const sy = Math.floor(((y + 0.5) / page.info.height) * decoded.height);
        let allTransparent = true;
        for (let dy = -4; dy <= 4 && allTransparent; dy += 1) {
          for (let dx = -4; dx <= 4 && allTransparent; dx += 1) {
            const px = Math.min(decoded.width - 1, Math.max(0, sx + dx));
            const py = Math.min(decoded.height - 1, Math.max(0, sy + dy));
            if (decoded.data[(py * decoded.width + px) * 4 + 3] !== 0) allTransparent = false;
          }
        }
        if (!allTransparent) continue;
        transparentChecked += 1;
        const i = (y * page.info.width + x) * 3;
        if (Math.min(page.data[i]!, page.data[i + 1]!, page.data[i + 2]!) < 240) notWhite += 1;
      }
    }
    expect(transparentChecked).toBeGreaterThan(100);
    expect(notWhite).toBe(0);
  });

  it('multi-page TIFF: each of the 3 pages becomes an A4 page (400 dpi stated) showing that page', async () => {
    const source = corpusFile('images/g4-multi.tiff');
    const out = await convertFile(source);
    expect(out.sizes).toHaveLength(3);
    for (const size of out.sizes) {
      expect(size.width).toBeCloseTo(595.3, 0);
      expect(size.height).toBeCloseTo(841.9, 0);
    }
    // The pages are blank but for a small label at the same place, different on each page:
    // compare that area of each rendered page with the same area of every source page.
    const ink = await sharp(source, { page: 0 })
      .trim({ background: '#ffffff', threshold: 10 })
      .toBuffer({ resolveWithObject: true });
    const area = {
      left: -ink.info.trimOffsetLeft!,
      top: -ink.info.trimOffsetTop!,
      width: ink.info.width,
      height: ink.info.height,
    };
    const dpi = 200;
    const scale = dpi / 400;
    const scaled = {
      left: Math.round(area.left * scale),
      top: Math.round(area.top * scale),
      width: Math.round(area.width * scale),
      height: Math.round(area.height * scale),
    };
    const sourceArea = (n: number) => sharp(source, { page: n }).extract(area);
    for (let n = 0; n < 3; n += 1) {
      const rendered = await renderPage(out.pdfPath, n + 1, dpi, scaled);
      const label = sharp(rendered.data, { raw: { width: rendered.width, height: rendered.height, channels: 3 } });
      const distances = await Promise.all([0, 1, 2].map(async (other) => imageDistance(label.clone(), sourceArea(other), 32)));
      expect(distances[n], `page ${n + 1}`).toBeLessThan(40);
      expect(Math.min(...distances.filter((_d, other) => other !== n)), `page ${n + 1} differs from the others`).toBeGreaterThan(
        distances[n]!,
      );
    }
    expect(out.pages.map((page) => page.sourceColourSpace)).toEqual(['b-w', 'b-w', 'b-w']);
  });

  it('16-bit PNG: converted to 8-bit with the same picture, at its stated 300 dpi', async () => {
    const source = corpusFile('images/sample_16bit.png');
    const out = await convertFile(source);
    expect(out.pages[0]!.sourceColourSpace).toBe('rgb16');
    expect(out.pages[0]!.sizing).toBe('stated-dpi');
    expect(out.sizes[0]!.width).toBeCloseTo((290 / 300) * 72, 0);
    const page = await renderPage(out.pdfPath, 1, 300);
    const rendered = sharp(page.data, { raw: { width: page.width, height: page.height, channels: 3 } });
    expect(await imageDistance(rendered, sharp(source))).toBeLessThan(12);
  });

  it('animated GIF: the first frame, with a warning naming the frame count', async () => {
    const out = await convertFile(corpusFile('images/cogs_animated.gif'));
    expect(out.sizes).toHaveLength(1);
    expect(out.warnings).toEqual([expect.objectContaining({ code: 'IMAGE_FIRST_FRAME_ONLY', params: { frames: 5 } })]);
  });

  it('a document scan without DPI whose pixels are Letter at 300 dpi becomes a Letter page', async () => {
    const out = await convertFile(corpusFile('scans/linn.png'));
    expect(out.pages[0]!.sizing).toBe('paper-size');
    expect(out.sizes[0]).toEqual({ width: 612, height: 792 });
  });
});
