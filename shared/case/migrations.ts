import { z } from 'zod';
import { CASE_SCHEMA_VERSION, caseFileSchema, type CaseFile } from './case-file';

/**
 * Reading `case.json`: parse, check the version, lift older versions step by
 * step, then validate. Pure (no file access), so the same code serves the
 * store, the CLI and tests. The caller decides what to do with a failure; the
 * store's rule is that a file that fails here is never overwritten.
 */

/** One step: takes the JSON of version N and returns the JSON of version N + 1. */
export type CaseMigration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Steps keyed by the version they upgrade FROM. Version 1 is the first
 * released shape, so there is nothing to lift yet; the next schema change adds
 * `1: (raw) => ({ ...raw, schemaVersion: 2, … })` here.
 */
export const caseMigrations: Readonly<Record<number, CaseMigration>> = {};

export type CaseParseResult =
  | { ok: true; caseFile: CaseFile; migratedFrom: number | null }
  | { ok: false; reason: 'not-json' | 'not-a-case' | 'invalid'; detail: string }
  | { ok: false; reason: 'newer-version'; detail: string; fileVersion: number };

const versionOnly = z.object({ schemaVersion: z.number().int().positive() });

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

export function parseCaseJson(
  text: string,
  migrations: Readonly<Record<number, CaseMigration>> = caseMigrations,
  currentVersion: number = CASE_SCHEMA_VERSION,
  schema: z.ZodType<CaseFile> = caseFileSchema,
): CaseParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'not-a-case', detail: 'the file holds no JSON object' };
  }
  const version = versionOnly.safeParse(raw);
  if (!version.success) return { ok: false, reason: 'not-a-case', detail: 'no schemaVersion' };
  const fileVersion = version.data.schemaVersion;
  if (fileVersion > currentVersion) {
    return {
      ok: false,
      reason: 'newer-version',
      fileVersion,
      detail: `written by a newer app (version ${fileVersion}, this app reads up to ${currentVersion})`,
    };
  }
  let lifted = raw as Record<string, unknown>;
  for (let from = fileVersion; from < currentVersion; from += 1) {
    const step = migrations[from];
    if (!step) return { ok: false, reason: 'invalid', detail: `no migration from version ${from}` };
    lifted = step(lifted);
  }
  const parsed = schema.safeParse(lifted);
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: describeIssues(parsed.error) };
  return { ok: true, caseFile: parsed.data, migratedFrom: fileVersion === currentVersion ? null : fileVersion };
}

/** The bytes written to disk: stable key order from the schema, two-space indent, final newline. */
export function serializeCaseFile(caseFile: CaseFile): string {
  return `${JSON.stringify(caseFileSchema.parse(caseFile), null, 2)}\n`;
}
