import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { evidenceRecordSchema, type EvidenceRecord } from '../../shared/case/evidence';

/**
 * The evidence log of a client folder for the CLI's letter and contact texts: `evidence.json` beside
 * client.json, with the same schema as the `evidence` list of the app's case.json (entries and
 * retractions), either as that list or as `{ "evidence": [...] }` (a case.json's own shape), so a
 * log exported from the app can be dropped in as it is. No file is no evidence, not an error.
 */
const evidenceFileSchema = z.union([
  z.array(evidenceRecordSchema),
  z.object({ evidence: z.array(evidenceRecordSchema) }).loose(),
]);

export type EvidenceLogRead = { ok: true; evidence: EvidenceRecord[] } | { ok: false; path: string; issues: string[] };

export async function readEvidenceLog(path: string): Promise<EvidenceLogRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, evidence: [] };
    return { ok: false, path, issues: [(error as NodeJS.ErrnoException).code ?? String(error)] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, path, issues: [error instanceof Error ? error.message : 'not JSON'] };
  }
  const parsed = evidenceFileSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      path,
      issues: parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`),
    };
  return { ok: true, evidence: Array.isArray(parsed.data) ? parsed.data : parsed.data.evidence };
}
