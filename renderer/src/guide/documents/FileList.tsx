import { useTranslation } from 'react-i18next';
import type { AssignedFile } from '../../case/guide-case';

/** The files of one category, in the order they go into its PDF; each can be moved or removed. */
export function FileList({
  files,
  categoryName,
  onMove,
  onRemove,
  statusOf,
}: {
  files: AssignedFile[];
  categoryName: string;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
  statusOf(file: AssignedFile): React.ReactNode;
}) {
  const { t } = useTranslation();
  if (files.length === 0) return <p className="muted">{t('documents.noFiles')}</p>;
  return (
    <ol className="file-list" aria-label={t('documents.filesFor', { category: categoryName })}>
      {files.map((file, index) => (
        <li key={file.path} data-testid="assigned-file">
          <span className="file-name">
            {index + 1}. {file.name}
          </span>
          {statusOf(file)}
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
            data-testid="move-up"
            aria-label={t('documents.moveUp', { file: file.name })}
          >
            {t('documents.up')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={index === files.length - 1}
            onClick={() => onMove(index, index + 1)}
            data-testid="move-down"
            aria-label={t('documents.moveDown', { file: file.name })}
          >
            {t('documents.down')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => onRemove(index)}
            aria-label={t('documents.remove', { file: file.name })}
          >
            {t('documents.removeShort')}
          </button>
        </li>
      ))}
    </ol>
  );
}
