/**
 * The edge of a picture (a photo on a mixed page) in the 1-bit text layer, without the text beside it.
 *
 * clearPictureAreas (bilevel.ts) finds a picture as blocks of about 1.3 mm that are mostly ink. The
 * picture's true edge falls inside the blocks around them: there its dark part and its blurred rim
 * are still ink, and would be painted as a black frame over the colour layer. Clearing every block
 * around the picture (as before) also took the tops of the letters of a line running just under a
 * photo out of the text layer, leaving them only in the 75-dpi colour layer, where OCR misread them
 * (bench/results.md, issue 15). So in that ring of blocks (and in the blocks of the picture's bounding
 * box that are not its own: the rim of an irregular dark area), ink is cleared by connected piece (8-connected):
 * a piece that touches the picture and stays inside the ring is the picture's edge; a piece that
 * reaches beyond the ring is text (letters are taller than a block) and stays, even when it touches
 * the picture, unless its pixels are tinted (a colour photo's dark rim running along its side); a
 * small speck inside the ring that touches neither is the picture's noise.
 */

export interface PictureGrid {
  width: number;
  height: number;
  /** Block size in pixels and the grid's size in blocks. */
  block: number;
  gw: number;
  gh: number;
  /** 1 for the blocks of a picture (already cleared). */
  picture: Uint8Array;
  /** 1 within each picture's bounding box (an irregular dark area leaves blocks of its own edge inside it). */
  extent: Uint8Array;
}

export interface Restore {
  cleaned: Buffer;
  original: Buffer;
  channels: number;
}

/** Gives a cleared pixel its own colour back in the cleaned colour layer. */
export function restorePixel(restore: Restore, i: number): void {
  for (let c = 0; c < restore.channels; c++)
    restore.cleaned[i * restore.channels + c] = restore.original[i * restore.channels + c]!;
}

/**
 * Mean channel spread above which a piece of ink is a picture's, not text's: black text on a scan
 * spreads by a few levels (paper tint, noise), the generated photo's dark green rim by ~25.
 */
const PICTURE_SPREAD = 14;

function channelSpread(rgb: Buffer, p: number): number {
  const r = rgb[p * 3]!;
  const g = rgb[p * 3 + 1]!;
  const b = rgb[p * 3 + 2]!;
  return Math.max(r, g, b) - Math.min(r, g, b);
}

/** A piece of ink inside the ring smaller than this share of a block's area, touching nothing, is a speck. */
const SPECK_SHARE = 0.25;

export function clearPictureEdges(bits: Buffer, grid: PictureGrid, restore?: Restore): number {
  const { width, height, block, gw, gh, picture, extent } = grid;
  // The ring: blocks of a picture's bounding box that are not the picture's, and the blocks around it.
  const ring = new Uint8Array(gw * gh);
  if (!markRing(picture, extent, gw, gh, ring)) return 0;
  const colour = restore && restore.channels === 3 ? restore.original : null;
  return clearEdgePieces(bits, width, height, block, gw, gh, picture, ring, colour, restore ?? null);
}

/*
 * clearPictureEdges' two passes, each a function with nothing after its loop, for the JIT's sake: as one
 * function, the first loop was compiled on the stack before the second had run, and reaching the second
 * threw that code away (5 compilations of clearPictureEdges on the 10-page typed scan, issue 15's wall time).
 */

/** Marks the ring's blocks; false when there are none. */
function markRing(picture: Uint8Array, extent: Uint8Array, gw: number, gh: number, ring: Uint8Array): boolean {
  let any = false;
  for (let gy = 0; gy < gh; gy++)
    for (let gx = 0; gx < gw; gx++) {
      if (picture[gy * gw + gx]) continue;
      for (let dy = -1; dy <= 1 && !ring[gy * gw + gx]; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = gx + dx;
          const ny = gy + dy;
          if (nx >= 0 && ny >= 0 && nx < gw && ny < gh && extent[ny * gw + nx]) {
            ring[gy * gw + gx] = 1;
            any = true;
            break;
          }
        }
    }
  return any;
}

/** Clears the picture's edge and the specks in the ring, piece by piece; returns how many ink pixels it cleared. */
function clearEdgePieces(
  bits: Buffer,
  width: number,
  height: number,
  block: number,
  gw: number,
  gh: number,
  picture: Uint8Array,
  ring: Uint8Array,
  colour: Buffer | null,
  restore: Restore | null,
): number {
  const seen = new Uint8Array(width * height);
  const speck = SPECK_SHARE * block * block;
  let cleared = 0;
  const piece: number[] = [];
  for (let gy = 0; gy < gh; gy++)
    for (let gx = 0; gx < gw; gx++) {
      if (!ring[gy * gw + gx]) continue;
      for (let y = gy * block; y < Math.min(height, (gy + 1) * block); y++)
        for (let x = gx * block; x < Math.min(width, (gx + 1) * block); x++) {
          const start = y * width + x;
          if (bits[start] !== 0 || seen[start]) continue;
          // One connected piece of ink, followed only inside the ring.
          piece.length = 0;
          piece.push(start);
          seen[start] = 1;
          let touchesPicture = false;
          let leavesRing = false;
          let spread = 0;
          for (let k = 0; k < piece.length; k++) {
            const p = piece[k]!;
            if (colour) spread += channelSpread(colour, p);
            const px = p % width;
            const py = (p - px) / width;
            for (let dy = -1; dy <= 1; dy++)
              for (let dx = -1; dx <= 1; dx++) {
                const nx = px + dx;
                const ny = py + dy;
                if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
                const cell = Math.floor(ny / block) * gw + Math.floor(nx / block);
                if (picture[cell]) {
                  touchesPicture = true;
                  continue;
                }
                const q = ny * width + nx;
                if (bits[q] !== 0) continue;
                if (!ring[cell]) {
                  leavesRing = true;
                  continue;
                }
                if (!seen[q]) {
                  seen[q] = 1;
                  piece.push(q);
                }
              }
          }
          // Text ink is neutral; a photo's dark rim keeps some of its colour (a dark green, a navy).
          const tinted = colour !== null && spread / piece.length > PICTURE_SPREAD;
          const edge = touchesPicture && (!leavesRing || tinted);
          const loose = !touchesPicture && !leavesRing && piece.length < speck;
          if (!edge && !loose) continue;
          for (const p of piece) {
            bits[p] = 255;
            if (restore) restorePixel(restore, p);
          }
          cleared += piece.length;
        }
    }
  return cleared;
}
