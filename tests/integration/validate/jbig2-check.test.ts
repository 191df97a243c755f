import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { scanJpeg } from '../../../bench/scan-generator';
import { compressPdf } from '../../../electron/engine/compress';
import { planImages } from '../../../electron/engine/compress/image-plan';
import { pagesToDecode, validatePdf } from '../../../electron/engine/validate';
import { ownJbig2Alone } from '../../../electron/engine/validate/jbig2-check';

/**
 * Issue 15: our JBIG2 text layers are validated, never taken on trust. Arithmetic-coded data has no
 * invalid codes (a damaged stream decodes to other pixels, silently, in every decoder), so pdf.js
 * decodes every one of them (on its own since session 7) and its decode is compared with what was encoded.
 */
async function textPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(await scanJpeg({ colour: false, seed: 31 }, 300, 90));
  doc.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return doc.save();
}

function jbig2Stream(doc: PDFDocument): PDFRawStream {
  const found = doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter(
      (o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Filter')) === PDFName.of('JBIG2Decode'),
    );
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('our JBIG2 text layers in the validate stage', () => {
  it('decodes them with pdf.js, finds them equal to what was encoded, and catches a few flipped bytes', async () => {
    const compressed = await compressPdf(await textPagePdf(), { limitBytes: 1_000_000 });
    expect(compressed.report.images[0]).toMatchObject({ encoding: 'jbig2' });

    const doc = await PDFDocument.load(compressed.bytes);
    // Never exempt from pdf.js's decode, unlike our own JPEG and G4 data: decoded on its own (a small file
    // holding only it, under its own image dictionary), and its page only when not decoded on its own.
    const { drawn } = planImages(doc);
    expect(pagesToDecode(drawn)).toEqual([1]);
    const own = await ownJbig2Alone(drawn);
    expect([...own.aloneIndex.values()]).toEqual([1]);
    expect(own.alone!.pages).toEqual([1]);
    expect(pagesToDecode(drawn, new Set(own.aloneIndex.keys()))).toEqual([]);
    const alone = await PDFDocument.load(own.alone!.bytes);
    const copied = jbig2Stream(alone);
    expect(Buffer.from(copied.contents).equals(Buffer.from(jbig2Stream(doc).contents))).toBe(true);
    for (const key of ['Width', 'Height', 'ImageMask', 'ColorSpace', 'BitsPerComponent', 'Decode'])
      expect(String(copied.dict.get(PDFName.of(key)))).toBe(String(jbig2Stream(doc).dict.get(PDFName.of(key))));
    // (compressPdf alone leaves pdf-lib's /Info, which the finish stage removes: only image damage is judged here.)
    const intact = await validatePdf(compressed.bytes, { limitBytes: 1_000_000 });
    expect(intact.reasons.filter((r) => r.code === 'IMAGE_DAMAGED')).toEqual([]);

    // Damage inside the arithmetic-coded data: no decoder reports it, the comparison does.
    const stream = jbig2Stream(doc);
    const data = new Uint8Array(stream.contents);
    for (const at of [0.3, 0.5, 0.7]) data[Math.floor(data.length * at)]! ^= 0x5a;
    doc.context.assign(doc.context.getObjectRef(stream)!, PDFRawStream.of(stream.dict as PDFDict, data));
    const damaged = await validatePdf(await doc.save(), { limitBytes: 1_000_000 });
    expect(damaged.reasons.find((r) => r.code === 'IMAGE_DAMAGED')).toMatchObject({
      severity: 'blocker',
      page: 1,
      params: { detail: expect.stringMatching(/JBIG2 text layer does not decode/) },
    });
  }, 120_000);
});
