import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { evidenceRecordSchema, type EvidenceRecord } from '../../shared/case/evidence';
import { receiptPathLeavesFolder } from '../../shared/case/receipt-path';
import { fieldIssueText } from '../../shared/batch/client-file';
import { fieldIssueOf, type FieldIssue } from '../../shared/batch/field-issues';
import type { Locale } from '../../shared/i18n';
import type { ClientProblem } from '../../shared/batch/summary';

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

/** A receipt the log names at a path leading outside its folder: left out, its entry kept. */
export interface RefusedReceipt {
  name: string;
  path: string;
}

/**
 * A log that cannot be used, with what is wrong: field issues (see field-issues.ts) or a file-system code.
 * A usable log says which receipts it left out (`refused`), for the reader to warn about each.
 */
export type EvidenceLogRead =
  { ok: true; evidence: EvidenceRecord[]; refused: RefusedReceipt[] } | { ok: false; path: string; issues: FieldIssue[] };

/**
 * The log's entries with every receipt whose path leads outside the folder taken out, and those receipts.
 * The schema refuses such a path, and one refused file would void the whole log: a paid client would read
 * as unpaid (a false "overdue"). The receipt alone is dropped; its entry, and the payment it records, stay.
 */
function withoutRefusedReceipts(raw: unknown): { raw: unknown; refused: RefusedReceipt[] } {
  const refused: RefusedReceipt[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const entry = (record: unknown): unknown => {
    if (!isObject(record) || !Array.isArray(record.files)) return record;
    const files = record.files.filter((file: unknown) => {
      if (!isObject(file) || typeof file.storedAs !== 'string' || !receiptPathLeavesFolder(file.storedAs)) return true;
      refused.push({ name: typeof file.name === 'string' && file.name ? file.name : file.storedAs, path: file.storedAs });
      return false;
    });
    return { ...record, files };
  };
  if (Array.isArray(raw)) return { raw: raw.map(entry), refused };
  if (isObject(raw) && Array.isArray(raw.evidence)) return { raw: { ...raw, evidence: raw.evidence.map(entry) }, refused };
  return { raw, refused };
}

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
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, evidence: [], refused: [] };
    return { ok: false, path, issues: [{ field: EVIDENCE_WHOLE_FILE, message: 'fields.clientJson.unreadable' }] };
  }
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, path, issues: [{ field: EVIDENCE_WHOLE_FILE, message: 'fields.clientJson.notJson' }] };
  }
  const { raw, refused } = withoutRefusedReceipts(parsedJson);
  // The shape it has decides which to check, so a wrong entry is named ("0.kind") rather than "fits neither shape".
  const parsed = (Array.isArray(raw) ? evidenceListSchema : evidenceFileSchema).safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      path,
      issues: parsed.error.issues.slice(0, 5).map((issue) => fieldIssueOf(issue, raw)),
    };
  return { ok: true, evidence: Array.isArray(parsed.data) ? parsed.data : parsed.data.evidence, refused };
}

/** A left-out receipt as the batch and case import both report it (the same code and sentence as the import's own check). */
export function refusedReceiptProblem(receipt: RefusedReceipt): ClientProblem {
  return {
    code: 'EVIDENCE_FILE_OUTSIDE',
    severity: 'warning',
    messageKey: 'batch.problems.evidenceFileOutside',
    params: { name: receipt.name, path: receipt.path },
    file: receipt.path,
  };
}
