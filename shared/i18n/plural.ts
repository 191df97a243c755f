import type { Locale } from './index';

/**
 * The singular or plural form of a word for a count, by the language's CLDR plural rules, for texts
 * built in code (rules data) rather than from i18n keys (which use i18next's `_one` / `_other`).
 * Portuguese is pt-PT: 0 takes the plural there ("0 dias"); plain `pt` (Brazil) would make 0 singular.
 */
const RULES: Record<Locale, Intl.PluralRules> = { en: new Intl.PluralRules('en'), pt: new Intl.PluralRules('pt-PT') };

export function plural(locale: Locale, count: number, forms: { one: string; other: string }): string {
  return RULES[locale].select(count) === 'one' ? forms.one : forms.other;
}
