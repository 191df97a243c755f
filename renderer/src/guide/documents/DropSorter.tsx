import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../locale';
import type { ChecklistCard } from './checklist';
import { baseName } from './dropped-paths';

/** Files dropped outside a card: choose, for each, which document it is. */
export function DropSorter({
  paths,
  cards,
  onDone,
  onCancel,
}: {
  paths: string[];
  cards: ChecklistCard[];
  onDone(assignments: Array<[string, string]>): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [choice, setChoice] = useState<Record<string, string>>({});
  const chosen = paths.filter((path) => choice[path]);
  return (
    <section className="panel" aria-labelledby="drop-sorter-title" data-testid="drop-sorter">
      <h2 id="drop-sorter-title">{t('documents.sort.title')}</h2>
      {paths.map((path, index) => (
        <div className="form-group" key={path}>
          <label htmlFor={`sort-${index}`}>{t('documents.sort.which', { file: baseName(path) })}</label>
          <br />
          <select
            id={`sort-${index}`}
            className="input"
            value={choice[path] ?? ''}
            onChange={(event) => setChoice((current) => ({ ...current, [path]: event.target.value }))}
          >
            <option value="">{t('documents.sort.choose')}</option>
            {cards.map((card) => (
              <option key={card.id} value={card.id}>
                {card.name[locale]}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button
        type="button"
        className="button"
        disabled={chosen.length === 0}
        onClick={() => onDone(chosen.map((path) => [path, choice[path]!]))}
        data-testid="sort-add"
      >
        {t('documents.sort.add')}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('ui.cancel')}
      </button>
    </section>
  );
}
