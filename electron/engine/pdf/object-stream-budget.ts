import { createDecipheriv, createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { CONTENT_STREAM_CAP } from '../compress/stream-filters';
import { engineError } from '../errors';
import type { QpdfSession } from '../qpdf/runtime';

/**
 * Object streams (PDF 1.5 compressed objects) inflated under a cap before qpdf rewrites the file.
 *
 * To decrypt, qpdf reads every object, and an object inside an object stream is read by inflating
 * the whole stream: a 5.6 kB file whose object stream is Flate-in-Flate over 3 GiB took native qpdf
 * 55 s and 6.3 GB (qpdf-wasm: up to its 2 GB memory, then minutes), and pdf-lib, which inflates
 * every object stream when it loads a file, the same. qpdf's `--show-xref` does
 * not inflate anything: `--show-xref` says where each object stream is, and this module reads its
 * dictionary and bytes from the file, decrypts them when the file is encrypted (the key from
 * qpdf's `--show-encryption-key`; PDF 32000-2 7.6.3, algorithm 1 / 1.A) and inflates them with Node's
 * zlib capped at the content-stream cap. A stream beyond it is refused with PDF_STREAM_TOO_LARGE.
 *
 * A stream this check cannot read (a filter other than Flate, data that does not inflate) is left
 * to qpdf, under the engine's time and memory budget per document.
 */

export interface ObjectStreamCheck {
  /** Object streams found, and how many of them were inflated here. */
  found: number;
  inflated: number;
}

interface Encryption {
  key: Buffer;
  method: 'RC4' | 'AESv2' | 'AESv3' | 'None';
}

const passwordArg = (password: string) => `--password=${password}`;

/** Object numbers of the object streams that hold compressed objects, and where each one starts in the file. */
function objectStreams(lines: readonly string[]): { streams: Set<number>; offsets: Map<number, number> } {
  const streams = new Set<number>();
  const offsets = new Map<number, number>();
  for (const line of lines) {
    const compressed = /^(\d+)\/\d+: compressed; stream = (\d+)/.exec(line);
    if (compressed) streams.add(Number(compressed[2]));
    const plain = /^(\d+)\/0: uncompressed; offset = (\d+)/.exec(line);
    if (plain) offsets.set(Number(plain[1]), Number(plain[2]));
  }
  return { streams, offsets };
}

/** The key and stream method qpdf printed for `--show-encryption --show-encryption-key`; null when not encrypted. */
function encryptionOf(lines: readonly string[]): Encryption | null {
  const key = lines.map((line) => /^Encryption key = ([0-9a-f]+)$/i.exec(line.trim())).find(Boolean);
  if (!key) return null;
  // Revisions 2 and 3 (V 1/2) have no crypt filters and qpdf prints no method: they are RC4.
  const method = lines.map((line) => /^stream encryption method: (\w+)/.exec(line.trim())).find(Boolean)?.[1] ?? 'RC4';
  if (method !== 'RC4' && method !== 'AESv2' && method !== 'AESv3' && method !== 'None') return null;
  return { key: Buffer.from(key[1]!, 'hex'), method };
}

interface RawStream {
  /** The object's text from `n 0 obj` to the `stream` keyword (names and numbers are never encrypted). */
  dictionary: string;
  /** Where the data starts. */
  start: number;
}

/** Read the object at `offset` up to its `stream` keyword, without qpdf (one qpdf run per stream costs ~0.2 s). */
function rawStreamAt(bytes: Uint8Array, offset: number): RawStream | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keyword = text.indexOf('stream', offset, 'latin1');
  if (keyword < 0 || keyword - offset > 64 * 1024) return null;
  let start = keyword + 'stream'.length;
  if (text[start] === 0x0d) start++;
  if (text[start] === 0x0a) start++;
  return { dictionary: text.toString('latin1', offset, keyword), start };
}

/** /Length, direct or an indirect number object (read at its offset). */
function lengthOf(bytes: Uint8Array, dictionary: string, offsets: Map<number, number>): number | null {
  const indirect = /\/Length\s+(\d+)\s+(\d+)\s+R/.exec(dictionary);
  if (indirect) {
    const offset = offsets.get(Number(indirect[1]));
    if (offset === undefined) return null;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', offset, offset + 64);
    const value = /^\s*\d+\s+\d+\s+obj\s*(\d+)/.exec(text);
    return value ? Number(value[1]) : null;
  }
  const direct = /\/Length\s+(\d+)/.exec(dictionary);
  return direct ? Number(direct[1]) : null;
}

