import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, locales, messages, type Locale } from '../../shared/i18n';
import type { FormatterModule } from 'i18next';
import { formatNumber } from '../../shared/i18n/format';

const STORAGE_KEY = 'aima-prep.locale';

function initialLocale(): Locale {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  if (saved && (locales as readonly string[]).includes(saved)) return saved as Locale;
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
    resources: { en: { translation: messages.en }, pt: { translation: messages.pt } },
    lng: initialLocale(),
    fallbackLng: false,
    // alwaysFormat sends every parameter through numberFormatter below.
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
    // A missing key must be visible, never silently replaced by English.
    saveMissing: false,
  });

i18n.on('languageChanged', (lng) => {
  window.localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng === 'pt' ? 'pt-PT' : 'en';
});
document.documentElement.lang = i18n.language === 'pt' ? 'pt-PT' : 'en';
