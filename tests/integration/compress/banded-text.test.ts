import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { bandedTextLayer, bandedTextPlan } from '../../../electron/engine/compress/banded-text';
import { BAND_MIN_BYTES } from '../../../electron/engine/compress/band-decode';
import { encodeG4, threshold } from '../../../electron/engine/compress/bilevel';
import { readImageSpec } from '../../../electron/engine/compress/image-spec';

/**
 * Issue 15's memory target for multipage.pdf's 9000 × 9000 text scan: its text layer is thresholded
 * and G4-coded row by row from the inflating stream. The layer must be the one the whole-page path makes
 * (threshold on the decoded page, libtiff's G4), so the saving costs nothing in what the page shows.
 */

/** A typed page under uneven light: strokes on paper that darkens towards one corner, in grey or RGB. */
function typedPage(width: number, height: number, channels: 1 | 3): Buffer {
  const data = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const paper = 245 - Math.round((90 * (x + y)) / (width + height));
      const stroke = y % 30 < 16 && x % 13 < 3 && x > 40 && x < width - 40;
      const rule = y % 90 === 5 && x > 60;
      const v = stroke || rule ? Math.round(paper * 0.3) : paper;
      for (let c = 0; c < channels; c++) data[(y * width + x) * channels + c] = Math.min(255, v + (c === 2 ? 6 : 0));
    }
  return data;
}

async function flateImage(width: number, height: number, channels: 1 | 3, data: Uint8Array) {
  const doc = await PDFDocument.create();
  const dict = doc.context.obj({
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: channels === 1 ? 'DeviceGray' : 'DeviceRGB',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
  });
  const stream = PDFRawStream.of(dict, data);
  return { stream, spec: readImageSpec(stream, () => new Uint8Array(0)) };
}

describe('banded text layer', () => {
  for (const channels of [1, 3] as const) {
    it(`codes a ${channels === 1 ? 'grey' : 'RGB'} page exactly as thresholding the whole decoded page does`, async () => {
      const [width, height] = [1237, 1011];
      const pixels = typedPage(width, height, channels);
      const { stream, spec } = await flateImage(width, height, channels, deflateSync(pixels));
      const banded = await bandedTextLayer(stream, spec, channels);
      const whole = await threshold({ data: Buffer.from(pixels), width, height, channels }, { excludeColour: false });
      expect(whole.inkPixels).toBeGreaterThan(width * height * 0.05);
      expect(banded.inkPixels).toBe(whole.inkPixels);
      expect(banded.g4.equals(await encodeG4(whole.bits, width, height))).toBe(true);
    });
  }

  it('takes only large plain Flate images kept at their own size', async () => {
    const side = Math.ceil(Math.sqrt(BAND_MIN_BYTES / 3)) + 1;
    const large = await flateImage(side, side, 3, new Uint8Array(8));
    expect(bandedTextPlan(large.stream, large.spec, side, side)).toEqual({ channels: 3 });
    // Resampled to a lower text resolution: the whole-image path (band-decode shrinks it first when it can).
    expect(bandedTextPlan(large.stream, large.spec, side - 100, side - 100)).toBeNull();
    const small = await flateImage(1000, 1000, 3, new Uint8Array(8));
    expect(bandedTextPlan(small.stream, small.spec, 1000, 1000)).toBeNull();
  });
});
