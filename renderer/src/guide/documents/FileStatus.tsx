import { useTranslation } from 'react-i18next';
import type { AssignedFile } from '../../case/guide-case';
import { Tag } from '../../components/Tag';
import { useDocumentsSession } from './DocumentsSession';
import { baseName } from './dropped-paths';

/** What the app knows about one added file: its kind and pages, a password it needs, an error, or its progress. */
export function FileStatus({ file, onAskPassword }: { file: AssignedFile; onAskPassword(file: AssignedFile): void }) {
  const { t } = useTranslation();
  const { inspected, unlocked, progress, running } = useDocumentsSession();
  const info = inspected[file.path];
  const step = progress[baseName(file.path)] ?? progress[file.name];

  if (running && step) {
    return (
      <span className="file-progress">
        <progress max={step.total || 1} value={step.done} aria-label={t('documents.progressOf', { file: file.name })} />{' '}
        <span className="hint">{t('documents.stage', { stage: step.stage })}</span>
      </span>
    );
  }
  if (!info) return <span className="hint">{t('documents.checking')}</span>;
  if (info.needsPassword) {
    return (
      <span className="file-status">
        <Tag tone="yellow">
          {t(info.error?.code === 'PDF_WRONG_PASSWORD' ? 'documents.passwordWrong' : 'documents.passwordNeeded')}
        </Tag>{' '}
        <button type="button" className="button button-small" onClick={() => onAskPassword(file)} data-testid="enter-password">
          {t('documents.enterPassword')}
        </button>
      </span>
    );
  }
  if (info.error) {
    return (
      <span className="file-status" role="note">
        <Tag tone="red">{t('documents.cannotUse')}</Tag> {t(info.error.messageKey, { ...info.error.params, file: file.name })}
        {info.error.actionKey && <> {t(info.error.actionKey)}</>}
      </span>
    );
  }
  return (
    <span className="file-status hint">
      {t('documents.kindPages', { kind: (info.kind ?? '').toUpperCase(), pages: info.pages ?? 0 })}
      {unlocked.has(file.path) && <> · {t('documents.unlocked')}</>}
    </span>
  );
}
