/**
 * The pixel passes of a lossless image's embedding (images-to-pdf.ts embedLossless): is an RGB image grey,
 * is a grey image black and white only (packing it to one bit per pixel: compress/bit-rows.ts packRows). A scanned page is
 * 8–15 megapixels and these passes ran a byte at a time: 0.07 s (test) + 0.10 s (pack) per page of the
 * corpus's 400-dpi G4 TIFF and 0.11–0.15 s for the grey test of a 2550 × 3300 PNG scan, more than decoding
 * them. Here they read 4 bytes or 8 pixels at a time, with the same results (tests/unit/engine/lossless-pixels.test.ts
 * compares them with the byte-at-a-time definitions).
 */

/** The grey plane of an RGB image (3 bytes a pixel) whose every pixel has R = G = B; null when one does not. */
export function greyPlaneOf(rgb: Uint8Array, pixels: number): Buffer | null {
  // Not zero-filled: every byte is written before it is returned, and nothing is returned otherwise.
  const grey = Buffer.allocUnsafe(pixels);
  for (let p = 0, i = 0; p < pixels; p += 1, i += 3) {
    const r = rgb[i]!;
    if (r !== rgb[i + 1] || r !== rgb[i + 2]) return null;
    grey[p] = r;
  }
  return grey;
}

const isBlackOrWhite = (value: number) => value === 0 || value === 255;

/** Every sample is 0 or 255. */
export function isBilevel(grey: Uint8Array): boolean {
  // Bytes before the first 4-byte boundary of the underlying memory, then whole words, then the rest.
  const head = (4 - (grey.byteOffset & 3)) & 3;
  if (grey.length <= head) return grey.every(isBlackOrWhite);
  for (let i = 0; i < head; i += 1) if (!isBlackOrWhite(grey[i]!)) return false;
  const words = new Uint32Array(grey.buffer, grey.byteOffset + head, (grey.length - head) >>> 2);
  for (let k = 0; k < words.length; k += 1) {
    const w = words[k]!;
    // Each byte 0x00 or 0xFF ⟺ in each byte, every bit equals the one above it (bits 0–6 against 1–7;
    // the mask keeps the next byte's bit 0, shifted into bit 7, out of the comparison).
    if (((w ^ (w >>> 1)) & 0x7f7f7f7f) !== 0) return false;
  }
  for (let i = head + words.length * 4; i < grey.length; i += 1) if (!isBlackOrWhite(grey[i]!)) return false;
  return true;
}
