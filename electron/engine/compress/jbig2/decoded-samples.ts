import { createHash } from 'node:crypto';
import { packRows } from '../bit-rows';

/**
 * The samples a PDF reader decodes from our JBIG2 stream, as pdf.js hands them over: rows of
 * ceil(width / 8) bytes, most significant bit first, 0 for ink and 1 for paper (JBIG2Decode turns
 * JBIG2's 1 = black into DeviceGray's 0 = black), and the bits after the last pixel of a row 1
 * (JBIG2's 0 padding, inverted with the rest). Validation compares pdf.js's decode of every JBIG2
 * stream we wrote against this digest (validate/jbig2-check.ts).
 */
export function packDecodedSamples(bits: Uint8Array, width: number, height: number): Buffer {
  return packRows(bits, width, height, 1);
}

export function decodedSamplesDigest(bits: Uint8Array, width: number, height: number): string {
  return samplesDigestOf(packDecodedSamples(bits, width, height));
}

/** The digest of samples already packed (by packDecodedSamples, or by the coder: GenericRegionStats.decodedSamples). */
export function samplesDigestOf(samples: Uint8Array): string {
  return createHash('sha256').update(samples).digest('hex');
}
