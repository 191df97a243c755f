import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { phonePhoto, photosPdf } from '../../../bench/scan-generator';
import { prepareCase } from '../../../electron/engine/pipeline';
import { pagePreviews, previewQuality } from '../../../electron/engine/previews';
import { NOT_READY_FOLDER, prepareReportSchema } from '../../../shared/engine/report';
import { pdfText, tempDir, writeTemp } from './helpers';

const work = tempDir('page-tools');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A PDF whose pages each say their name ("A1", "A2" …), the second one already stored turned 90°. */
async function markedPdf(prefix: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`${prefix}${n}`, { x: 72, y: 700, size: 40, font });
    if (n === 2) page.node.set(PDFName.of('Rotate'), PDFNumber.of(90));
  }
  return doc.save();
}

async function rotations(bytes: Uint8Array): Promise<number[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => page.getRotation().angle);
}

/**
 * Issue 15's page tools in the engine: the person's page list (pages of several inputs, reordered,
 * some left out, some turned) becomes the category's PDF through the same stages; the originals are
 * only read; report.json records the edits.
 */
describe('page edits', () => {
  it('keep only the chosen pages, in the chosen order, turned on top of their own rotation', async () => {
    const a = writeTemp(work, 'a.pdf', await markedPdf('A', 3));
    const b = writeTemp(work, 'b.pdf', await markedPdf('B', 2));
    const before = [readFileSync(a), readFileSync(b)];
    const out = join(work, 'out');
    const { report } = await prepareCase(
      [
        {
          categoryId: 'income-proof',
          items: [{ path: a }, { path: b }],
          pages: [
            { item: 1, page: 1, rotation: 90 },
            { item: 0, page: 2, rotation: 0 },
            { item: 0, page: 0, rotation: 270 },
          ],
        },
      ],
      { outputDir: out, limitBytes: 4_000_000 },
    );
    const category = report.categories[0]!;
    expect(category.status).toBe('ready');
    expect(category.output!.pages).toBe(3);
    expect(category.pageEdits).toEqual([
      { item: 1, page: 1, rotation: 90 },
      { item: 0, page: 2, rotation: 0 },
      { item: 0, page: 0, rotation: 270 },
    ]);
    const bytes = new Uint8Array(readFileSync(join(out, 'income-proof.pdf')));
    expect((await pdfText(bytes)).map((text) => text.trim())).toEqual(['B2', 'A3', 'A1']);
    // B2 was stored at 90°: the person's quarter turn is added to it.
    expect(await rotations(bytes)).toEqual([180, 0, 270]);
    expect([readFileSync(a), readFileSync(b)]).toEqual(before);
    // report.json says the same as the result.
    const written = prepareReportSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    expect(written.categories[0]!.pageEdits).toHaveLength(3);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain(
      'Pages as you chose them (turned, removed or reordered): 3 pages.',
    );
  }, 120_000);

  it('leave out pages past an input’s end and refer to a failed input’s pages never', async () => {
    const a = writeTemp(work, 'a2.pdf', await markedPdf('A', 2));
    const out = join(work, 'out2');
    const { report } = await prepareCase(
      [
        {
          categoryId: 'income-proof',
          items: [{ path: a }, { path: join(work, 'missing.pdf') }],
          pages: [
            { item: 0, page: 5, rotation: 0 },
            { item: 1, page: 0, rotation: 0 },
            { item: 0, page: 1, rotation: 0 },
          ],
        },
      ],
      { outputDir: out, limitBytes: 4_000_000 },
    );
    const category = report.categories[0]!;
    expect(category.status).toBe('partial');
    expect(category.pageEdits).toEqual([{ item: 0, page: 1, rotation: 0 }]);
    // Written without a file that failed: kept apart from the upload-ready files.
    expect(await pdfText(new Uint8Array(readFileSync(join(out, NOT_READY_FOLDER, 'income-proof.pdf'))))).toEqual(['A2']);
  }, 120_000);

  it('take a file added after the edits whole, its own rotations kept', async () => {
    const a = writeTemp(work, 'a3.pdf', await markedPdf('A', 2));
    const b = writeTemp(work, 'b3.pdf', await markedPdf('B', 3));
    const out = join(work, 'out3');
    const { report } = await prepareCase(
      [
        {
          categoryId: 'income-proof',
          items: [{ path: a }, { path: b }],
          pages: [
            { item: 0, page: 1, rotation: 180 },
            { item: 1, page: 0, rotation: 0, toEnd: true },
          ],
        },
      ],
      { outputDir: out, limitBytes: 4_000_000 },
    );
    expect(report.categories[0]!.output!.pages).toBe(4);
    const bytes = new Uint8Array(readFileSync(join(out, 'income-proof.pdf')));
    expect((await pdfText(bytes)).map((text) => text.trim())).toEqual(['A2', 'B1', 'B2', 'B3']);
    expect(await rotations(bytes)).toEqual([270, 0, 90, 0]);
  }, 120_000);

  it('give the page tools each input as a small PDF of its pages', async () => {
    const photos = writeTemp(work, 'photos.pdf', await photosPdf([await phonePhoto(3), await phonePhoto(4)]));
    const previews = await pagePreviews([{ path: photos }, { path: join(work, 'missing.pdf') }]);
    expect(previews[0]!.pages).toBe(2);
    const small = Buffer.from(previews[0]!.base64!, 'base64');
    // 7.3 MB of phone photos, 40 dpi for thumbnails.
    expect(small.byteLength).toBeLessThan(150_000);
    expect((await PDFDocument.load(small)).getPageCount()).toBe(2);
    expect(previews[1]).toMatchObject({ index: 1, pages: 0, base64: null, error: { code: 'FILE_NOT_FOUND' } });
  }, 120_000);
});

