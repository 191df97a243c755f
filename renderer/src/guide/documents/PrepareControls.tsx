import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import { bytesToMegabytes, effectiveUploadLimit, megabytesToBytes } from '../../../../shared/rules/upload-limit';
import { useCase } from '../../case/CaseContext';
import { useLocale } from '../../locale';
import type { ChecklistCard } from './checklist';
import { useDocumentsSession } from './DocumentsSession';
import { usePrepareAll } from './use-prepare-all';

/**
 * The upload limit and the button that prepares every card into the
 * upload-ready folder (asking once where to put it), with overall progress.
 */
export function PrepareControls({ cards }: { cards: ChecklistCard[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { guide, update } = useCase();
  const { running, adding, progress, inspected } = useDocumentsSession();
  const { run: prepareAll } = usePrepareAll(cards);
  const [error, setError] = useState<ApiError | null>(null);
  const limitBytes = effectiveUploadLimit(guide.uploadLimitBytes).bytes;
  const [limitText, setLimitText] = useState(String(bytesToMegabytes(limitBytes)));
  const withFiles = cards.filter((card) => (guide.documents[card.id] ?? []).length > 0);
  const waitingForPassword = withFiles.some((card) =>
    (guide.documents[card.id] ?? []).some((file) => inspected[file.path]?.needsPassword),
  );
  const steps = Object.values(progress);
  const done = steps.filter((step) => step.total > 0 && step.done >= step.total).length;

  async function run() {
    setError(null);
    const result = await prepareAll();
    if (!result.ok && result.error) setError(result.error);
  }

  return (
    <section className="panel" aria-labelledby="prepare-title">
      <h2 id="prepare-title">{t('documents.prepare.title')}</h2>
      <div className="form-group">
        <label htmlFor="upload-limit">{t('documents.prepare.limitLabel')}</label>
        <p className="hint" id="upload-limit-hint">
          {effectiveUploadLimit(guide.uploadLimitBytes).label[locale]}
        </p>
        <input
          id="upload-limit"
          className="input input-date"
          inputMode="decimal"
          aria-describedby="upload-limit-hint"
          value={limitText}
          onChange={(event) => {
            setLimitText(event.target.value);
            const megabytes = Number(event.target.value.replace(',', '.'));
            if (Number.isFinite(megabytes) && megabytes > 0 && megabytes <= 100) {
              update((current) => ({ ...current, uploadLimitBytes: megabytesToBytes(megabytes) }));
            }
          }}
        />
      </div>
      {guide.folderPath && <p>{t('documents.prepare.folder', { folder: guide.folderPath })}</p>}
      {waitingForPassword && <p className="inset">{t('documents.prepare.passwordFirst')}</p>}
      <button
        type="button"
        className="button"
        disabled={running || adding || withFiles.length === 0}
        onClick={() => void run()}
        data-testid="prepare-documents"
      >
        {t(guide.report ? 'documents.prepare.again' : 'documents.prepare.start')}
      </button>
      <p role="status" data-testid="prepare-status">
        {running
          ? t('documents.prepare.running', { done, total: Math.max(steps.length, done) })
          : adding
            ? t('documents.prepare.waitingForAdd')
            : guide.report
              ? t('documents.prepare.finished')
              : ''}
      </p>
      {error && (
        <p role="alert" className="error-message">
          {t(error.messageKey, error.params)} {error.actionKey ? t(error.actionKey) : ''}
        </p>
      )}
    </section>
  );
}
