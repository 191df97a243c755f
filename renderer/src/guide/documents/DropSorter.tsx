import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../locale';
import type { ChecklistCard } from './checklist';
import { ContentSuggestion, suggestionOf } from './ContentSuggestion';
import { baseName } from './dropped-paths';
import { useReadings } from './ReadingsSession';

/**
 * Files dropped outside a card (or chosen with "not sure"): each is read, its content
 * suggests a document (preselected, with the words that decided it), and the person
 * confirms or changes each choice before anything is added.
 */
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
  const { states, read } = useReadings();
  const [choice, setChoice] = useState<Record<string, string>>({});
  useEffect(() => read(paths), [paths, read]);
  const cardIds = cards.map((card) => card.id);
  // What the person chose wins; else the content's suggestion, once read.
  const chosenFor = (path: string) => choice[path] ?? suggestionOf(states[path], cardIds)?.categoryId ?? '';
  const chosen = paths.filter((path) => chosenFor(path));
  return (
    <section className="panel" aria-labelledby="drop-sorter-title" data-testid="drop-sorter">
      <h2 id="drop-sorter-title">{t('documents.sort.title')}</h2>
      <p className="hint">{t('reading.suggest.confirmHint')}</p>
      {paths.map((path, index) => (
        <div className="form-group" key={path} data-testid="sort-file">
          <label htmlFor={`sort-${index}`}>{t('documents.sort.which', { file: baseName(path) })}</label>
          <br />
          <select
            id={`sort-${index}`}
            className="input"
            value={chosenFor(path)}
            onChange={(event) => setChoice((current) => ({ ...current, [path]: event.target.value }))}
          >
            <option value="">{t('documents.sort.choose')}</option>
            {cards.map((card) => (
              <option key={card.id} value={card.id}>
                {card.name[locale]}
              </option>
            ))}
          </select>
          <ContentSuggestion file={baseName(path)} state={states[path]} cardIds={cardIds} />
        </div>
      ))}
      <button
        type="button"
        className="button"
        disabled={chosen.length === 0}
        onClick={() => onDone(chosen.map((path) => [path, chosenFor(path)]))}
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
