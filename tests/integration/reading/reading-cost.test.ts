import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDecodeBudget } from '../../../electron/engine/pdf/decode-budget';
import { closeOcr } from '../../../electron/reading/ocr';
import { renderPageRegion } from '../../../electron/reading/pdf-pages';
import { readDocument } from '../../../electron/reading/read-document';
import { greyOf, greyPng, splitGreyAtGap } from '../../../electron/reading/split-at-gap';
import type { GrayImage } from '../../../shared/reading/mrz-glyphs';
import { titleCandidateLines } from '../../../electron/reading/title-lines';
import { CORPUS } from '../../corpus';

/**
 * What a read costs in OCR calls (issue 16's batch budget): a page with no MRZ is rejected before OCR; a scan
 * in a certificate's category that is no certificate costs one OCR of its title strip; a real certificate is
 * still read whole (the fields in the manifest). The OCR module is wrapped to count its calls, not replaced.
 */
const calls = vi.hoisted(() => ({ recognize: 0, recognizeWithSymbols: 0 }));
vi.mock('../../../electron/reading/ocr', async (importOriginal) => {
  const ocr = await importOriginal<typeof import('../../../electron/reading/ocr')>();
  return {
    ...ocr,
    recognize: (...args: Parameters<typeof ocr.recognize>) => {
      calls.recognize += 1;
      return ocr.recognize(...args);
    },
    recognizeWithSymbols: (...args: Parameters<typeof ocr.recognizeWithSymbols>) => {
      calls.recognizeWithSymbols += 1;
      return ocr.recognizeWithSymbols(...args);
    },
  };
});

const READING = join(import.meta.dirname, '..', '..', 'corpus', 'reading');
const TODAY = '2026-12-01';
const manifest: { path: string; kind: string; expect: Record<string, unknown> }[] = JSON.parse(
  await readFile(join(READING, 'manifest.json'), 'utf8'),
);
const expected = (path: string) => {
  const { textLayer: _, ...fields } = manifest.find((e) => e.path === path)!.expect;
  return fields;
};

beforeEach(() => {
  calls.recognize = 0;
  calls.recognizeWithSymbols = 0;
});
afterAll(() => closeOcr());

