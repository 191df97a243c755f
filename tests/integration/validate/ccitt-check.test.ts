import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareCase } from '../../../electron/engine/pipeline';
import { validatePdf } from '../../../electron/engine/validate';
import { ccittDamage } from '../../../electron/engine/validate/ccitt-check';
import { CORPUS } from '../compress/fixtures';
import { tempDir } from '../engine/helpers';

const work = tempDir('ccitt-check');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CCITT_SCANS = ['scans/kcs.pdf', 'scans/epson.pdf', 'scans/ccitt.pdf'];

function ccittStreams(doc: PDFDocument): PDFRawStream[] {
  return doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((o): o is PDFRawStream => o instanceof PDFRawStream && /CCITTFax/.test(String(o.dict.lookup(PDFName.of('Filter')))));
}

function heightOf(stream: PDFRawStream): number {
  return (stream.dict.lookup(PDFName.of('Height')) as PDFNumber).asNumber();
}

describe('CCITT fax image data is checked by a second decoder (libtiff)', () => {
  it('the G4 images of the corpus scans decode cleanly', async () => {
    for (const file of CCITT_SCANS) {
      const doc = await PDFDocument.load(readFileSync(join(CORPUS, file)), { updateMetadata: false });
      const streams = ccittStreams(doc);
      expect(streams.length, file).toBeGreaterThan(0);
      for (const stream of streams) expect(await ccittDamage(stream, heightOf(stream)), file).toBeNull();
    }
  });

  it('a few bits flipped inside kcs.pdf’s G4 data (poppler: "Bad two dim code") is IMAGE_DAMAGED', async () => {
    const doc = await PDFDocument.load(readFileSync(join(CORPUS, 'scans/kcs.pdf')), { updateMetadata: false });
    const [stream] = ccittStreams(doc);
    const data = stream!.contents;
    // pdf.js says only "bad 2d code" for this damage, which it also says of valid scanner pages.
    for (const at of [0.1, 0.35, 0.6]) data[Math.floor(data.length * at)]! ^= 0x24;
    expect(await ccittDamage(stream!, heightOf(stream!))).toMatch(/CCITT fax data is damaged/);
    const result = await validatePdf(await doc.save(), { limitBytes: 4_000_000 });
    expect(result.verdict).toBe('not-ready');
    expect(result.reasons.find((r) => r.code === 'IMAGE_DAMAGED')).toMatchObject({
      severity: 'blocker',
      page: 1,
      messageKey: 'validation.reasons.imageDamaged',
    });
  });

  it.each(CCITT_SCANS)(
    '%s stays ready through the pipeline',
    async (file) => {
      const outputDir = join(work, file.replace(/\W/g, '-'));
      const outcome = await prepareCase([{ categoryId: 'passport', items: [{ path: join(CORPUS, file) }] }], {
        outputDir,
        limitBytes: 4_000_000,
      });
      const validation = outcome.report.categories[0]?.output?.validation;
      expect(validation?.reasons.map((r) => r.code)).not.toContain('IMAGE_DAMAGED');
      expect(['ready', 'ready-with-warnings']).toContain(validation?.verdict);
    },
    60_000,
  );
});
