import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { evidenceRecordSchema, type EvidenceRecord } from '../../shared/case/evidence';
import { fieldIssueText } from '../../shared/batch/client-file';
import { fieldIssueOf, type FieldIssue } from '../../shared/batch/field-issues';
import type { Locale } from '../../shared/i18n';

/**
 * The evidence log of a client folder for the CLI's letter and contact texts: `evidence.json` beside
 * client.json, with the same schema as the `evidence` list of the app's case.json (entries and
 * retractions), either as that list or as `{ "evidence": [...] }` (a case.json's own shape), so a
 * log exported from the app can be dropped in as it is. No file is no evidence, not an error.
 */
const evidenceListSchema = z.array(evidenceRecordSchema);
const evidenceFileSchema = z.union([
  z.array(evidenceRecordSchema),
  z.object({ evidence: z.array(evidenceRecordSchema) }).loose(),
]);

/** A log that cannot be used, with what is wrong: field issues (see field-issues.ts) or a file-system code. */
export type EvidenceLogRead = { ok: true; evidence: EvidenceRecord[] } | { ok: false; path: string; issues: FieldIssue[] };

/** The issues in words, in the chosen language, one per field ("0.kind: must be one of: …"). */
export function evidenceIssuesText(issues: readonly FieldIssue[], locale: Locale): string[] {
  return issues.map((issue) =>
    issue.field === EVIDENCE_WHOLE_FILE
      ? fieldIssueText(issue.message, locale, issue.params)
      : `${issue.field}: ${fieldIssueText(issue.message, locale, issue.params)}`,
  );
}

const EVIDENCE_WHOLE_FILE = '(file)';

export async function readEvidenceLog(path: string): Promise<EvidenceLogRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, evidence: [] };
    return { ok: false, path, issues: [{ field: EVIDENCE_WHOLE_FILE, message: 'fields.clientJson.unreadable' }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, path, issues: [{ field: EVIDENCE_WHOLE_FILE, message: 'fields.clientJson.notJson' }] };
  }
  // The shape it has decides which to check, so a wrong entry is named ("0.kind") rather than "fits neither shape".
  const parsed = (Array.isArray(raw) ? evidenceListSchema : evidenceFileSchema).safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      path,
      issues: parsed.error.issues.slice(0, 5).map((issue) => fieldIssueOf(issue, raw)),
    };
  return { ok: true, evidence: Array.isArray(parsed.data) ? parsed.data : parsed.data.evidence };
}
