import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { engineError } from '../errors';
import { sha256Hex } from '../../common/hash';

/** Larger than any document scan a portal takes; refused before reading it into memory. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export interface InputFile {
  path: string;
  /** File name only: what reports and errors show. */
  name: string;
  bytes: Uint8Array;
  sha256: string;
}

/**
 * The name reports and errors show: the one the person knows the file by when
 * the caller gives it (a case's stored copy is named with a hash prefix), else
 * the file's own name.
 */
export function displayNameOf(request: { path: string; name?: string | undefined }): string {
  return request.name ?? basename(request.path.replace(/\\/g, '/'));
}

/**
 * A file's SHA-256 as the caller already measured it (the batch hashes every input to decide whether a client
 * must be prepared again), with the size and modification time the file had then. Used only while the file
 * still has that size and time before and after the engine reads it; otherwise the engine hashes what it read.
 */
export interface KnownHash {
  sha256: string;
  bytes: number;
  mtimeMs: number;
}

/** Stage "read": the original is only ever read, never opened for writing. */
export async function readInput(path: string, displayName?: string, known?: KnownHash): Promise<InputFile> {
  const name = displayNameOf({ path, name: displayName });
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw engineError('FILE_NOT_FOUND', name, {}, error);
  }
  if (!info.isFile()) throw engineError('FILE_NOT_FOUND', name);
  if (info.size > MAX_INPUT_BYTES) throw engineError('FILE_TOO_LARGE', name, { megabytes: Math.round(info.size / 1048576) });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw engineError('FILE_UNREADABLE', name, {}, error);
  }
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { path, name, bytes: data, sha256: (await stillAsHashed(path, info, data, known)) ?? sha256Hex(data) };
}

/** The known hash when the file read is the one that was hashed: same size and time before and after reading. */
async function stillAsHashed(
  path: string,
  before: { size: number; mtimeMs: number },
  data: Uint8Array,
  known: KnownHash | undefined,
): Promise<string | null> {
  if (!known || data.byteLength !== known.bytes || before.size !== known.bytes || before.mtimeMs !== known.mtimeMs) return null;
  const after = await stat(path).catch(() => null);
  return after && after.size === known.bytes && after.mtimeMs === known.mtimeMs ? known.sha256 : null;
}
