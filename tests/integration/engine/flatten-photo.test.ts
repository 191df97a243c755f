import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterAccuracy, closeOcr, ocrText } from '../../../bench/ocr';
import { scanJpeg } from '../../../bench/scan-generator';
import { tablePhoto, type TablePhoto } from '../../../bench/table-photo';
import { imageToPdf } from '../../../electron/engine/image/images-to-pdf';
import { flattenPhoto } from '../../../electron/engine/image/flatten';
import { flattenPreview } from '../../../electron/engine/image/flatten/preview';

/**
 * Must-show 1 of issue 15 (flattening): an unevenly lit phone photo of a page with known text, lying
 * on a table in perspective with the phone's shadow over one corner, becomes a scan of the page: the
 * outline found lies on the page's true corners, the page fills its own A4 sheet, the light is even,
 * and OCR (tesseract.js with the bundled English data, offline) reads more of the known text from the
 * flattened page than from the page the unflattened photo makes, both rendered by poppler at 200 dpi.
 */

const work = mkdtempSync(join(tmpdir(), 'aima-flatten-'));
let photo: TablePhoto;

beforeAll(async () => {
  photo = await tablePhoto({ seed: 3 });
}, 120_000);
afterAll(async () => {
  await closeOcr();
  rmSync(work, { recursive: true, force: true });
});

function renderFirstPage(pdf: Uint8Array, name: string): Buffer {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftoppm', ['-r', '200', '-f', '1', '-l', '1', '-png', '-singlefile', file], {
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Brightest level (grey) in a 40×40 patch around a point of a rendered page, i.e. the paper there. */
async function paperLevel(png: Buffer, fx: number, fy: number): Promise<number> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const x0 = Math.floor(fx * info.width) - 20;
  const y0 = Math.floor(fy * info.height) - 20;
  let level = 0;
  for (let y = y0; y < y0 + 40; y += 1) for (let x = x0; x < x0 + 40; x += 1) level = Math.max(level, data[y * info.width + x]!);
  return level;
}

