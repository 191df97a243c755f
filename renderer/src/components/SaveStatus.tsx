import { useTranslation } from 'react-i18next';
import { useCase } from '../case/CaseContext';

/** Tells the person their work is kept (or that the last save failed, and why). */
export function SaveStatus() {
  const { t } = useTranslation();
  const { saveState } = useCase();
  const text =
    saveState.kind === 'saving'
      ? t('ui.saving')
      : saveState.kind === 'saved'
        ? t('ui.savedAt')
        : saveState.kind === 'failed'
          ? t('ui.saveFailed', {
              message: saveState.error ? t(saveState.error.messageKey, saveState.error.params) : t('errors.internal'),
            })
          : '';
  return (
    <p className={`save-status${saveState.kind === 'failed' ? ' save-failed' : ''}`} role="status" data-testid="save-status">
      {text}
    </p>
  );
}
