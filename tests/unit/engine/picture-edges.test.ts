import { describe, expect, it } from 'vitest';
import { clearPictureAreas } from '../../../electron/engine/compress/bilevel';

/**
 * A photo on a mixed page leaves the 1-bit text layer with its rim, not with the text beside it
 * (picture-edges.ts, called by clearPictureAreas).
 */

const W = 1600; // block = 10 px
const H = 600;

function countInk(bits: Buffer, x0: number, x1: number, y0: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (bits[y * W + x] === 0) n++;
  return n;
}

describe('clearing a picture and its edge from the text layer', () => {
  it('keeps a text line whose letters touch the photo, and clears the photo with its rim', () => {
    const bits = Buffer.alloc(W * H, 255);
    // A dark photo from (103, 103) to (297, 297): its edge falls inside the blocks around the solid ones.
    for (let y = 103; y < 297; y++) for (let x = 103; x < 297; x++) bits[y * W + x] = 0;
    // A text line just under it: 3-px stems, 30 px tall, whose tops touch the photo's bottom edge.
    for (let y = 297; y < 327; y++) for (let x = 60; x < 400; x++) if (x % 12 < 3) bits[y * W + x] = 0;
    const stems = countInk(bits, 0, W, 300, 327);
    clearPictureAreas(bits, W, H);
    expect(countInk(bits, 100, 300, 100, 297)).toBe(0);
    // Below the photo's last block (rows 290..299, 70 % photo, is the photo's) every stem is whole; a
    // whole block's growth, as before, took rows 300..309 of them too.
    expect(countInk(bits, 0, W, 300, 327)).toBe(stems);
  });

  it('clears specks of the photo left in the blocks around it', () => {
    const bits = Buffer.alloc(W * H, 255);
    for (let y = 100; y < 300; y++) for (let x = 100; x < 300; x++) bits[y * W + x] = 0;
    // Noise beside the photo, 4 px from its edge: not touching it, inside its ring of blocks.
    for (let y = 150; y < 152; y++) for (let x = 304; x < 306; x++) bits[y * W + x] = 0;
    clearPictureAreas(bits, W, H);
    expect(countInk(bits, 300, 320, 140, 160)).toBe(0);
  });

  it("clears a colour photo's tinted rim running along its side, and keeps neutral text there", () => {
    const bits = Buffer.alloc(W * H, 255);
    const original = Buffer.alloc(W * H * 3, 240);
    const cleaned = Buffer.alloc(W * H * 3, 240);
    const paint = (x: number, y: number, rgb: number[]) => {
      bits[y * W + x] = 0;
      original.set(rgb, (y * W + x) * 3);
    };
    // A dark green photo 100..300, and its rim (x 300..306) running on up to y 40, beyond the ring.
    for (let y = 100; y < 300; y++) for (let x = 100; x < 300; x++) paint(x, y, [32, 64, 32]);
    for (let y = 40; y < 300; y++) for (let x = 300; x < 306; x++) paint(x, y, [40, 70, 50]);
    // A neutral black letter stem beside the photo, running from its edge far down.
    for (let y = 300; y < 360; y++) for (let x = 150; x < 153; x++) paint(x, y, [20, 20, 20]);
    clearPictureAreas(bits, W, H, { cleaned, original, channels: 3 });
    // The rim is gone where it lies in the ring (rows 90..310), and got its own colour back.
    expect(countInk(bits, 300, 306, 90, 300)).toBe(0);
    expect([...cleaned.subarray((200 * W + 302) * 3, (200 * W + 302) * 3 + 3)]).toEqual([40, 70, 50]);
    expect(countInk(bits, 150, 153, 310, 360)).toBe(3 * 50);
  });
});
