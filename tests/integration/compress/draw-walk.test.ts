import { PDFDocument, PDFName, PDFNumber, PDFStream } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { lexContent } from '../../../electron/engine/compress/content-lexer';
import { collectImageDraws } from '../../../electron/engine/compress/draw-walk';
import { compressPdf } from '../../../electron/engine/compress';

describe('content walk', () => {
  it('skips strings, arrays, dictionaries and inline image data when looking for operators', () => {
    const content = Buffer.from(
      'q (a string with Do and cm inside \\) still) Tj [(x) 12 (Do)] TJ\n' +
        '/P <</MCID 3>> BDC EMC\n' +
        'BI /W 2 /H 1 /BPC 8 /CS /G ID \x00Do Q\xff EI\n' +
        '2 0 0 3 10 20 cm /Im1 Do Q',
      'latin1',
    );
    const ops = [...lexContent(content)].map((o) => o.op);
    expect(ops).toEqual(['q', 'Tj', 'TJ', 'BDC', 'EMC', 'cm', 'Do', 'Q']);
    const cm = [...lexContent(content)].find((o) => o.op === 'cm')!;
    expect(cm.operands).toEqual([2, 0, 0, 3, 10, 20]);
  });

  it('finds images drawn through a scaled Form XObject at their real size', async () => {
    const jpeg = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#c08040' } })
      .jpeg()
      .toBuffer();
    const source = await PDFDocument.create();
    const image = await source.embedJpg(jpeg);
    source.addPage([200, 200]).drawImage(image, { x: 0, y: 0, width: 144, height: 192 }); // 300 dpi

    const doc = await PDFDocument.create();
    const [form] = await doc.embedPdf(await source.save());
    doc.addPage([400, 400]).drawPage(form!, { x: 0, y: 0, xScale: 2, yScale: 2 }); // drawn twice as big: 150 dpi
    const draws = [...collectImageDraws(await PDFDocument.load(await doc.save())).values()];
    expect(draws).toHaveLength(1);
    expect(draws[0]!.draws[0]!.widthPt).toBeCloseTo(288, 3);
    expect(draws[0]!.draws[0]!.heightPt).toBeCloseTo(384, 3);
  });

  it('keeps soft masks consistent: an RGBA image shrinks together with its mask', async () => {
    const rgba = await sharp({
      create: { width: 4000, height: 4000, channels: 4, background: { r: 30, g: 90, b: 200, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    const doc = await PDFDocument.create();
    const png = await doc.embedPng(rgba);
    // 1000 dpi as drawn; the effective-resolution floor keeps what a full A4 page needs at 150 dpi (1754 px).
    doc.addPage([300, 300]).drawImage(png, { x: 0, y: 0, width: 288, height: 288 });
    const input = await doc.save();
    const result = await compressPdf(input, { limitBytes: 1_000_000 });
    const image = result.report.images.find((i) => i.hasSoftMask)!;
    expect(image.action).toBe('recompressed');
    expect(image.newWidthPx).toBe(1754);
    const out = await PDFDocument.load(result.bytes);
    const streams = out.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is PDFStream => o instanceof PDFStream && o.dict.lookup(PDFName.of('Subtype')) === PDFName.of('Image'));
    const widths = streams.map((s) => s.dict.lookup(PDFName.of('Width'), PDFNumber).asNumber());
    expect(widths).toEqual([1754, 1754]);
  });
});
