import { useTranslation } from 'react-i18next';
import { localeOfLanguage, locales } from '../../shared/i18n';
import { setLocale } from './i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span>{t('language.label')}</span>
      <select
        value={localeOfLanguage(i18n.language)}
        onChange={(event) => void setLocale(localeOfLanguage(event.target.value))}
        data-testid="language-select"
      >
        {locales.map((locale) => (
          <option key={locale} value={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
