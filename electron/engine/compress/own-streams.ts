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
