import { z } from 'zod';
import { personFactsSchema } from '../case/person';
import { ducGeneratedAtSchema } from '../rules/duc';
import { situationDraftSchema } from '../rules/situation';
import type { Locale } from '../i18n';
import { translate } from '../i18n/translate';
import { fieldIssueOf, type FieldIssue } from './field-issues';

/**
 * `client.json`, the optional facts file in a client folder: the case's
 * situation and personal facts, validated with the same schemas as a case, so
 * a batch and the app agree on what a valid fact is. Unknown keys are errors
 * (a misspelt "permitExpiry" must not be silently ignored).
 *
 * ```json
 * {
 *   "person": { "fullName": "Ana Silva", "dateOfBirth": "1990-04-02", "nif": "123456789" },
 *   "situation": { "permitKind": "temporary-work", "permitExpiry": "2026-09-30", "hasNiss": true },
 *   "duc": { "generatedAt": { "lisbonDate": "2026-11-20", "lisbonTime": "10:15" }, "paidAt": "2026-11-20T18:00:00+00:00" }
 * }
 * ```
 */
export const clientFileSchema = z
  .object({
    person: personFactsSchema.strict().default({}),
    situation: situationDraftSchema.default({}),
    /** When the renewal's DUC (payment reference) was generated, if it was: an instant, or the Lisbon date and time on screen. */
    duc: z
      .object({
        generatedAt: ducGeneratedAtSchema,
        /** When it was paid, if it was (an instant with an offset): the renewal then waits for AIMA's decision. */
        paidAt: z.iso.datetime({ offset: true }).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ClientFile = z.infer<typeof clientFileSchema>;

export type ClientFileParse = { ok: true; clientFile: ClientFile } | { ok: false; issues: FieldIssue[] };

/** Parse client.json text; every problem comes with the exact field path ("situation.permitExpiry"). */
/** The `field` of an issue with client.json as a whole (not JSON, unreadable), not with one of its fields. */
export const CLIENT_JSON_WHOLE_FILE = '(file)';

export function parseClientFile(text: string): ClientFileParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, issues: [{ field: CLIENT_JSON_WHOLE_FILE, message: 'fields.clientJson.notJson' }] };
  }
  const parsed = clientFileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, clientFile: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.flatMap((issue) => {
      const base = issue.path.map(String).join('.');
      // An unknown key is reported at the key itself, not at its parent object.
      if (issue.code === 'unrecognized_keys')
        return issue.keys.map((key) => ({ field: base ? `${base}.${key}` : key, message: 'fields.unknownField' }));
      return [fieldIssueOf(issue, raw)];
    }),
  };
}

/** An issue's message in words, in the chosen language (see field-issues.ts); a plain sentence is kept as it is. */
export function fieldIssueText(message: string, locale: Locale, params: FieldIssue['params'] = {}): string {
  if (!message.startsWith('fields.')) return message;
  // What was written ("a number") is itself a word to translate.
  const words: Record<string, string | number> = { ...params };
  if (params.written !== undefined) words.written = translate(locale, `fields.zod.kinds.${params.written}`);
  return translate(locale, message, words);
}
