import type { z } from 'zod';

/**
 * A problem with one field of a JSON file the agency writes (client.json, evidence.json), as a message
 * key of shared/i18n/fields-*.ts and its parameters, so the CLI, the summary files and the app say it in
 * the chosen language: which field, what is wrong and what to write. zod's own messages are English
 * and speak of types ("expected string, received number"); a person needs "write it in double quotes".
 */
export interface FieldIssue {
  /** The field's path ("situation.permitExpiry"), or a whole-file marker. */
  field: string;
  /** A key of shared/i18n/fields-*.ts ("fields.zod.date"). */
  message: string;
  params?: Record<string, string | number>;
}

/** What a JSON value is, in the words of fields.zod.kinds.* ("a number", "text"). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return typeof value === 'object' ? 'object' : 'other';
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path)
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** Fields that hold a calendar date, by their name: their examples are dates, not just "text". */
const looksLikeDate = (path: readonly PropertyKey[]) => /(Expiry|Date|dateOfBirth|On)$/.test(String(path.at(-1) ?? ''));

/** One zod issue as a field issue; `raw` is the parsed JSON, to say what was written. */
export function fieldIssueOf(issue: z.core.$ZodIssue, raw: unknown): FieldIssue {
  const field = issue.path.map(String).join('.') || '(root)';
  const at = (message: string, params?: FieldIssue['params']): FieldIssue => ({ field, message, ...(params ? { params } : {}) });
  // The field checks of shared/case/fields.ts already give keys (the NIF's check digit, …).
  if (issue.message.startsWith('fields.')) return at(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      const written = valueAt(raw, issue.path);
      if (written === undefined) return at('fields.zod.missing');
      const expected = issue.expected === 'string' && looksLikeDate(issue.path) ? 'date' : String(issue.expected);
      return at(
        `fields.zod.type.${['string', 'date', 'boolean', 'number', 'object', 'array'].includes(expected) ? expected : 'other'}`,
        {
          written: kindOf(written),
        },
      );
    }
    case 'invalid_format':
      if (issue.format === 'date') return at('fields.zod.date');
      if (issue.format === 'datetime') return at('fields.zod.datetime');
      if (issue.format === 'time') return at('fields.zod.time');
      if (issue.format === 'email') return at('fields.zod.email');
      return at('fields.zod.format');
    case 'invalid_value':
      return at('fields.zod.oneOf', { values: issue.values.map((value) => JSON.stringify(value)).join(', ') });
    case 'invalid_union':
      // The DUC's moment takes one of two shapes; say both.
      if (String(issue.path.at(-1)) === 'generatedAt') return at('fields.zod.ducGeneratedAt');
      return at('fields.zod.shape');
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? at('fields.zod.empty')
          : at('fields.zod.tooShort', { minimum: Number(issue.minimum) });
      return at('fields.zod.tooSmall', { minimum: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return at('fields.zod.tooLong', { maximum: Number(issue.maximum) });
      return at('fields.zod.tooBig', { maximum: Number(issue.maximum) });
    default:
      return at('fields.zod.invalid');
  }
}
