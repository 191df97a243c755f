import { useTranslation } from 'react-i18next';
import { categoryById } from '../../../../shared/rules/categories';
import type { ContentSuggestion as Suggestion } from '../../../../shared/reading/sort-by-content';
import { useLocale } from '../../locale';
import type { ReadingState } from './ReadingsSession';
import { ReadingFailed } from './ReadingFailed';

/** The category a file's content suggests, when one of the page's cards is that category. */
export function suggestionOf(state: ReadingState | undefined, cardIds: readonly string[]): Suggestion | null {
  if (state?.status !== 'read') return null;
  const suggestion = state.reading.suggestion;
  return suggestion && cardIds.includes(suggestion.categoryId) ? suggestion : null;
}

/**
 * One dropped file's reading, under its "which document?" choice: progress while it is
 * read, then the suggestion with the words that decided it, as the document prints them
 * ("Segurança Social"), so the person can check it against the page before confirming.
 */
export function ContentSuggestion({
  file,
  state,
  cardIds,
}: {
  file: string;
  state: ReadingState | undefined;
  cardIds: readonly string[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!state) return null;
  if (state.status === 'reading')
    return (
      <p className="hint" role="status">
        {t('reading.suggest.reading', { file, percent: state.percent })}{' '}
        <progress max={100} value={state.percent} aria-label={file} />
      </p>
    );
  if (state.status === 'failed') return <ReadingFailed error={state.error} where="sorter" />;
  const suggestion = suggestionOf(state, cardIds);
  if (!suggestion) return <p className="hint">{t('reading.suggest.nothing')}</p>;
  const document = categoryById(suggestion.categoryId)?.name[locale] ?? suggestion.categoryId;
  return (
    <p className="hint" data-testid="content-suggestion">
      {suggestion.via === 'mrz'
        ? t('reading.suggest.viaMrz', { document })
        : t('reading.suggest.suggested', {
            document,
            words: suggestion.decidingWords.map((word) => `“${word}”`).join(', '),
          })}
    </p>
  );
}
