import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, degrees } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderPagePixels } from '../../../electron/reading/pdf-pages';
import { scanPagePixels } from '../../../electron/reading/scan-page';
import { CORPUS } from '../../corpus';

const scan = (name: string) => new Uint8Array(readFileSync(join(CORPUS, 'scans', name)));

/** Page 1 of `bytes` through scanPagePixels (null: not a plain scan), at the band search's size. */
async function direct(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const page = await doc.getPage(1);
    const points = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: 1600 / Math.max(points.width, points.height) });
    const region = { top: 0, width: Math.ceil(viewport.width), height: Math.ceil(viewport.height) };
    return await scanPagePixels(pdfjs, page, viewport, region);
  } finally {
    await doc.destroy();
  }
}

describe('a scanned page read without painting it (reading/scan-page.ts)', () => {
  it.each(['linn.pdf', 'ccitt.pdf', 'epson.pdf'])('%s: the same page, at the size the canvas renders it', async (name) => {
    const pixels = await direct(scan(name));
    expect(pixels).not.toBeNull();
    // What renderPagePixels returns now (this path) against a page with a second, invisible drawing added, which
    // pdf.js must paint on its canvas: the same size, and the same page to within resampling.
    const viaCanvas = await renderPagePixels(await withExtraDrawing(scan(name)), { from: 0, to: 1 }, { maxSide: 1600 });
    expect([pixels!.width, pixels!.height, pixels!.channels]).toEqual([viaCanvas.width, viaCanvas.height, 4]);
    let difference = 0;
    let ink = 0;
    for (let i = 0; i < pixels!.data.length; i += 4) {
      difference += Math.abs(pixels!.data[i]! - viaCanvas.data[i]!);
      if (viaCanvas.data[i]! < 128) ink++;
    }
    const pixelCount = pixels!.data.length / 4;
    expect(ink / pixelCount).toBeGreaterThan(0.01);
    // Lanczos against the canvas's halvings: edges differ by some grey levels, never the page's content.
    expect(difference / pixelCount).toBeLessThan(10);
  });

  it('leaves to pdf.js a page that is turned or draws anything besides its one image', async () => {
    const turned = await PDFDocument.load(scan('linn.pdf'));
    turned.getPage(0).setRotation(degrees(90));
    expect(await direct(await turned.save())).toBeNull();
    expect(await direct(await withExtraDrawing(scan('linn.pdf')))).toBeNull();
  });
});

/** The scan with a white rectangle drawn after its image (invisible on white paper): no longer a plain scan. */
async function withExtraDrawing(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  const page = doc.getPage(0);
  page.drawRectangle({ x: 0, y: 0, width: 1, height: 1, opacity: 0 });
  return doc.save();
}