/**
 * Issue 15's "no dead ends": a category that does not fit at the standard floor can be made smaller
 * at lower quality; the preview shows its first page and says whether it fits; accepting it
 * prepares with that setting and report.json records the choice.
 */
describe('the lower-quality choice', () => {
  it('previews the first page and the size, and once accepted the category fits and says so', async () => {
    const photos = writeTemp(work, 'passport-photos.pdf', await photosPdf([await phonePhoto(3), await phonePhoto(4)]));
    const limitBytes = 130_000;
    const out = join(work, 'out-lower');
    const standard = await prepareCase([{ categoryId: 'passport', items: [{ path: photos }] }], { outputDir: out, limitBytes });
    expect(standard.report.categories[0]!.status).toBe('not-ready');

    const preview = await previewQuality({ categoryId: 'passport', items: [{ path: photos }] }, limitBytes);
    expect(preview.fitsLimit).toBe(true);
    expect(preview.bytes).toBeLessThanOrEqual(limitBytes);
    expect(preview.pages).toBe(2);
    expect(preview.minDpi).toBeGreaterThanOrEqual(75);
    expect(preview.minDpi).toBeLessThan(100);
    const first = await PDFDocument.load(Buffer.from(preview.firstPageBase64, 'base64'));
    expect(first.getPageCount()).toBe(1);

    const lower = await prepareCase([{ categoryId: 'passport', items: [{ path: photos }], quality: 'lower' }], {
      outputDir: out,
      limitBytes,
    });
    const category = lower.report.categories[0]!;
    expect(category.quality).toBe('lower');
    expect(category.status).toBe('ready');
    expect(category.output!.folder).toBeUndefined();
    // The same pipeline and setting as the preview: the same size.
    expect(category.output!.bytes).toBe(preview.bytes);
    expect(category.output!.compression!.tried.every((rung) => rung.dpi < 100)).toBe(true);
    // Honest about it: the pages are below 100 dpi, and validation says so.
    expect(category.output!.validation!.reasons.map((r) => r.code)).toContain('LOW_DPI');
    expect(readFileSync(join(out, 'passport.pdf')).byteLength).toBe(category.output!.bytes);
    expect(() => readFileSync(join(out, NOT_READY_FOLDER, 'passport.pdf'))).toThrow();
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Smaller file at lower quality, as you chose');
  }, 300_000);
});