describe('reading cost', () => {
  it('a typed page read as a passport is "no MRZ" without any OCR', { timeout: 120_000 }, async () => {
    for (const file of ['scans/linn.pdf', 'scans/ccitt.pdf']) {
      const reading = await readDocument(join(CORPUS, file), { today: TODAY, checkPdf: checkDecodeBudget, purpose: 'passport' });
      expect(reading.mrz, file).toBeNull();
    }
    expect(calls).toEqual({ recognize: 0, recognizeWithSymbols: 0 });
  });

  it('a scan that is no certificate, read as one, costs one OCR of its title strip', { timeout: 120_000 }, async () => {
    for (const file of ['scans/ccitt.pdf', 'scans/epson.pdf']) {
      calls.recognize = 0;
      const reading = await readDocument(join(CORPUS, file), {
        today: TODAY,
        checkPdf: checkDecodeBudget,
        purpose: 'certificate',
      });
      expect(reading.certificate, file).toBeNull();
      expect(calls.recognize, file).toBe(1);
    }
  });

  it(
    'a scanned certificate, PDF or photo, is still read whole: title strip, then the rest of its header',
    { timeout: 180_000 },
    async () => {
      for (const path of ['certificates/financas-scan.pdf', 'certificates/seguranca-social-scan.pdf']) {
        calls.recognize = 0;
        const reading = await readDocument(join(READING, path), {
          today: TODAY,
          checkPdf: checkDecodeBudget,
          purpose: 'certificate',
        });
        expect(reading.certificate, path).toEqual(expected(path));
        expect(calls.recognize, path).toBe(2);
      }
      // The Finanças certificate photographed flat, as a JPEG at 200 dpi.
      const folder = await mkdtemp(join(tmpdir(), 'aima-reading-cost-'));
      try {
        const page = await renderPageRegion(await readFile(join(READING, 'certificates/financas-scan.pdf')), { from: 0, to: 1 });
        const photo = join(folder, 'certidao.jpg');
        await writeFile(photo, await sharp(page).jpeg({ quality: 90 }).toBuffer());
        const reading = await readDocument(photo, { today: TODAY, checkPdf: checkDecodeBudget, purpose: 'certificate' });
        expect(reading.certificate).toEqual(expected('certificates/financas-scan.pdf'));
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  );
});

describe('splitGreyAtGap', () => {
  it('cuts between two lines of text, never through one, and keeps the resolution', async () => {
    // Lines of ink 30 px high every 50 px (rows 10–39, 60–89, …) on a 400 px page; asked to cut at 100 px (a line's top).
    const width = 300;
    const height = 400;
    const pixels = Buffer.alloc(width * height, 255);
    for (let y = 0; y < height; y++) if (y % 50 >= 10 && y % 50 < 40) pixels.fill(20, y * width + 20, y * width + 280);
    const png = await sharp(pixels, { raw: { width, height, channels: 1 } })
      .png()
      .toBuffer();
    const [above, below] = splitGreyAtGap(await greyOf(png), 0.25);
    const [top, bottom] = [await greyPng(above, 150), await greyPng(below, 150)];
    const a = await sharp(top).metadata();
    const b = await sharp(bottom).metadata();
    expect(a.height! + b.height!).toBe(height);
    // The cut lies in the white gap 90–109, nearest 100.
    expect(a.height).toBeGreaterThanOrEqual(90);
    expect(a.height).toBeLessThanOrEqual(110);
    expect(a.density).toBe(150);
    expect(b.density).toBe(150);
  });
});

describe('titleCandidateLines', () => {
  /** A strip 1240 px wide: `lines` as black bars [top, height, width]. */
  const strip = async (lines: [number, number, number][]): Promise<GrayImage> => {
    const width = 1240;
    const height = 300;
    const pixels = Buffer.alloc(width * height, 240);
    for (const [top, rows, length] of lines)
      for (let y = top; y < top + rows; y++) pixels.fill(10, y * width + 100, y * width + 100 + length);
    // The grey pixels reading hands over (read-document.ts), as a PNG decoded by sharp would give them.
    return greyOf(
      await sharp(pixels, { raw: { width, height, channels: 1 } })
        .png()
        .toBuffer(),
    );
  };
  const inkedRows = async (png: Buffer) => {
    const { data, info } = await sharp(png).grayscale().raw().toBuffer({ resolveWithObject: true });
    let rows = 0;
    for (let y = 0; y < info.height; y++) if (data.subarray(y * info.width, (y + 1) * info.width).some((v) => v < 100)) rows += 1;
    return rows;
  };

  it('keeps a short title and a large line, leaves out a paragraph of long lines (even touching ones)', async () => {
    // A title 400 px wide, a large line 900 px wide (set larger than the body), then four body lines 1,100 px wide
    // 2 px apart (a tight paragraph, which the row profile first sees as one run).
    const png = await strip([
      [20, 16, 400],
      [60, 30, 900],
      [120, 16, 1100],
      [138, 16, 1100],
      [156, 16, 1100],
      [174, 16, 700],
    ]);
    const kept = await titleCandidateLines(png, 150);
    expect(kept).not.toBeNull();
    // The title's 16 rows, the large line's 30 and the paragraph's short last line's 16; none of the long body lines.
    expect(await inkedRows(kept!)).toBe(16 + 30 + 16);
    expect((await sharp(kept!).metadata()).density).toBe(150);
  });

  it('reads rows taller than one line of body text can be (lines run together on an askew page)', async () => {
    // A short line, then two long rows 45 px high: at 150 dpi no single line of body text is that tall (0.27 in = 40 px).
    expect(
      await titleCandidateLines(
        await strip([
          [20, 16, 300],
          [60, 45, 1100],
          [120, 45, 1100],
        ]),
        150,
      ),
    ).toBeNull();
  });

  it("is null when no line would be left out (a certificate's short lines are read whole, as before)", async () => {
    expect(
      await titleCandidateLines(
        await strip([
          [20, 16, 400],
          [60, 16, 500],
          [100, 16, 300],
        ]),
        150,
      ),
    ).toBeNull();
  });
});
