import { en } from './en';
import { pt } from './pt';

export const locales = ['en', 'pt'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export const messages = { en, pt } as const;

/**
 * The language tag i18next runs each locale under, in the renderer and in Node alike. i18next picks
 * plural forms with Intl.PluralRules for that tag: plain 'pt' gets Brazilian rules (0 is singular,
 * "0 ficheiro"), 'pt-PT' the European ones, where only 1 is. The app's own locale stays 'pt'
 * (stored preference, API, --lang).
 */
export const I18N_LANGUAGE: Record<Locale, string> = { en: 'en', pt: 'pt-PT' };

/** The app's locale of an i18next (or stored, or browser) language tag: 'pt', 'pt-PT', 'pt-BR' → 'pt'. */
export function localeOfLanguage(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('pt') ? 'pt' : 'en';
}

/** Every key path ("rules.version", …) of a message tree. */
export function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value as object, `${prefix}${key}.`),
  );
}
