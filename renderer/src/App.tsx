import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { RulesInfo } from './RulesInfo';

export function App() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <LanguageSwitch />
      </header>
      <main>
        <p className="tagline">{t('app.tagline')}</p>
        <p className="privacy">{t('app.privacy')}</p>
        <RulesInfo />
      </main>
    </div>
  );
}