/** RC4 in JavaScript: OpenSSL 3 (Node 17+) leaves it to its legacy provider. */
function rc4(key: Buffer, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/** Decrypt one stream's data (PDF 32000-2 7.6.3.2, algorithm 1, and 7.6.3.3, algorithm 1.A for AES-256). */
function decrypt(encryption: Encryption, object: number, data: Uint8Array): Buffer | null {
  if (encryption.method === 'None') return Buffer.from(data);
  let key = encryption.key;
  if (encryption.method !== 'AESv3') {
    const salt = encryption.method === 'AESv2' ? Buffer.from('sAlT', 'latin1') : Buffer.alloc(0);
    const objectBytes = Buffer.from([object & 255, (object >> 8) & 255, (object >> 16) & 255, 0, 0]);
    key = createHash('md5')
      .update(Buffer.concat([key, objectBytes, salt]))
      .digest()
      .subarray(0, Math.min(16, key.length + 5));
  }
  if (encryption.method === 'RC4') return rc4(key, data);
  if (data.length < 32 || data.length % 16 !== 0) return null;
  try {
    const decipher = createDecipheriv(key.length === 32 ? 'aes-256-cbc' : 'aes-128-cbc', key, data.subarray(0, 16));
    return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]);
  } catch {
    return null;
  }
}

/** The filters named by the dictionary, in order; null when one of them is not Flate. */
function flateLayers(dictionary: string): number | null {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dictionary);
  if (!filter) return 0;
  const names = filter[1]!.match(/\/\w+/g) ?? [];
  return names.every((name) => name === '/FlateDecode' || name === '/Fl') ? names.length : null;
}

/** Inflate each layer under the cap; throws PDF_STREAM_TOO_LARGE past it, returns false when the data is not Flate data. */
function inflateUnderCap(data: Uint8Array, layers: number, file: string): boolean {
  let current: Uint8Array = data;
  for (let layer = 0; layer < layers; layer++) {
    try {
      current = inflateSync(current, { maxOutputLength: CONTENT_STREAM_CAP });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw engineError('PDF_STREAM_TOO_LARGE', file, { megabytes: Math.round(CONTENT_STREAM_CAP / (1024 * 1024)) }, error);
      }
      return false;
    }
  }
  return true;
}

/** What qpdf must print (in one run, with the file's password) for checkObjectStreamsIn. */
export const OBJECT_STREAM_INSPECTION = ['--show-encryption', '--show-encryption-key', '--show-xref'] as const;

/**
 * Check every object stream of the file from what qpdf printed for OBJECT_STREAM_INSPECTION (open-pdf.ts
 * asks for it in the same run as its other questions): throws PDF_STREAM_TOO_LARGE for one that inflates
 * beyond the content-stream cap. Says how many it found and inflated.
 */
export function checkObjectStreamsIn(lines: readonly string[], bytes: Uint8Array, file: string): ObjectStreamCheck {
  const { streams, offsets } = objectStreams(lines);
  const result: ObjectStreamCheck = { found: streams.size, inflated: 0 };
  if (streams.size === 0) return result;
  const encryption = encryptionOf(lines);
  for (const object of streams) {
    const offset = offsets.get(object);
    const stream = offset === undefined ? null : rawStreamAt(bytes, offset);
    if (!stream) continue;
    const layers = flateLayers(stream.dictionary);
    const length = lengthOf(bytes, stream.dictionary, offsets);
    if (layers === null || length === null || stream.start + length > bytes.length) continue;
    const raw = bytes.subarray(stream.start, stream.start + length);
    const data = encryption ? decrypt(encryption, object, raw) : raw;
    if (data && inflateUnderCap(data, layers, file)) result.inflated++;
  }
  return result;
}

/** The same check with a qpdf run of its own (the file opened in `qpdf` with `password`). */
export function checkObjectStreams(qpdf: QpdfSession, bytes: Uint8Array, password: string, file: string): ObjectStreamCheck {
  const run = qpdf.run([...OBJECT_STREAM_INSPECTION, passwordArg(password), '{in:in.pdf}'], { 'in.pdf': bytes });
  return checkObjectStreamsIn(run.output, bytes, file);
}
