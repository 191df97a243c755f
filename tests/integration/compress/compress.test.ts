import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compressPdf } from '../../../electron/engine/compress';
import { compressResultSchema } from '../../../shared/engine/compression';
import { validatePdf } from '../../../electron/engine/validate';
import { sanitizePdf } from '../../../electron/engine/sanitize';
import {
  CORPUS,
  cmykJpegPdf,
  countImageObjects,
  palettePdfViaImg2pdf,
  renderedSsim,
  sharedImagePdf,
  sharpScan,
  tenPageColourScan,
  textOnlyPdf,
} from './fixtures';

const MB = 1024 * 1024;

describe('compressPdf', () => {
  it('brings a 10-page 300-dpi colour scan over 20 MB under 4 MB, every page still ≥ 150 dpi', async () => {
    const input = await tenPageColourScan();
    expect(input.length).toBeGreaterThan(20 * MB);

    const progress: number[] = [];
    const result = await compressPdf(input, { limitBytes: 4 * MB, onProgress: (done) => progress.push(done) });
    compressResultSchema.parse(result);

    expect(result.report.fitsLimit).toBe(true);
    expect(result.bytes.length).toBeLessThan(4 * MB);
    expect(result.report.bytesAfter).toBe(result.bytes.length);
    expect(result.report.pages).toHaveLength(10);
    for (const page of result.report.pages) expect(page.minDpi).toBeGreaterThanOrEqual(150);
    expect(result.report.images.every((i) => i.action === 'recompressed')).toBe(true);
    expect(progress).toContain(10);

    // The output itself, read back independently: 10 pages, images of 150 dpi on A4.
    const check = await validatePdf((await sanitizePdf(result.bytes)).bytes, { limitBytes: 4 * MB });
    expect(check.pageCount).toBe(10);
    expect(check.verdict).toBe('ready');
    for (const page of check.pages) expect(page.images[0]!.dpi).toBeGreaterThanOrEqual(150);
  }, 180_000); // text pages become MRC (classify, threshold, G4): ~16 s alone, minutes on a loaded 2-core machine

  it('leaves a text-only PDF exactly as it is', async () => {
    const input = await textOnlyPdf();
    const result = await compressPdf(input, { limitBytes: 4 * MB });
    expect(result.report.outcome).toBe('kept-original');
    expect(Buffer.from(result.bytes).equals(Buffer.from(input))).toBe(true);
    expect(result.report.images).toEqual([]);
  });

  it('re-encodes an image drawn on two pages once, at the resolution of its largest draw', async () => {
    const input = await sharedImagePdf();
    const progress: [number, number][] = [];
    const result = await compressPdf(input, { limitBytes: 4 * MB, onProgress: (d, t) => progress.push([d, t]) });

    expect(result.report.images).toHaveLength(1);
    const image = result.report.images[0]!;
    expect(image.pages).toEqual([1, 2]);
    expect(image.action).toBe('recompressed');
    expect(image.dpiBefore).toBeCloseTo(300, 0);
    expect(image.dpiAfter).toBeGreaterThanOrEqual(150);
    expect(progress).toEqual([[1, 1]]);
    // One image object, or one MRC pair (colour layer + text mask) when the page is text with colour.
    expect(await countImageObjects(result.bytes)).toBe(image.encoding === 'mrc' ? 2 : 1);
    // Page 2 draws it at half size, so there it is twice as dense.
    expect(result.report.pages[1]!.minDpi).toBeGreaterThanOrEqual(300);
    expect(result.bytes.length).toBeLessThan(input.length / 4);
  });

  it.each(['scans/ccitt.pdf', 'scans/jbig2.pdf', 'scans/cardinal.pdf', 'scans/epson.pdf'])(
    'passes the bilevel scan %s through untouched',
    async (file) => {
      const input = new Uint8Array(readFileSync(join(CORPUS, file)));
      const result = await compressPdf(input, { limitBytes: 4 * MB });
      expect(result.report.outcome).toBe('kept-original');
      expect(Buffer.from(result.bytes).equals(Buffer.from(input))).toBe(true);
      expect(result.report.images.length).toBeGreaterThan(0);
      expect(result.report.images.every((i) => i.action === 'skipped-bilevel')).toBe(true);
    },
  );

  it('shrinks the mixed corpus file (Flate, JPEG, ICC, a 9000×9000 image) and keeps its 6 pages', async () => {
    const input = new Uint8Array(readFileSync(join(CORPUS, 'scans/multipage.pdf')));
    // A limit it does not fit: a file that fits is only rewritten when that halves it (FITTING_GAIN).
    const result = await compressPdf(input, { limitBytes: input.length - 1 });
    expect(result.bytes.length).toBeLessThan(input.length);
    expect(result.report.pageCount).toBe(6);
    const check = await validatePdf(result.bytes, { limitBytes: 4 * MB });
    expect(check.parsers.pdfLib.ok && check.parsers.pdfjs.ok).toBe(true);
    expect(check.pageCount).toBe(6);
    const big = result.report.images.find((i) => i.widthPx === 9000)!;
    expect(big.action).toBe('recompressed');
    expect(big.dpiAfter).toBeGreaterThanOrEqual(150);
  }, 180_000);

  it('never returns something bigger than its input, even for an already compact scan', async () => {
    for (const file of ['scans/c02-22.pdf', 'scans/francais.pdf', 'scans/linn.pdf', 'scans/kcs.pdf']) {
      const input = new Uint8Array(readFileSync(join(CORPUS, file)));
      const result = await compressPdf(input, { limitBytes: 4 * MB });
      expect(result.bytes.length, file).toBeLessThanOrEqual(input.length);
    }
  });

  it('passes a JPEG scan already at 150 dpi through unchanged when it fits (no generation loss)', async () => {
    const input = new Uint8Array(readFileSync(join(CORPUS, 'scans/c02-22.pdf')));
    const result = await compressPdf(input, { limitBytes: 4 * MB });
    expect(result.report.outcome).toBe('kept-original');
    expect(result.report.images[0]).toMatchObject({ action: 'kept', reason: 'already-at-target' });
    expect(Buffer.from(result.bytes).equals(Buffer.from(input))).toBe(true);
    // Only when it does not fit is it re-encoded, at a lower quality.
    const tight = await compressPdf(input, { limitBytes: 150_000 });
    expect(tight.report.fitsLimit).toBe(true);
    expect(tight.report.images[0]!.action).toBe('recompressed');
  });

  it('keeps every page looking like the original (grey, colour, CMYK, palette with PNG predictor, ICC)', async () => {
    const inputs = [
      await sharpScan(),
      await sharedImagePdf(),
      await cmykJpegPdf(),
      await palettePdfViaImg2pdf(),
      new Uint8Array(readFileSync(join(CORPUS, 'scans/francais.pdf'))),
      new Uint8Array(readFileSync(join(CORPUS, 'scans/multipage.pdf'))),
    ];
    for (const input of inputs) {
      // A limit just under the input forces a rewrite: an image drawn small that already fits is
      // no longer shrunk (the effective-resolution floor), but any rewrite must still look the same.
      const result = await compressPdf(input, { limitBytes: Math.min(4 * MB, input.length - 1) });
      expect(result.report.outcome).toBe('compressed');
      const scores = await renderedSsim(input, result.bytes, 50);
      expect(scores.length).toBe(result.report.pageCount);
      for (const score of scores) expect(score).toBeGreaterThan(0.9);
    }
  }, 180_000);

  it('says so, with the options, when even the floor does not fit', async () => {
    const input = await sharedImagePdf();
    const result = await compressPdf(input, { limitBytes: 20_000 });
    expect(result.report.fitsLimit).toBe(false);
    // Only what the person can really do: no setting or splitting the app does not have.
    expect(result.report.options).toEqual(['remove-pages', 'rescan-black-and-white']);
    expect(result.report.messageKey).toBe('validation.compression.doesNotFit');
    // It walked the whole ladder down to the floor, and hands back the smallest version.
    const last = result.report.tried[result.report.tried.length - 1]!;
    expect(last.dpi).toBe(100);
    expect(result.bytes.length).toBe(Math.min(...result.report.tried.map((t) => t.bytes)));
    expect(result.report.images[0]!.dpiAfter).toBeGreaterThanOrEqual(100);
  });
});
