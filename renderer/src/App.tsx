import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { locales, messages } from '../../shared/i18n';
import { CaseProvider, useCase } from './case/CaseContext';
import { DocumentsSessionProvider } from './guide/documents/DocumentsSession';
import { ReadingsSessionProvider } from './guide/documents/ReadingsSession';
import { GuideRoutes } from './guide/GuideRoutes';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveStatus } from './components/SaveStatus';
import { currentPath, navigate, usePath } from './router';

/** Comes back to the page the person was on when the app was closed, and remembers each new one. */
function useRememberedPath(): string {
  const path = usePath();
  const { guide, update } = useCase();
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    if (currentPath() === '/' && guide.lastPath !== '/') navigate(guide.lastPath);
  }, [guide.lastPath]);
  useEffect(() => {
    if (!restored.current) return;
    update((current) => (current.lastPath === path ? current : { ...current, lastPath: path }));
  }, [path, update]);
  return path;
}

function Shell() {
  const { t } = useTranslation();
  const { caseTitle } = useCase();
  const path = useRememberedPath();
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('ui.skipToContent')}
      </a>
      <header className="app-header">
        <a className="app-title" href="#/">
          {t('app.title')}
        </a>
        <div className="header-tools">
          <span className="current-case" data-testid="current-case">
            {t('ui.currentCase', { title: isDefaultCaseTitle(caseTitle) ? t('ui.newCaseTitle') : caseTitle })}
          </span>
          <a href="#/agency" data-testid="nav-agency">
            {t('agency.nav')}
          </a>
          <SaveStatus />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <GuideRoutes path={path} />
      </main>
    </div>
  );
}

/**
 * The first case is created with the default title in the language of that moment ("My renewal");
 * shown in the current language instead, so a Portuguese screen never reads "Caso: My renewal".
 */
function isDefaultCaseTitle(title: string): boolean {
  return locales.some((locale) => messages[locale].ui.newCaseTitle === title);
}

export function App() {
  return (
    <CaseProvider>
      <DocumentsSessionProvider>
        <ReadingsSessionProvider>
          <Shell />
        </ReadingsSessionProvider>
      </DocumentsSessionProvider>
    </CaseProvider>
  );
}
