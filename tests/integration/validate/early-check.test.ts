import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { scanJpeg } from '../../../bench/scan-generator';
import { compressPdf } from '../../../electron/engine/compress';
import { validatePdf } from '../../../electron/engine/validate';
import { earlyChecksEnabled, freeCoreForChecks, setEarlyChecks } from '../../../electron/engine/validate/check-core';
import { confirmedEarly, LAYERS_PER_CHECK, settleEarlyChecks } from '../../../electron/engine/validate/early-check';

/**
 * Issue 15's serial tail: pdf.js decodes our JBIG2 text layers while the pages are coded, and validation
 * decodes again only what it did not confirm. A layer is confirmed by its bytes and its dictionary: damage
 * after the check, or another dictionary, is decoded and judged after the save as before.
 */
/** Text pages enough for one early check (LAYERS_PER_CHECK), and one more, left to validation. */
async function textPagesPdf(seed: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i <= LAYERS_PER_CHECK; i++) {
    const image = await doc.embedJpg(await scanJpeg({ colour: false, seed: seed + i }, 300, 90));
    doc.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return doc.save();
}

function jbig2Streams(doc: PDFDocument): PDFRawStream[] {
  const found = doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter(
      (o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Filter')) === PDFName.of('JBIG2Decode'),
    );
  expect(found).toHaveLength(LAYERS_PER_CHECK + 1);
  return found;
}

/** The layer of the first page (checked early). */
function jbig2Stream(doc: PDFDocument): PDFRawStream {
  const first = doc.getPage(0).node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
  const stream = first.lookup(first.keys()[0]!);
  expect(stream).toBeInstanceOf(PDFRawStream);
  return stream as PDFRawStream;
}

function replaced(doc: PDFDocument, stream: PDFRawStream, dict: PDFDict, data: Uint8Array): void {
  doc.context.assign(doc.context.getObjectRef(stream)!, PDFRawStream.of(dict, data));
}

// The machine's load decides when nothing is set (freeCoreForChecks): the tests say which path they take.
afterEach(() => {
  delete process.env.AIMA_EARLY_CHECKS;
  setEarlyChecks(true);
});

describe('our JBIG2 layers checked by pdf.js while the pages are coded', () => {
  it('gives a core to the checks only when the documents and the machine leave one free', () => {
    expect(freeCoreForChecks(1, 2, 0.2)).toBe(true);
    expect(freeCoreForChecks(2, 2, 0.2)).toBe(false);
    expect(freeCoreForChecks(2, 4, 0.2)).toBe(true);
    expect(freeCoreForChecks(1, 1, 0)).toBe(false);
    // This process's own page work counts in the load; other work on top of it takes the core.
    expect(freeCoreForChecks(1, 2, 1.2)).toBe(true);
    expect(freeCoreForChecks(1, 2, 3)).toBe(false);
  });

  it('confirms the layer as saved, still catches bytes damaged after the check and a changed dictionary', async () => {
    process.env.AIMA_EARLY_CHECKS = '1';
    const compressed = await compressPdf(await textPagesPdf(41), { limitBytes: 2_000_000, earlyChecks: true });
    expect(compressed.report.images.map((i) => i.encoding)).toEqual(Array(LAYERS_PER_CHECK + 1).fill('jbig2'));
    await settleEarlyChecks();

    const doc = await PDFDocument.load(compressed.bytes);
    const stream = jbig2Stream(doc);
    // The saved file's streams are the ones pdf.js decoded to the encoded samples: all but the last, which
    // validation decodes (fewer than LAYERS_PER_CHECK were left when the pages were done).
    expect(jbig2Streams(doc).map(confirmedEarly)).toEqual([...Array(LAYERS_PER_CHECK).fill(true), false]);
    expect(confirmedEarly(stream)).toBe(true);
    const intact = await validatePdf(compressed.bytes, { limitBytes: 2_000_000 });
    expect(intact.parsers.pdfjs.ok).toBe(true);
    expect(intact.reasons.filter((r) => r.code === 'IMAGE_DAMAGED' || r.code === 'IMAGE_CHECK_LIMIT')).toEqual([]);

    // Damage inside the arithmetic-coded data after the early check: other bytes, not confirmed, decoded and caught.
    const data = new Uint8Array(stream.contents);
    for (const at of [0.3, 0.5, 0.7]) data[Math.floor(data.length * at)]! ^= 0x5a;
    replaced(doc, stream, stream.dict, data);
    expect(confirmedEarly(jbig2Stream(doc))).toBe(false);
    const damaged = await validatePdf(await doc.save(), { limitBytes: 2_000_000 });
    expect(damaged.reasons.find((r) => r.code === 'IMAGE_DAMAGED')).toMatchObject({
      severity: 'blocker',
      page: 1,
      params: { detail: expect.stringMatching(/JBIG2 text layer does not decode/) },
    });

    // The same bytes under another dictionary (samples inverted by /Decode) are not the stream that was checked.
    const doc2 = await PDFDocument.load(compressed.bytes);
    const original = jbig2Stream(doc2);
    const dict = original.dict.clone(doc2.context);
    const inverted = String(original.dict.get(PDFName.of('Decode'))).replace(/\s/g, '') === '[10]';
    const decode = PDFArray.withContext(doc2.context);
    for (const n of inverted ? [0, 1] : [1, 0]) decode.push(PDFNumber.of(n));
    dict.set(PDFName.of('Decode'), decode);
    replaced(doc2, original, dict, original.contents);
    expect(confirmedEarly(jbig2Stream(doc2))).toBe(false);
  }, 120_000);

  it('checks nothing early when no core is free for it (a --jobs 2 batch on two cores)', async () => {
    setEarlyChecks(false);
    expect(earlyChecksEnabled()).toBe(false);
    const compressed = await compressPdf(await textPagesPdf(51), { limitBytes: 2_000_000, earlyChecks: true });
    await settleEarlyChecks();
    const doc = await PDFDocument.load(compressed.bytes);
    expect(jbig2Streams(doc).some(confirmedEarly)).toBe(false);
    // Validation decodes them after the save, as before, and finds them whole.
    const result = await validatePdf(compressed.bytes, { limitBytes: 2_000_000 });
    expect(result.reasons.filter((r) => r.code === 'IMAGE_DAMAGED')).toEqual([]);
  }, 120_000);
});
