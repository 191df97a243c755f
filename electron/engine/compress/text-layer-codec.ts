import type { TextLayerCodec } from '../../../shared/engine/compression';
import { encodeG4 } from './bilevel';
import { samplesDigestOf } from './jbig2/decoded-samples';
import type { GenericRegionStats } from './jbig2/generic-region';
import { encodeJbig2Page } from './jbig2/segments';
import { recordOwnJbig2 } from './own-streams';

/**
 * A 1-bit text layer in the smaller of CCITT G4 (libtiff through sharp) and JBIG2 generic-region
 * coding (jbig2/, lossless). JBIG2 is coded first; G4 only when JBIG2 came out unusually large for
 * the layer's edges, where G4 might win.
 *
 * Why that is enough: G4 codes every colour change along a row with at least one bit, and a scanned
 * text page needs 2.6–2.75 bits a change in G4 against 1.5–1.75 in JBIG2 (all 85 layers of the bench
 * inputs at every rung, session 7: JBIG2 0.56–0.65× G4). So G4 is made only when JBIG2 takes more than
 * G4_CHECK_BITS_PER_CHANGE bits a change; below that, G4 would have to code over a third of a page's
 * changes in a single bit each (edges exactly under the row above, as in ruled lines) to win. Coding
 * both every time cost a G4 encode per page and rung (libvips) for bytes that were never kept.
 * The sizes made are kept for report.json: the choice is said, not assumed.
 */
export const G4_CHECK_BITS_PER_CHANGE = 2;

export interface EncodedTextLayer {
  bytes: Buffer;
  codec: TextLayerCodec;
  width: number;
  height: number;
  /** Absent when G4 was not made (JBIG2 clearly smaller, see above). */
  g4Bytes?: number;
  /** Absent when the layer was coded band by band (banded-text.ts): G4 only, JBIG2 needs the whole mask. */
  jbig2Bytes?: number;
  /** JBIG2: the digest its decode must match (own-streams.ts), for a thread that did not code it to record. */
  samplesDigest?: string;
}

/** `bits`: one byte per pixel, 0 ink (bilevel.ts). */
export async function encodeTextLayer(bits: Buffer, width: number, height: number): Promise<EncodedTextLayer> {
  // The coder also writes the samples a reader decodes (from the rows it packs anyway): ~25 ms a 300-dpi page
  // less than packing them again from `bits` (issue 15's CPU).
  const stats: GenericRegionStats = { changes: 0, decodedSamples: Buffer.allocUnsafe(((width + 7) >> 3) * height) };
  const jbig2 = encodeJbig2Page(bits, width, height, stats);
  const g4 = jbig2.length * 8 > G4_CHECK_BITS_PER_CHANGE * stats.changes ? await encodeG4(bits, width, height) : null;
  const useJbig2 = g4 === null || jbig2.length < g4.length;
  // What validation will compare pdf.js's decode of this stream with.
  const samplesDigest = useJbig2 ? samplesDigestOf(stats.decodedSamples!) : undefined;
  if (samplesDigest) recordOwnJbig2(jbig2, samplesDigest);
  return {
    ...(samplesDigest ? { samplesDigest } : {}),
    bytes: useJbig2 ? jbig2 : g4!,
    codec: useJbig2 ? 'jbig2' : 'ccitt-g4',
    width,
    height,
    ...(g4 ? { g4Bytes: g4.length } : {}),
    jbig2Bytes: jbig2.length,
  };
}
