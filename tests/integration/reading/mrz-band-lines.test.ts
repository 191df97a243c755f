import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findMrzBands, type MrzBand } from '../../../electron/reading/mrz-band';
import { renderPagePixels } from '../../../electron/reading/pdf-pages';
import { CORPUS } from '../../corpus';

/**
 * The band search hands its candidate lines over on demand, as grey pixels for the cells and as PNGs for OCR
 * (electron/reading/mrz-band.ts), and takes a page as bytes or as pixels (page-image.ts). Neither shortcut may change
 * what is read: the grey pixels are those of the PNG, a turned line is the same pixels reversed, and a page passed as
 * pixels gives the same lines as the same page passed as a PNG.
 */
const READING = join(import.meta.dirname, '..', '..', 'corpus', 'reading');

async function pngPixels(png: Buffer) {
  const { data, info } = await sharp(png).grayscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

async function expectSameLines(a: MrzBand[], b: MrzBand[]) {
  expect(a.length).toBe(b.length);
  for (const [i, band] of a.entries()) {
    for (const which of ['lines', 'flipped'] as const) {
      for (const k of [0, 1] as const) {
        const left = await band[which][k].gray();
        const right = await b[i]![which][k].gray();
        expect({ width: left.width, height: left.height }).toEqual({ width: right.width, height: right.height });
        expect(Buffer.compare(Buffer.from(left.data), Buffer.from(right.data))).toBe(0);
      }
    }
  }
}

describe('MRZ band lines', () => {
  it(
    'grey pixels are those of the PNG OCR reads, and a turned line is the same pixels reversed',
    { timeout: 60_000 },
    async () => {
      const bands = await findMrzBands(await readFile(join(READING, 'passports/ago-photo.jpg')));
      expect(bands.length).toBeGreaterThan(0);
      for (const band of bands) {
        for (const line of [...band.lines, ...band.flipped]) {
          const gray = await line.gray();
          const fromPng = await pngPixels(await line.png());
          expect({ width: gray.width, height: gray.height }).toEqual({ width: fromPng.width, height: fromPng.height });
          expect(Buffer.compare(Buffer.from(gray.data), Buffer.from(fromPng.data))).toBe(0);
        }
        const upright = await band.lines[0].gray();
        const turned = await band.flipped[1].gray();
        expect(Buffer.compare(Buffer.from(turned.data), Buffer.from(upright.data.slice().reverse()))).toBe(0);
      }
    },
  );

  it('a rendered page passed as pixels gives the lines it gives as a PNG', { timeout: 60_000 }, async () => {
    const page = await renderPagePixels(await readFile(join(CORPUS, 'scans/linn.pdf')), { from: 0, to: 1 });
    const png = await sharp(page.data, { raw: { width: page.width, height: page.height, channels: page.channels } })
      .png({ compressionLevel: 1 })
      .toBuffer();
    const fromPixels = await findMrzBands(page);
    expect(fromPixels.length).toBeGreaterThan(0);
    await expectSameLines(fromPixels, await findMrzBands(png));
  });
});
