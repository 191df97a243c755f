import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import { api } from './api';
import { Page } from './components/Page';
import { Tag } from './components/Tag';
import { localizeIsoDates, useLocale } from './locale';

type Disagreement = ApiOutput<'rulesDisagreements'>[number];
type Source = ApiOutput<'rulesSources'>[number];

/** One point where the sources disagree: each reading with its sources, the one the app follows, the safe course. */
function DisagreementCard({ item, sources }: { item: Disagreement; sources: Map<string, Source> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = `disagreement-${item.id}`;
  return (
    <li className="panel" aria-labelledby={headingId} data-testid={headingId}>
      <h2 id={headingId}>
        {item.topic[locale]} {item.uncertain && <Tag tone="yellow">{t('disagreements.uncertain')}</Tag>}
      </h2>
      <ul>
        {item.readings.map((reading) => (
          <li key={reading.id} data-testid="reading">
            {reading.official && <Tag tone="blue">{t('disagreements.official')}</Tag>}{' '}
            {localizeIsoDates(reading.text[locale], locale)}{' '}
            {reading.id === item.follows && <Tag tone="green">{t('disagreements.followed')}</Tag>}
            <span className="hint source-list">
              {t('disagreements.sources')} {reading.provenance.sources.map((id) => sources.get(id)?.title ?? id).join('; ')}
            </span>
          </li>
        ))}
      </ul>
      {item.follows === 'strictest' && <p>{t('disagreements.strictest')}</p>}
      <p>
        <strong>{t('disagreements.safeCourse')}</strong> {localizeIsoDates(item.safeCourse[locale], locale)}
      </p>
    </li>
  );
}

/**
 * Where the sources disagree (AIMA's own pages, the law, the press, the seed
 * guide): every reading, which one the app follows and the safest thing to do.
 * Shown so a person can judge a rule that matters to them, not only trust it.
 */
export function DisagreementsPage() {
  const { t } = useTranslation();
  const [items, setItems] = useState<Disagreement[] | null>(null);
  const [sources, setSources] = useState<Map<string, Source>>(new Map());
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([api().rulesDisagreements({}), api().rulesSources({})]).then(([found, cited]) => {
      if (!live) return;
      if (found.ok) setItems(found.value);
      else setError(found.error);
      if (cited.ok) setSources(new Map(cited.value.map((source) => [source.id, source])));
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <Page title={t('disagreements.title')}>
      <p>{t('disagreements.intro')}</p>
      {error && <p role="alert">{t(error.messageKey, error.params)}</p>}
      {!items && !error && <p>{t('ui.loading')}</p>}
      {items && (
        <ul className="disagreement-list" data-testid="disagreements">
          {items.map((item) => (
            <DisagreementCard key={item.id} item={item} sources={sources} />
          ))}
        </ul>
      )}
    </Page>
  );
}
