import type { PageClass } from '../../../shared/engine/compression';
import { paintOverInk, threshold } from './bilevel';
import type { Pixels } from './image-pixels';
import { resizeRaw } from './image-pixels';
import { inkGrey } from './mrc';
import { flattenPaper } from './mrc-background';
import { recordOwnJbig2, recordOwnStream } from './own-streams';
import { EncodedTextLayer, encodeTextLayer } from './text-layer-codec';

/**
 * The CPU-heavy part of a text or mixed page, as one pure step: decoded pixels in, the encoded 1-bit
 * layer (and, on a mixed page, the cleaned colour layer) out. It touches no PDF object and no cache, so
 * it runs the same on the calling thread or on a page worker (page-pool.ts): typed arrays in, typed
 * arrays out, the output byte for byte the same either way (tests/integration/page-pool.test.ts).
 */
export interface TextLayerInput {
  pixels: Pixels;
  pageClass: Exclude<PageClass, 'photo'>;
  /** Mixed pages: the size of the colour layer's working copy. */
  backgroundSize: { width: number; height: number };
}

export interface TextLayerOutput {
  encoded: EncodedTextLayer;
  width: number;
  height: number;
  /** Mixed pages: the cleaned colour layer (ink painted over, paper flattened) and the ink's grey level. */
  background?: Pixels;
  ink?: number;
}

export async function makeTextLayer(input: TextLayerInput): Promise<TextLayerOutput> {
  const { pixels, pageClass } = input;
  const mixed = pageClass === 'mixed';
  // On a mixed page the colour layer holds stamps and photos: neither goes into the 1-bit text.
  const bilevel = await threshold(pixels, { excludeColour: mixed, excludePictures: mixed });
  try {
    const encoded = await encodeTextLayer(bilevel.bits, pixels.width, pixels.height);
    const out: TextLayerOutput = { encoded, width: pixels.width, height: pixels.height };
    if (mixed) {
      // The paper is painted over the ink in the page's own pixels (no copy of the page), the ink's colour
      // measured on the way, before it is painted over. The cleaned background is built at text resolution
      // (where the mask is) and kept small, then reduced to what the mask does not hold: white paper and the
      // colour marks.
      out.ink = inkGrey(paintOverInk(pixels, bilevel));
      const { width, height } = input.backgroundSize;
      const small = await resizeRaw(pixels, width, height);
      out.background = await flattenPaper(small, { bits: bilevel.bits, width: pixels.width, height: pixels.height });
    }
    return out;
  } finally {
    // The mask lies in the page kernels' memory, which the thread's next page reuses.
    bilevel.release();
  }
}

/**
 * Validation knows our own streams by what the encoding thread recorded (own-streams.ts), and those
 * records are per thread: a layer coded on a page worker is recorded again here, on the thread that
 * writes and validates the file. Recording is idempotent, so the inline path may call it too.
 */
export function recordTextLayer(encoded: EncodedTextLayer): void {
  if (encoded.codec === 'ccitt-g4') recordOwnStream(encoded.bytes);
  else if (encoded.samplesDigest) recordOwnJbig2(encoded.bytes, encoded.samplesDigest);
}
