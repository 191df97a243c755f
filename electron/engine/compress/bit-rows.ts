/**
 * Walking and packing one-byte-per-pixel masks (0 ink, 255 paper; bilevel.ts).
 *
 * A text page's mask is mostly paper: on the 10-page typed scan about 5 % of its 8.7 Mpx a page are
 * ink. The passes that only act on ink (painting the paper over it, counting it per block, packing
 * rows) read the mask four bytes at a time and step over all-paper words, instead of testing every
 * byte (issue 15's CPU; figures in bench/results.md, "session 7 pixel passes").
 */

/** Four paper bytes read as one 32-bit word (either byte order). */
const PAPER_WORD = 0xffffffff;

/** A mask with a 32-bit view of the memory it lies in (for nextInk). */
export interface WordView {
  bits: Uint8Array;
  /** Every whole 32-bit word of bits' ArrayBuffer. */
  words: Uint32Array;
  /** bits' offset in that buffer: byte i of the mask is byte offset + i of the buffer. */
  offset: number;
}

export function wordView(bits: Uint8Array): WordView {
  const { buffer, byteOffset } = bits;
  return { bits, words: new Uint32Array(buffer, 0, buffer.byteLength >> 2), offset: byteOffset };
}

/**
 * The index of the first ink byte (0) of the mask in [from, to), or `to` when there is none. Bytes
 * other than 0 and 255 are not ink (they only stop the word-sized steps).
 */
export function nextInk(view: WordView, from: number, to: number): number {
  const { bits, words, offset } = view;
  let i = from;
  for (;;) {
    // Bytes up to the next word boundary of the buffer.
    while (i < to && ((offset + i) & 3) !== 0) {
      if (bits[i] === 0) return i;
      i++;
    }
    if (i >= to) return to;
    const wordEnd = (offset + to) >> 2;
    let w = (offset + i) >> 2;
    while (w < wordEnd && words[w] === PAPER_WORD) w++;
    i = (w << 2) - offset;
    if (w >= wordEnd) {
      for (; i < to; i++) if (bits[i] === 0) return i;
      return to;
    }
    // A word with something other than paper: its four bytes.
    for (let k = 0; k < 4; k++, i++) if (bits[i] === 0) return i;
  }
}

/**
 * Rows of `width` one-byte pixels packed 8 to a byte, most significant bit first, rows padded to a
 * byte: a pixel's bit is 1 when its byte is not 0 (paper; DeviceGray's 1 = white), and the padding
 * bits after a row's last pixel are `pad`. Used for the samples pdf.js decodes from our JBIG2 streams
 * (padding 1, jbig2/decoded-samples.ts) and for black-and-white images embedded as 1-bit Flate
 * (padding 0, engine/image/images-to-pdf.ts).
 */
export function packRows(bits: Uint8Array, width: number, height: number, pad: 0 | 1): Buffer {
  const rowBytes = (width + 7) >> 3;
  const whole = width >> 3;
  // Start from all paper: a group of eight paper pixels (most of a page) needs no write.
  const out = Buffer.alloc(rowBytes * height, 0xff);
  const view = wordView(bits);
  const tailMask = pad === 1 ? 0 : 0xff >> (width & 7);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const end = row + width;
    const o = y * rowBytes;
    // Only the bytes holding ink are written: from each ink pixel, its group of eight, then on to the next ink.
    for (let i = nextInk(view, row, end); i < end;) {
      const group = (i - row) >> 3;
      if (group >= whole) break;
      const g = row + (group << 3);
      out[o + group] =
        (bits[g]! !== 0 ? 0x80 : 0) |
        (bits[g + 1]! !== 0 ? 0x40 : 0) |
        (bits[g + 2]! !== 0 ? 0x20 : 0) |
        (bits[g + 3]! !== 0 ? 0x10 : 0) |
        (bits[g + 4]! !== 0 ? 0x08 : 0) |
        (bits[g + 5]! !== 0 ? 0x04 : 0) |
        (bits[g + 6]! !== 0 ? 0x02 : 0) |
        (bits[g + 7]! !== 0 ? 0x01 : 0);
      i = nextInk(view, g + 8, end);
    }
    if ((width & 7) === 0) continue;
    // The last, partial byte: padding as asked, then its ink.
    const last = o + whole;
    out[last] = out[last]! & ~tailMask;
    for (let x = whole << 3; x < width; x++) if (bits[row + x] === 0) out[last] = out[last]! & ~(0x80 >> (x & 7));
  }
  return out;
}
