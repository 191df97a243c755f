import { useTranslation } from 'react-i18next';
import type { TextWarning } from '../../../../shared/writing/facts';
import { useLocale } from '../../locale';

/**
 * "Check before sending": what a text says that the case does not back (a missing fact, an attachment the case does
 * not hold, an address not confirmed). The contact form showed its warnings; the e-mail and the letter had theirs
 * computed and never shown (session 9's walk), so an .eml could say "Junto captura de ecrã" with nothing to attach.
 * `alreadyShown`: sentences a panel above already shows on this page, not repeated.
 */
export function TextWarnings({
  warnings,
  testId,
  alreadyShown = [],
}: {
  warnings: readonly TextWarning[];
  testId: string;
  alreadyShown?: readonly TextWarning[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const shown = new Set(alreadyShown.map((warning) => warning.text[locale]));
  const list = warnings.filter((warning) => !shown.has(warning.text[locale]));
  if (list.length === 0) return null;
  return (
    <div className="warning warning-caution" data-testid={testId}>
      <strong>{t('trouble.checkBeforeSending')}</strong>
      <ul>
        {list.map((warning, index) => (
          <li key={`${warning.code}-${index}`}>{warning.text[locale]}</li>
        ))}
      </ul>
    </div>
  );
}
