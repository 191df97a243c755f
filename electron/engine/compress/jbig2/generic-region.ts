import { MqEncoder } from './mq-encoder';

/**
 * Generic region coding (ITU-T T.88 §6.2), arithmetic, template 0 with the default adaptive pixels
 * A1 (3,−1), A2 (−3,−1), A3 (2,−2), A4 (−2,−2), and typical prediction (TPGDON): lossless, one bit
 * per pixel in, arithmetic-coded bytes out. No symbol or pattern matching: those substitute one
 * glyph's bitmap for a similar one, which is how JBIG2 copiers changed digits on legal documents.
 *
 * With the default adaptive pixels the 16 context pixels are three runs — row y−2 from x−2 to x+2,
 * row y−1 from x−3 to x+3, row y from x−4 to x−1 — and the standard's context number (T.88 Figure 3,
 * as jbig2dec and pdf.js number it) is exactly those runs read left to right, most significant
 * first: (row y−2) << 11 | (row y−1) << 4 | (row y). Each run is a shift register, so a pixel costs
 * three shifts and one MQ decision; rows equal to the one above cost one decision for the whole row.
 */

/** T.88 §6.2.5.7: the context in which "this row is the same as the last" (SLTP) is coded, template 0. */
const SLTP_CONTEXT_TEMPLATE0 = 0x9b25;
/** Zero pixels kept left of each row (x−4) and right of it (x+3), so the loop needs no edge tests. */
const PAD = 4;

export const GENERIC_AT_PIXELS_TEMPLATE0: readonly number[] = [3, -1, -3, -1, 2, -2, -2, -2];

/**
 * `bits`: one byte per pixel, row by row, as bilevel.ts makes them: 0 is ink, anything else paper.
 * JBIG2 codes ink as 1.
 */
export function encodeGenericRegion(bits: Uint8Array, width: number, height: number): Uint8Array {
  if (bits.length < width * height) throw new Error(`JBIG2: ${bits.length} pixels for a ${width}×${height} region`);
  const stride = width + 2 * PAD;
  // Three rows in turn (y−2, y−1, y): the page is never copied whole.
  let above2 = new Uint8Array(stride);
  let above1 = new Uint8Array(stride);
  let row = new Uint8Array(stride);
  // A text page codes to ~1/40 of its pixel count in bytes; start the buffer near that.
  const encoder = new MqEncoder(65536, Math.max(1024, (width * height) >>> 6));
  let ltp = 0;
  for (let y = 0; y < height; y++) {
    const start = y * width;
    let same = 1;
    for (let x = 0; x < width; x++) {
      const ink = bits[start + x] === 0 ? 1 : 0;
      row[PAD + x] = ink;
      if (ink !== above1[PAD + x]) same = 0;
    }
    // TPGDON (§6.2.5.7): code whether this row's "same as above" differs from the last row's.
    encoder.encode(same ^ ltp, SLTP_CONTEXT_TEMPLATE0);
    ltp = same;
    if (same === 0) encodeRow(encoder, above2, above1, row, width);
    const spare = above2;
    above2 = above1;
    above1 = row;
    row = spare;
  }
  return encoder.finish();
}

function encodeRow(encoder: MqEncoder, above2: Uint8Array, above1: Uint8Array, row: Uint8Array, width: number): void {
  // Before x = 0 the registers hold x−3…x+1 (row y−2) and x−4…x+2 (row y−1); the loop shifts in x+2 and x+3.
  let w2 = 0;
  for (let k = -3; k <= 1; k++) w2 = (w2 << 1) | above2[PAD + k]!;
  let w1 = 0;
  for (let k = -4; k <= 2; k++) w1 = (w1 << 1) | above1[PAD + k]!;
  let w0 = 0;
  for (let x = 0; x < width; x++) {
    w2 = ((w2 << 1) | above2[PAD + x + 2]!) & 0x1f;
    w1 = ((w1 << 1) | above1[PAD + x + 3]!) & 0x7f;
    const bit = row[PAD + x]!;
    encoder.encode(bit, (w2 << 11) | (w1 << 4) | w0);
    w0 = ((w0 << 1) | bit) & 0xf;
  }
}
