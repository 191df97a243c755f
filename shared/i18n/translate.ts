import i18next, { type TFunction } from 'i18next';
import { formatNumber } from './format';
import { I18N_LANGUAGE, locales, messages, type Locale } from './index';

/**
 * Translate a message key outside React (reports, summary files, CLI output): the same i18next and the
 * same messages as the renderer, so Node and the UI share one mechanism — `{{name}}` placeholders and
 * plurals (`key_one` / `key_other`, chosen by `count` with the language's plural rules).
 * An unknown key comes back as the key itself, so a missing text is visible rather than blank.
 * Numbers are written the language's way ("1,1 MB" in Portuguese), as in the renderer (renderer/src/i18n.ts).
 */
/** Registered as 'pt-PT', as in the renderer (I18N_LANGUAGE): European plural rules. */
const LANGUAGE = I18N_LANGUAGE;

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(locales.map((locale) => [LANGUAGE[locale], { translation: messages[locale] }])),
  lng: LANGUAGE.en,
  fallbackLng: false,
  // Synchronous: the resources are in memory, and callers (CLI, reports) translate straight away.
  initAsync: false,
  // Texts go into plain text, CSV or HTML; the HTML writers escape what they insert themselves.
  interpolation: { escapeValue: false },
  returnNull: false,
  // A placeholder without a value stays visible ({{name}}) instead of becoming an empty string.
  missingInterpolationHandler: (_text, match) => match[0],
});

const fixed = new Map<Locale, TFunction>(locales.map((locale) => [locale, instance.getFixedT(LANGUAGE[locale])]));

export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const t = fixed.get(locale);
  if (!t) return key;
  // returnObjects: a key naming a group of texts comes back as an object, which is not a text: the key is returned.
  // Numbers in the language's format; `count` stays a number, since it picks the plural form.
  const formatted = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'number' && name !== 'count' ? formatNumber(value, locale) : value,
    ]),
  );
  const text: unknown = t(key, { ...formatted, returnObjects: true });
  return typeof text === 'string' ? text : key;
}
