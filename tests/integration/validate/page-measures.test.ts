import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { scanJpeg } from '../../../bench/scan-generator';
import * as pixels from '../../../electron/engine/compress/image-pixels';
import { compressPdf } from '../../../electron/engine/compress';
import { validatePdf } from '../../../electron/engine/validate';

vi.mock('../../../electron/engine/compress/image-pixels', async (original) => {
  const actual = await original<typeof import('../../../electron/engine/compress/image-pixels')>();
  return { ...actual, decodePixels: vi.fn(actual.decodePixels) };
});

async function onePagePdf(jpeg: Buffer): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(jpeg);
  doc.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return doc.save();
}

/**
 * Issue 15's serial tail: validation measures (blur, ink) only the images whose measure can change a page's
 * verdict. An MRC page's colour layer is neither judged for blur (its sharper text mask is) nor counted for
 * ink (the mask's ink is unknown, so the page's is): it is not decoded again. A photo page still is.
 */
describe('page measures in the validate stage', () => {
  it("does not decode an MRC page's colour layer, and gives the page the same verdict", async () => {
    const mixed = await compressPdf(await onePagePdf(await scanJpeg({ colour: true, seed: 8 }, 300, 90)), {
      limitBytes: 1_000_000,
    });
    expect(mixed.report.images[0]).toMatchObject({ pageClass: 'mixed', encoding: 'mrc' });
    const decode = vi.mocked(pixels.decodePixels);
    decode.mockClear();
    const result = await validatePdf(mixed.bytes, { limitBytes: 1_000_000 });
    expect(decode).not.toHaveBeenCalled();
    expect(result.pages).toEqual([
      { page: 1, images: [expect.objectContaining({ blurScore: null, blurry: false })], inkCoverage: null, blank: false },
    ]);
    // (compressPdf alone leaves pdf-lib's /Info, which the finish stage removes: only the images are judged here.)
    expect(result.reasons.filter((r) => r.code.startsWith('IMAGE_') || r.code === 'BLANK_PAGE')).toEqual([]);
  }, 120_000);

  it('still measures a photo page', async () => {
    const photo = await onePagePdf(await scanJpeg({ colour: true, seed: 9 }, 150, 80));
    const decode = vi.mocked(pixels.decodePixels);
    decode.mockClear();
    const result = await validatePdf(photo, { limitBytes: 10_000_000 });
    expect(decode).toHaveBeenCalledTimes(1);
    expect(result.pages[0]!.images[0]!.blurScore).toEqual(expect.any(Number));
    expect(result.pages[0]!.inkCoverage).toEqual(expect.any(Number));
  }, 120_000);
});
