import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { mayHaveTextLayer } from '../../../electron/batch/font-presence';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineReadHooks } from '../../../electron/batch/read-hooks';
import { pdfText } from '../../../electron/reading/pdf-pages';
import { readDocument } from '../../../electron/reading/read-document';

/**
 * The batch reads a PDF's text layer with pdf.js only when the file names a font somewhere: a scan
 * has none, so pdf.js (and its canvas library) is not started for it (issue 15's start-up cost).
 */
describe('mayHaveTextLayer', () => {
  it('says yes for a PDF with text (also inside object streams), no for a scan', async () => {
    const withText = await PDFDocument.create();
    const font = await withText.embedFont(StandardFonts.Helvetica);
    withText.addPage().drawText('Certidão de domicílio fiscal', { x: 50, y: 700, font, size: 12 });
    const textBytes = await withText.save({ useObjectStreams: true });
    expect(await mayHaveTextLayer(textBytes)).toBe(true);
    expect((await pdfText(textBytes)).text).toContain('domicílio');

    const scan = await PDFDocument.create();
    const jpeg = await sharp({ create: { width: 200, height: 280, channels: 3, background: '#f4f1ea' } })
      .jpeg()
      .toBuffer();
    const image = await scan.embedJpg(jpeg);
    scan.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    const scanBytes = await scan.save({ useObjectStreams: true });
    expect(await mayHaveTextLayer(scanBytes)).toBe(false);
    // What pdf.js would have found there: nothing.
    expect((await pdfText(scanBytes)).text.trim()).toBe('');
  });

  it('lets pdf.js decide when pdf-lib cannot parse the file', async () => {
    expect(await mayHaveTextLayer(new TextEncoder().encode('%PDF-1.7 not really'))).toBe(true);
  });

  it("lets a 'text' read stop before pdf.js for a scan, and still read a text layer", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'font-presence-'));
    const withText = await PDFDocument.create();
    const font = await withText.embedFont(StandardFonts.Helvetica);
    withText.addPage().drawText('Contrato de arrendamento entre as partes abaixo identificadas, em Lisboa', {
      x: 40,
      y: 700,
      font,
      size: 10,
    });
    const textFile = join(dir, 'contrato.pdf');
    await writeFile(textFile, await withText.save());
    const scan = await PDFDocument.create();
    const jpeg = await sharp({ create: { width: 200, height: 280, channels: 3, background: '#f4f1ea' } })
      .jpeg()
      .toBuffer();
    scan.addPage([595, 842]).drawImage(await scan.embedJpg(jpeg), { x: 0, y: 0, width: 595, height: 842 });
    const scanFile = join(dir, 'scan.pdf');
    await writeFile(scanFile, await scan.save());

    const options = { today: '2026-12-01', purpose: 'text' as const, ...engineReadHooks };
    expect((await readDocument(textFile, options)).textSource).toBe('text-layer');
    expect((await readDocument(scanFile, options)).textSource).toBe('none');
  });
});
