import { z } from 'zod';
import type { Locale } from '../i18n';
import { translate } from '../i18n/translate';
import { localizedSchema, type Localized } from '../rules/sources';

/**
 * Something the batch says to the agency, kept as what it means rather than as words: a message key with
 * its parameters, or one of the rules' sentences with both its languages (the rules keep their sentences
 * inline as { en, pt }, next to their sources). A parameter that is itself words (a category's name, a
 * rules' sentence) is kept in both languages too. The batch result holds these, so the agency view shows
 * them in the language chosen in the app, whatever language the batch ran in; summary.csv/html and the
 * CLI render them in the run's language (`--lang`).
 */
export const saidParamSchema = z.union([z.string(), z.number(), localizedSchema]);
export type SaidParam = z.infer<typeof saidParamSchema>;

export const saidSchema = z.union([
  z.object({ key: z.string().min(1), params: z.record(z.string(), saidParamSchema).optional() }).strict(),
  z.object({ text: localizedSchema }).strict(),
]);
export type Said = z.infer<typeof saidSchema>;

export const say = (key: string, params?: Record<string, SaidParam>): Said => (params ? { key, params } : { key });
export const sayText = (text: Localized): Said => ({ text });

/** Parameters in one language: words kept in both languages become that language's. */
export function paramsIn(
  params: Readonly<Record<string, SaidParam>> | undefined,
  locale: Locale,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => [name, typeof value === 'object' ? value[locale] : value]),
  );
}

/** The words of a Said in one language. */
export function sayIn(said: Said, locale: Locale): string {
  return 'text' in said ? said.text[locale] : translate(locale, said.key, paramsIn(said.params, locale));
}

/** A Said in both languages, for a parameter of another (a next action inside "check the warnings, then …"). */
export function sayBoth(said: Said): Localized {
  return { en: sayIn(said, 'en'), pt: sayIn(said, 'pt') };
}
