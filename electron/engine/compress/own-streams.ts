import { createHash } from 'node:crypto';

/**
 * Image data this process has just encoded (JPEG by libjpeg-turbo, CCITT G4 by libtiff, both through
 * sharp), known by its SHA-256. Validation decodes every image of an output once more with pdf.js
 * (decode-check.ts) to catch damaged data that was passed through from an input; for data we encoded
 * ourselves from decoded pixels that second decode found nothing and cost ~0.9 s of the 10-page typed
 * scan's 10 s (issue 15). Such data is still checked by the structural checks (jpeg-check.ts, and
 * libtiff decoding every G4 stream in ccitt-check.ts) and the file is still opened by pdf.js; only
 * pdf.js's pixel decode of pages drawn entirely from our own data is skipped. Bytes that merely look
 * like ours cannot pass: the digest is of the whole stream.
 *
 * Bounded: the oldest digests are forgotten first (a batch worker prepares many files in turn).
 */
const MAX_ENTRIES = 4096;
const digests = new Set<string>();

function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function recordOwnStream(bytes: Uint8Array): void {
  const digest = digestOf(bytes);
  digests.delete(digest);
  digests.add(digest);
  if (digests.size > MAX_ENTRIES) digests.delete(digests.values().next().value!);
}

export function isOwnStream(bytes: Uint8Array): boolean {
  return digests.has(digestOf(bytes));
}

/**
 * Our JBIG2 text layers and the digest of the samples each must decode to (jbig2/decoded-samples.ts).
 * Arithmetic-coded data has no invalid codes: damage or an encoder fault decodes to other pixels
 * without a word from any decoder, so validation compares pdf.js's decode with what was encoded
 * (validate/jbig2-check.ts), and such pages are never exempt from pdf.js's decode. Known by the
 * stream's length and its segment headers (the first bytes: page and region size, data length), not
 * by a digest of the whole stream, so that data damaged after it was written is still recognised as
 * ours, and caught. Streams that share those are all listed.
 */
const JBIG2_HEADER_BYTES = 67;
const jbig2Samples = new Map<string, string[]>();

function jbig2Key(bytes: Uint8Array): string {
  return `${bytes.length}:${digestOf(bytes.subarray(0, JBIG2_HEADER_BYTES))}`;
}

export function recordOwnJbig2(bytes: Uint8Array, samplesDigest: string): void {
  const key = jbig2Key(bytes);
  const known = jbig2Samples.get(key) ?? [];
  jbig2Samples.delete(key);
  jbig2Samples.set(key, known.includes(samplesDigest) ? known : [...known, samplesDigest]);
  if (jbig2Samples.size > MAX_ENTRIES) jbig2Samples.delete(jbig2Samples.keys().next().value!);
}

/** The sample digests a JBIG2 stream like `bytes` that we wrote must decode to (one of); undefined when we wrote none like it. */
export function ownJbig2Samples(bytes: Uint8Array): readonly string[] | undefined {
  return jbig2Samples.get(jbig2Key(bytes));
}
