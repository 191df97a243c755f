import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';

/** pdf.js could not open the PDF without (the right) password: electron/handlers/reading.ts says so. */
export const isLocked = (error: ApiError | null): error is ApiError =>
  error?.code === 'PDF_PASSWORD_NEEDED' || error?.code === 'PDF_WRONG_PASSWORD';

/**
 * Why a file could not be read, when the app knows: a password-protected PDF is named as such, with what
 * to do (type its password, held in memory only, or add an unprotected copy); otherwise the general line.
 */
export function ReadingFailed({ error, where }: { error: ApiError | null; where: 'sorter' | 'card' }) {
  const { t } = useTranslation();
  if (!isLocked(error)) return <p className="hint">{t('reading.suggest.failed')}</p>;
  const params = { ...error.params, file: error.file ?? '' };
  // What to do depends on where it is said: the sorter has no password field (walk of session 7: it said
  // "type its password with the document on the documents page" to someone already there, in the sorter).
  const action = where === 'sorter' ? 'reading.locked.actionSorter' : 'reading.locked.actionCard';
  return (
    <p className="warning warning-caution" data-testid="reading-locked">
      {t(error.messageKey, params)} {t(action, params)}
    </p>
  );
}
