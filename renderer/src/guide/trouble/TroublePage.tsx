import { useTranslation } from 'react-i18next';
import { troubleshootingFor } from '../../../../shared/rules/troubleshooting';
import { useReader } from '../../case/use-assessment';
import { Page } from '../../components/Page';
import { localizeIsoDates, useLocale } from '../../locale';
import { href } from '../../router';
import { Tag } from '../../components/Tag';
import { TextsForAima } from './TextsForAima';

const urgencyTone = { urgent: 'red', soon: 'yellow', routine: 'grey' } as const;

/** Step 7, first page: pick the problem you see. */
export function TroubleListPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  // An agency reads about its client's month, record and card.
  const troubleshooting = troubleshootingFor(useReader());
  const groups = [
    { id: 'seed-table', rows: troubleshooting.filter((row) => row.origin === 'seed-table') },
    { id: 'user-reports', rows: troubleshooting.filter((row) => row.origin === 'user-reports') },
  ] as const;
  return (
    <Page title={t('trouble.title')}>
      <p>{t('trouble.intro')}</p>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`trouble-${group.id}`}>
          <h2 id={`trouble-${group.id}`}>{t(group.id === 'seed-table' ? 'trouble.common' : 'trouble.reported')}</h2>
          <ul className="trouble-list" data-testid={`trouble-${group.id}`}>
            {group.rows.map((row) => (
              <li key={row.id}>
                <a href={href(`/trouble/${row.id}`)}>{row.problem[locale]}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}

/** Step 7, one problem: what it may mean, what to try, and the texts for AIMA. */
export function TroubleRowPage({ rowId }: { rowId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const row = troubleshootingFor(useReader()).find((candidate) => candidate.id === rowId);
  if (!row) return <TroubleListPage />;
  return (
    <Page title={row.problem[locale]} caption={t('trouble.title')} back="/trouble">
      <p data-testid="trouble-urgency">
        <Tag tone={urgencyTone[row.urgency]}>{t(`trouble.urgency.${row.urgency}`)}</Tag>{' '}
        {t(`trouble.urgencyMeans.${row.urgency}`)}
      </p>
      <h2>{t('trouble.mayMean')}</h2>
      <p>{localizeIsoDates(row.mayMean[locale], locale)}</p>
      <h2>{t('trouble.tryThis')}</h2>
      <ol>
        {row.tryThis.map((step) => (
          <li key={step.en}>{localizeIsoDates(step[locale], locale)}</li>
        ))}
      </ol>
      {row.contactScenarioId || row.letterPurpose ? (
        <TextsForAima scenarioId={row.contactScenarioId} letterPurpose={row.letterPurpose} />
      ) : row.writingDoesNotHelp ? (
        <p className="inset" data-testid="writing-does-not-help">
          <strong>{t('trouble.writingDoesNotHelp')}</strong> {row.writingDoesNotHelp[locale]}
        </p>
      ) : (
        <p className="inset" data-testid="no-texts">
          {t('trouble.noTexts')}
        </p>
      )}
    </Page>
  );
}
