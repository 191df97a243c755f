import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, I18N_LANGUAGE, localeOfLanguage, locales, messages, type Locale } from '../../shared/i18n';
import type { FormatterModule } from 'i18next';
import { messagesForReader, type Reader } from '../../shared/i18n/reader';
import { formatNumber } from '../../shared/i18n/format';

const STORAGE_KEY = 'aima-prep.locale';

/** The stored choice ('pt' or 'en', as before; a 'pt-PT' is read as 'pt'), else the system's language. */
function initialLocale(): Locale {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  if (saved && (locales as readonly string[]).includes(saved)) return saved as Locale;
  if (saved?.toLowerCase().startsWith('pt')) return 'pt';
  return navigator.language.toLowerCase().startsWith('pt') ? 'pt' : defaultLocale;
}

export const i18n = i18next.createInstance();

/**
 * Every number parameter in the language's own way ("1,1 MB" in Portuguese, "1.1 MB" in English),
 * the same rule as shared/i18n/translate.ts for texts written outside the window.
 */
const numberFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  format: (value: unknown, _format: string | undefined, lng: string | undefined) =>
    typeof value === 'number' ? formatNumber(value, lng ?? 'en') : (value as string),
  add: () => undefined,
  addCached: () => undefined,
};

void i18n
  .use(initReactI18next)
  .use(numberFormatter)
  .init({
    // Portuguese runs as 'pt-PT' (European plural rules: 0 is plural; pt-PT numbers and dates).
    resources: Object.fromEntries(locales.map((locale) => [I18N_LANGUAGE[locale], { translation: messages[locale] }])),
    lng: I18N_LANGUAGE[initialLocale()],
    fallbackLng: false,
    // alwaysFormat sends every parameter through numberFormatter below.
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
    // A missing key must be visible, never silently replaced by English.
    saveMissing: false,
    // Re-render when the messages change (setReader below), not only when the language does.
    react: { bindI18nStore: 'added' },
  });

let currentReader: Reader = 'applicant';

/**
 * Speak to who reads the open case: a client folder opened in the guide is read by the agency ("The client's
 * situation", "Prepare the client's documents"), a person's own case by that person ("Your situation"). The messages
 * of both languages are replaced by the reader's (shared/i18n/reader.ts), so a language switch keeps the reader.
 */
export function setReader(reader: Reader): void {
  if (reader === currentReader) return;
  currentReader = reader;
  for (const locale of locales)
    i18n.addResourceBundle(
      I18N_LANGUAGE[locale],
      'translation',
      messagesForReader(messages[locale], reader, locale),
      false,
      true,
    );
}

/** Switch the interface to one of the app's locales (the language menu, tests). */
export function setLocale(locale: Locale): Promise<unknown> {
  return i18n.changeLanguage(I18N_LANGUAGE[locale]);
}

i18n.on('languageChanged', (lng) => {
  // Stored as the app's locale ('pt'), so a preference saved by an earlier version still reads the same.
  window.localStorage.setItem(STORAGE_KEY, localeOfLanguage(lng));
  document.documentElement.lang = I18N_LANGUAGE[localeOfLanguage(lng)];
});
document.documentElement.lang = I18N_LANGUAGE[localeOfLanguage(i18n.language)];
