import { createHash } from 'node:crypto';

/**
 * The samples a PDF reader decodes from our JBIG2 stream, as pdf.js hands them over: rows of
 * ceil(width / 8) bytes, most significant bit first, 0 for ink and 1 for paper (JBIG2Decode turns
 * JBIG2's 1 = black into DeviceGray's 0 = black), and the bits after the last pixel of a row 1
 * (JBIG2's 0 padding, inverted with the rest). Validation compares pdf.js's decode of every JBIG2
 * stream we wrote against this digest (validate/jbig2-check.ts).
 */
export function packDecodedSamples(bits: Uint8Array, width: number, height: number): Buffer {
  const rowBytes = (width + 7) >> 3;
  const whole = width >> 3;
  const out = Buffer.alloc(rowBytes * height, 0xff);
  for (let y = 0; y < height; y++) {
    let i = y * width;
    let o = y * rowBytes;
    // Eight pixels a byte without a branch per pixel: paper (non-zero) sets its bit, ink leaves it 0.
    for (let b = 0; b < whole; b++, i += 8, o++) {
      out[o] =
        (bits[i]! !== 0 ? 0x80 : 0) |
        (bits[i + 1]! !== 0 ? 0x40 : 0) |
        (bits[i + 2]! !== 0 ? 0x20 : 0) |
        (bits[i + 3]! !== 0 ? 0x10 : 0) |
        (bits[i + 4]! !== 0 ? 0x08 : 0) |
        (bits[i + 5]! !== 0 ? 0x04 : 0) |
        (bits[i + 6]! !== 0 ? 0x02 : 0) |
        (bits[i + 7]! !== 0 ? 0x01 : 0);
    }
    // The last, partial byte: padding stays 1.
    for (let x = whole << 3; x < width; x++, i++) if (bits[i] === 0) out[o]! &= ~(0x80 >> (x & 7));
  }
  return out;
}

export function decodedSamplesDigest(bits: Uint8Array, width: number, height: number): string {
  return createHash('sha256')
    .update(packDecodedSamples(bits, width, height))
    .digest('hex');
}
