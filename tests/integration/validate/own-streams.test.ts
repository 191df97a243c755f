import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeJpeg } from '../../../electron/engine/compress/encode';
import { planImages } from '../../../electron/engine/compress/image-plan';
import { pagesToDecode } from '../../../electron/engine/validate';

/**
 * Validation has pdf.js decode every page's images again, except pages drawn only from JPEG/G4 data
 * this process has just encoded (issue 15: that second decode was ~0.9 s of the typed scan's command).
 * An input's image is always decoded, and so is data that differs from ours by a single byte.
 */
describe('which pages pdf.js decodes again', () => {
  it('skips pages of our own fresh JPEGs, never an input image or altered data', async () => {
    const width = 120;
    const height = 160;
    const raw = Buffer.alloc(width * height * 3, 200);
    const own = (await encodeJpeg({ data: raw, width, height, channels: 3 }, 50, false)).bytes;
    const foreign = await sharp(raw, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 80 })
      .toBuffer();
    const altered = new Uint8Array(own); // its own ArrayBuffer: pdf-lib reads a pooled Buffer from offset 0
    altered[altered.length - 10] = altered[altered.length - 10]! ^ 0x01;

    const doc = await PDFDocument.create();
    for (const jpeg of [own, foreign, altered, own]) {
      const image = await doc.embedJpg(jpeg);
      doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    }
    // Page 4 draws our data again next to an input's image: decoded, for the input's sake.
    doc.getPage(3).drawImage(await doc.embedJpg(foreign), { x: 0, y: 0, width: 100, height: 100 });
    const reopened = await PDFDocument.load(await doc.save());
    expect(pagesToDecode(planImages(reopened).drawn)).toEqual([2, 3, 4]);
  });
});
