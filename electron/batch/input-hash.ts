import { stat } from 'node:fs/promises';
import type { ClientScan } from '../clients/scan';
import { sha256Hex, sha256OfFile } from '../common/hash';
import type { KnownHash } from '../engine/stages/read-input';

/** Each input's hash by absolute path, with the size and time it had when hashed: the engine reuses it (read-input.ts). */
export type InputHashes = Map<string, KnownHash>;

/** The file's SHA-256 with the size and modification time seen just before reading it. */
async function hashOf(path: string): Promise<KnownHash> {
  const before = await stat(path);
  return { sha256: await sha256OfFile(path), bytes: before.size, mtimeMs: before.mtimeMs };
}

/**
 * The content hash that decides whether a client must be prepared again: every
 * input's relative path, category and SHA-256, client.json's content, the
 * settings that change outputs, and the app and rules versions. Passwords are
 * deliberately left out (a hash of a short password can be brute-forced);
 * instead a client whose last run hit a password problem is always redone.
 */
export async function clientInputHash(
  scan: ClientScan,
  context: { settings: Record<string, unknown>; appVersion: string; rulesVersion: string },
  hashes: InputHashes = new Map(),
): Promise<string> {
  const files = [];
  for (const { categoryId, files: inputs } of scan.inputs) {
    for (const input of inputs) {
      const known = await hashOf(input.path);
      hashes.set(input.path, known);
      files.push({ categoryId, relPath: input.relPath, sha256: known.sha256 });
    }
  }
  const unsorted = scan.unsorted.map((file) => file.relPath);
  const clientJson = scan.clientJsonPath ? await sha256OfFile(scan.clientJsonPath) : null;
  const canonical = JSON.stringify({ v: 1, ...context, files, unsorted, clientJson });
  return sha256Hex(canonical);
}
