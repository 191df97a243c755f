import { createHash } from 'node:crypto';
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { compressPdf } from '../../../electron/engine/compress';
import { loadPdfLenient, loadPdfSharingInput } from '../../../electron/engine/pdf/parse-speed';
import { scanPixels } from '../../../bench/scan-generator';
import { tenPageColourScan } from './fixtures';

/**
 * The compress stage opens its input without copying every stream's data (loadPdfSharingInput: the
 * 30-page grey scan's peak fell by its 79 MB, bench/results.md, session 9). What that must not change:
 * the document read (saved, it is byte for byte what pdf-lib's own load gives), and the input itself,
 * which compressPdf hands back when its rewrite is not smaller: no decoder or painter may write into it.
 */

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** One A4 page holding an unfiltered 8-bit RGB scan at `dpi`: its samples are the stream's data as they are. */
async function unfilteredScanPdf(dpi: number): Promise<Uint8Array> {
  const px = await scanPixels({ colour: true, seed: 8 }, dpi);
  const doc = await PDFDocument.create();
  const dict = doc.context.obj({
    Type: 'XObject',
    Subtype: 'Image',
    Width: px.width,
    Height: px.height,
    ColorSpace: 'DeviceRGB',
    BitsPerComponent: 8,
    Length: PDFNumber.of(px.data.length),
  });
  const ref = doc.context.register(PDFRawStream.of(dict, px.data));
  const page = doc.addPage([595.28, 841.89]);
  page.node.setXObject(PDFName.of('Im0'), ref);
  const content = doc.context.stream('q 595.28 0 0 841.89 0 0 cm /Im0 Do Q');
  page.node.set(PDFName.of('Contents'), doc.context.register(content));
  return doc.save({ useObjectStreams: false });
}

describe('compress stage input sharing', () => {
  it('reads the same document as pdf-lib’s load, its streams viewing the input instead of copying it', async () => {
    const input = await tenPageColourScan();
    const shared = await loadPdfSharingInput(input);
    const copied = await loadPdfLenient(input);
    const streams = shared.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFRawStream => object instanceof PDFRawStream);
    expect(streams.length).toBeGreaterThanOrEqual(10);
    for (const stream of streams) expect(stream.contents.buffer).toBe(input.buffer);
    const options = { useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false };
    expect(sha(await shared.save(options))).toBe(sha(await copied.save(options)));
  }, 60_000);

  it('never writes into its input: an unfiltered mixed scan, painted over for its colour layer, leaves it as it was', async () => {
    const input = await unfilteredScanPdf(200);
    const before = sha(input);
    const result = await compressPdf(input, { limitBytes: 1_000_000 });
    const image = result.report.images[0]!;
    // The page took the path that paints paper over the ink of the pixels it decoded (paintOverInk).
    expect(image).toMatchObject({ pageClass: 'mixed', encoding: 'mrc', newWidthPx: image.widthPx });
    expect(sha(input)).toBe(before);
  }, 120_000);
});