describe('flattening a phone photo of a page on a table', () => {
  it('finds the page on its true corners, fills an A4 page with it, evens the light and reads better', async () => {
    const flattened = await imageToPdf(photo.jpeg, 'jpeg', 'photo.jpg');
    const page = flattened.pages[0]!;
    const report = page.flatten!;
    expect(report.applied).toBe(true);
    expect(report.reason).toBe('outline-found');
    // Corners within 0.25 % of the photo's diagonal (9 px of 3750) of where the page really is.
    const tolerance = 0.0025 * Math.hypot(photo.width, photo.height);
    const errors = report.corners!.map((corner, i) => Math.hypot(corner.x - photo.corners[i]!.x, corner.y - photo.corners[i]!.y));
    console.log('corner errors (px):', errors.map((e) => e.toFixed(1)).join(', '), `tolerance ${tolerance.toFixed(1)}`);
    for (const error of errors) expect(error).toBeLessThan(tolerance);
    // Cropped to the page: the output is the page alone, A4-shaped, on a whole A4 sheet (no table, no margin).
    expect(report.crop!.a4).toBe(true);
    expect(page.widthPt).toBeCloseTo(595.28, 0);
    expect(page.heightPt).toBeCloseTo(841.89, 0);
    expect(page.heightPx / page.widthPx).toBeCloseTo(Math.SQRT2, 2);
    expect(report.lighting!.evened).toBe(true);

    const unflattened = await imageToPdf(photo.jpeg, 'jpeg', 'photo.jpg', undefined, { flatten: false });
    expect(unflattened.pages[0]!.flatten).toBeUndefined();
    const flatPng = renderFirstPage(flattened.bytes, 'flat');
    const photoPng = renderFirstPage(unflattened.bytes, 'photo');
    // Even light: the paper under the phone's shadow (top right) is as white as in the lit middle, and
    // the corners of the page are paper, not table.
    const shadowed = await paperLevel(flatPng, 0.92, 0.06);
    const middle = await paperLevel(flatPng, 0.5, 0.5);
    console.log('paper level flattened: shadowed corner', shadowed, 'middle', middle);
    expect(Math.abs(shadowed - middle)).toBeLessThanOrEqual(12);
    for (const [fx, fy] of [
      [0.02, 0.02],
      [0.98, 0.02],
      [0.98, 0.98],
      [0.02, 0.98],
    ] as const)
      expect(await paperLevel(flatPng, fx, fy)).toBeGreaterThan(200);

    const truth = photo.text.join('\n');
    const accuracyFlat = characterAccuracy(await ocrText(flatPng), truth);
    const accuracyPhoto = characterAccuracy(await ocrText(photoPng), truth);
    console.log(`OCR character accuracy: flattened ${accuracyFlat.toFixed(3)}, unflattened photo ${accuracyPhoto.toFixed(3)}`);
    expect(accuracyFlat).toBeGreaterThan(accuracyPhoto);
    expect(accuracyFlat).toBeGreaterThan(0.9);
  }, 600_000);

  it('keeps the original photo of a page when the person chose so, and says so', async () => {
    const kept = await imageToPdf(photo.jpeg, 'jpeg', 'photo.jpg', undefined, { keepOriginalPages: [0] });
    expect(kept.pages[0]!.flatten).toEqual({ applied: false, reason: 'kept-original' });
    expect(kept.pages[0]!.sizing).toBe('fit-a4');
    // The photo went in unchanged (an upright baseline JPEG is embedded byte for byte).
    expect(Buffer.from(kept.bytes).includes(photo.jpeg.subarray(0, 4096))).toBe(true);
  }, 120_000);

  it('straightens and crops an identity document without relighting it', async () => {
    const { data, info } = await sharp(photo.jpeg).raw().toBuffer({ resolveWithObject: true });
    const result = await flattenPhoto({ data, width: info.width, height: info.height, channels: 3 }, { evenLight: false });
    expect(result.report.applied).toBe(true);
    expect(result.report.lighting).toEqual({ evened: false });
    expect(result.image!.width).toBeLessThan(info.width);
  }, 120_000);

  it('previews before and after on the same outline as the full run, without relighting an identity document', async () => {
    const file = join(work, 'photo.jpg');
    writeFileSync(file, photo.jpeg);
    const preview = await flattenPreview({ path: file, name: 'photo.jpg', evenLight: false });
    expect(preview.photo).toBe(true);
    const [page] = preview.pages;
    expect(page!.report.applied).toBe(true);
    expect(page!.report.lighting).toEqual({ evened: false });
    expect(page!.after!.height / page!.after!.width).toBeCloseTo(Math.SQRT2, 1);
    // The outline (fractions of the photo) within 0.5 % of the true corners.
    page!.outline!.forEach((p, i) => {
      expect(Math.abs(p.x - photo.corners[i]!.x / photo.width)).toBeLessThan(0.005);
      expect(Math.abs(p.y - photo.corners[i]!.y / photo.height)).toBeLessThan(0.005);
    });
    const scan = join(work, 'scan.pdf');
    writeFileSync(scan, '%PDF-1.4\n%%EOF\n');
    expect(await flattenPreview({ path: scan, evenLight: true })).toEqual({ file: 'scan.pdf', photo: false, pages: [] });
  }, 120_000);

  it('leaves a photo alone when no page outline can be trusted', async () => {
    // A flat scan (the page fills the frame): nothing to crop.
    const scan = await imageToPdf(await scanJpeg({ colour: false, seed: 2 }, 150, 90), 'jpeg', 'scan.jpg');
    expect(scan.pages[0]!.flatten).toMatchObject({ applied: false, reason: 'no-outline' });
    // A page on a white table: no edge all round.
    const white = await sharp(photo.jpeg).linear(0.2, 200).jpeg().toBuffer();
    const onWhite = await imageToPdf(white, 'jpeg', 'white.jpg');
    expect(onWhite.pages[0]!.flatten!.applied).toBe(false);
    // A page running off the photo: its outline is not all there.
    const cut = await sharp(photo.jpeg)
      .extract({ left: 0, top: 0, width: photo.width, height: Math.round(photo.height * 0.6) })
      .jpeg()
      .toBuffer();
    const cutOff = await imageToPdf(cut, 'jpeg', 'cut.jpg');
    expect(cutOff.pages[0]!.flatten!.applied).toBe(false);
    console.log('reasons:', scan.pages[0]!.flatten!.reason, onWhite.pages[0]!.flatten!.reason, cutOff.pages[0]!.flatten!.reason);
  }, 120_000);
});
