import type { TextLayerCodec } from '../../../shared/engine/compression';
import { encodeG4 } from './bilevel';
import { decodedSamplesDigest } from './jbig2/decoded-samples';
import { encodeJbig2Page } from './jbig2/segments';
import { recordOwnJbig2 } from './own-streams';

/**
 * A 1-bit text layer, encoded both ways and kept in the smaller: CCITT G4 (libtiff through sharp)
 * or JBIG2 generic-region coding (jbig2/, lossless). JBIG2's context modelling makes a scanned text
 * page about 0.6× its G4 size (bench/results.md); G4 stays for what it still wins (very sparse or
 * very regular masks). Both sizes are kept for report.json: the choice is said, not assumed.
 */
export interface EncodedTextLayer {
  bytes: Buffer;
  codec: TextLayerCodec;
  width: number;
  height: number;
  g4Bytes: number;
  /** Absent when the layer was coded band by band (banded-text.ts): G4 only, JBIG2 needs the whole mask. */
  jbig2Bytes?: number;
  /** JBIG2: the digest its decode must match (own-streams.ts), for a thread that did not code it to record. */
  samplesDigest?: string;
}

/** `bits`: one byte per pixel, 0 ink (bilevel.ts). */
export async function encodeTextLayer(bits: Buffer, width: number, height: number): Promise<EncodedTextLayer> {
  // G4 runs in libvips' thread pool while JBIG2 codes on this thread.
  const g4Promise = encodeG4(bits, width, height);
  let jbig2: Buffer;
  try {
    jbig2 = encodeJbig2Page(bits, width, height);
  } catch (error) {
    await g4Promise.catch(() => undefined);
    throw error;
  }
  const g4 = await g4Promise;
  const useJbig2 = jbig2.length < g4.length;
  // What validation will compare pdf.js's decode of this stream with.
  const samplesDigest = useJbig2 ? decodedSamplesDigest(bits, width, height) : undefined;
  if (samplesDigest) recordOwnJbig2(jbig2, samplesDigest);
  return {
    ...(samplesDigest ? { samplesDigest } : {}),
    bytes: useJbig2 ? jbig2 : g4,
    codec: useJbig2 ? 'jbig2' : 'ccitt-g4',
    width,
    height,
    g4Bytes: g4.length,
    jbig2Bytes: jbig2.length,
  };
}
