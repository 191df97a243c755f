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
const evidenceFileSchema = z.union([
  z.array(evidenceRecordSchema),
  z.object({ evidence: z.array(evidenceRecordSchema) }).loose(),
]);

/** A receipt the log names at a path leading outside its folder: left out, its entry kept. */
export interface RefusedReceipt {
  name: string;
  path: string;
}

/** A record of the log that is not valid: set aside on its own (the rest of the log is used), with what is wrong. */
export interface SetAsideRecord {
  /** 1-based position in the log, as a person counts. */
  number: number;
  /** Its id when it has one, else "". */
  id: string;
  issues: FieldIssue[];
}

/**
 * A log that cannot be used at all (not JSON, not a list), with what is wrong: field issues (see
 * field-issues.ts) or a file-system code. A usable log says which receipts it left out (`refused`)
 * and which records it set aside (`setAside`, with `withdrawnUnclear`: entries a set-aside
 * withdrawal names), for the reader to warn about each.
 */
export type EvidenceLogRead =
  | { ok: true; evidence: EvidenceRecord[]; refused: RefusedReceipt[]; setAside: SetAsideRecord[]; withdrawnUnclear: string[] }
  | { ok: false; path: string; issues: FieldIssue[] };

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
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { ok: true, evidence: [], refused: [], setAside: [], withdrawnUnclear: [] };
    return { ok: false, path, issues: [{ field: EVIDENCE_WHOLE_FILE, message: 'fields.clientJson.unreadable' }] };
  }
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, path, issues: [{ field: EVIDENCE_WHOLE_FILE, message: 'fields.clientJson.notJson' }] };
  }
  const { raw, refused } = withoutRefusedReceipts(parsedJson);
  const list: unknown = Array.isArray(raw)
    ? raw
    : typeof raw === 'object' && raw !== null
      ? (raw as { evidence?: unknown }).evidence
      : undefined;
  if (!Array.isArray(list)) {
    // Neither a list nor { evidence: [...] }: the file's shape is wrong, and nothing in it can be used.
    const parsed = evidenceFileSchema.safeParse(raw);
    return {
      ok: false,
      path,
      issues: parsed.success ? [] : parsed.error.issues.slice(0, 5).map((issue) => fieldIssueOf(issue, raw)),
    };
  }
  return { ok: true, refused, ...validRecords(list) };
}

/**
 * Each record checked on its own: one malformed entry (a bad sha256, a missing name) used to void the
 * whole log, so a paid client read as unpaid (a false "overdue"). Now it alone is set aside, named by
 * its position and id. A withdrawal that is not valid still names an entry (`entryId`): that entry may
 * have been withdrawn, so it is set aside too rather than counted (a withdrawn payment must not count).
 */
function validRecords(list: readonly unknown[]): {
  evidence: EvidenceRecord[];
  setAside: SetAsideRecord[];
  withdrawnUnclear: string[];
} {
  const evidence: EvidenceRecord[] = [];
  const setAside: SetAsideRecord[] = [];
  const unclear = new Set<string>();
  list.forEach((record, index) => {
    const parsed = evidenceRecordSchema.safeParse(record);
    if (parsed.success) {
      evidence.push(parsed.data);
      return;
    }
    const fields = typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : {};
    if (typeof fields.entryId === 'string' && fields.entryId) unclear.add(fields.entryId);
    setAside.push({
      number: index + 1,
      id: typeof fields.id === 'string' ? fields.id : '',
      issues: parsed.error.issues.slice(0, 5).map((issue) => fieldIssueOf(issue, record)),
    });
  });
  const withdrawnUnclear = evidence.filter((r) => r.type === 'entry' && unclear.has(r.id)).map((r) => r.id);
  return { evidence: evidence.filter((r) => !(r.type === 'entry' && unclear.has(r.id))), setAside, withdrawnUnclear };
}

/** Every warning a usable log carries: receipts left out, records set aside, entries a bad withdrawal names. */
export function evidenceLogWarnings(log: Extract<EvidenceLogRead, { ok: true }>): ClientProblem[] {
  return [
    ...log.refused.map(refusedReceiptProblem),
    ...log.setAside.map((record): ClientProblem => ({
      code: 'EVIDENCE_ENTRY_SET_ASIDE',
      severity: 'warning',
      messageKey: record.id ? 'batch.problems.evidenceEntrySetAside' : 'batch.problems.evidenceEntrySetAsideNoId',
      params: {
        number: record.number,
        id: record.id,
        issues: {
          en: evidenceIssuesText(record.issues, 'en').join('; '),
          pt: evidenceIssuesText(record.issues, 'pt').join('; '),
        },
      },
      file: 'evidence.json',
    })),
    ...log.withdrawnUnclear.map((id): ClientProblem => ({
      code: 'EVIDENCE_WITHDRAWAL_UNCLEAR',
      severity: 'warning',
      messageKey: 'batch.problems.evidenceWithdrawalUnclear',
      params: { id },
      file: 'evidence.json',
    })),
  ];
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
