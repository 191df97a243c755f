import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { decideRoute, type RouteWarning } from '../../../../shared/rules/route';
import { buildTimeline } from '../../../../shared/rules/timeline';
import { Timeline } from './Timeline';
import { useCase } from '../../case/CaseContext';
import { Page } from '../../components/Page';
import { Tag } from '../../components/Tag';
import { formatDate, localizeIsoDates, todayInLisbon, useLocale } from '../../locale';
import { href } from '../../router';

const SEVERITY_TONE: Record<RouteWarning['severity'], 'red' | 'yellow' | 'blue'> = {
  urgent: 'red',
  caution: 'yellow',
  info: 'blue',
};

/** Step 2: which portal, why, when it opens, what to do now, and the warnings that apply. */
export function RoutePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { guide, update } = useCase();
  const today = todayInLisbon();
  const decision = decideRoute(guide.situation, today);
  const timeline = buildTimeline(guide.situation, today);
  const text = (value: { en: string; pt: string }) => localizeIsoDates(value[locale], locale);

  useEffect(() => {
    if (decision.routeId !== 'undecided') update((current) => (current.routeSeen ? current : { ...current, routeSeen: true }));
  }, [decision.routeId, update]);

  const month = decision.portalMonth;
  return (
    <Page title={t('route.title')}>
      <section className="panel" aria-labelledby="route-portal" data-testid="route-portal">
        <h2 id="route-portal">{t('route.yourPortal')}</h2>
        {decision.portal ? (
          <p>
            <strong>{decision.portal.name}</strong> — <code>{decision.portal.url}</code>
          </p>
        ) : (
          <p>{t(decision.routeId === 'not-covered' ? 'route.noPortal.notCovered' : 'route.noPortal.undecided')}</p>
        )}
        {decision.missing.length > 0 && (
          <p>
            {t('route.missingAnswers')} <a href={href('/situation')}>{t('route.answerQuestions')}</a>
          </p>
        )}
      </section>

      {decision.why.length > 0 && (
        <section aria-labelledby="route-why">
          <h2 id="route-why">{t('route.why')}</h2>
          {decision.why.map((reason) => (
            <p key={reason.text.en}>{text(reason.text)}</p>
          ))}
        </section>
      )}

      {month && (
        <section aria-labelledby="route-when" data-testid="route-when">
          <h2 id="route-when">{t('route.when')}</h2>
          {month.status === 'open' && (
            <p>{t('route.monthOpen', { date: formatDate(month.openedOn ?? month.openedNoLaterThan, locale) })}</p>
          )}
          {month.status === 'opens-later' && <p>{t('route.monthOpensOn', { date: formatDate(month.opensOn, locale) })}</p>}
          {month.status === 'unknown' && (
            <p>
              {t('route.monthUnknown', {
                from: formatDate(month.checkFrom, locale),
                by: formatDate(month.checkBackBy, locale),
              })}
            </p>
          )}
        </section>
      )}

      {decision.warnings.length > 0 && (
        <section aria-labelledby="route-warnings" data-testid="route-warnings">
          <h2 id="route-warnings">{t('route.warnings')}</h2>
          {decision.warnings.map((warning) => (
            <div className={`warning warning-${warning.severity}`} key={warning.id} data-testid={`warning-${warning.id}`}>
              <Tag tone={SEVERITY_TONE[warning.severity]}>{t(`route.severity.${warning.severity}`)}</Tag>
              <p>{text(warning.text)}</p>
              {warning.contactScenarioId && (
                <p>
                  <a href={href(`/trouble?scenario=${warning.contactScenarioId}`)}>{t('route.writeToAima')}</a>
                </p>
              )}
            </div>
          ))}
        </section>
      )}

      {timeline.items.length > 0 && (
        <section aria-labelledby="route-timeline">
          <h2 id="route-timeline">{t('route.timeline')}</h2>
          <Timeline timeline={timeline} />
        </section>
      )}

      <section aria-labelledby="route-now">
        <h2 id="route-now">{t('route.now')}</h2>
        <p>{t('route.prepareAhead')}</p>
        <a className="button" href={href('/documents')} data-testid="to-documents">
          {t('route.toDocuments')}
        </a>
      </section>
    </Page>
  );
}
