import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, locales, messages, type Locale } from '../../shared/i18n';

const STORAGE_KEY = 'aima-prep.locale';

function initialLocale(): Locale {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  if (saved && (locales as readonly string[]).includes(saved)) return saved as Locale;
  return navigator.language.toLowerCase().startsWith('pt') ? 'pt' : defaultLocale;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: messages.en }, pt: { translation: messages.pt } },
  lng: initialLocale(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  // A missing key must be visible, never silently replaced by English.
  saveMissing: false,
});

i18n.on('languageChanged', (lng) => {
  window.localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng === 'pt' ? 'pt-PT' : 'en';
});
document.documentElement.lang = i18n.language === 'pt' ? 'pt-PT' : 'en';
