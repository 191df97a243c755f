import type { ClientScan } from '../clients/scan';
import { sha256Hex, sha256OfFile } from '../common/hash';

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
): Promise<string> {
  const files = [];
  for (const { categoryId, files: inputs } of scan.inputs) {
    for (const input of inputs) files.push({ categoryId, relPath: input.relPath, sha256: await sha256OfFile(input.path) });
  }
  const unsorted = scan.unsorted.map((file) => file.relPath);
  const clientJson = scan.clientJsonPath ? await sha256OfFile(scan.clientJsonPath) : null;
  const canonical = JSON.stringify({ v: 1, ...context, files, unsorted, clientJson });
  return sha256Hex(canonical);
}
