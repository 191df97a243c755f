import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { decideRoute, warningOnceSubmitted, type RouteWarning } from '../../../../shared/rules/route';
import { buildTimeline } from '../../../../shared/rules/timeline';
import { useAssessmentWithEvidence, useReader } from '../../case/use-assessment';
import { paymentEntry } from '../../../../shared/case/case-facts';
import { Timeline } from './Timeline';
import { useCase } from '../../case/CaseContext';
import { Page } from '../../components/Page';
import { Tag } from '../../components/Tag';
import { localizeIsoDates, todayInLisbon, useLocale } from '../../locale';
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
  // An agency reads its client's warnings and timeline ("the client's permit"), as the assessment's sentences.
  const reader = useReader();
  const { assessment, evidence } = useAssessmentWithEvidence();
  // The six-month lapse is judged on the day the renewal was submitted: the assessment's day, as it judges it.
  const decision = decideRoute(guide.situation, today, reader, assessment.submittedOn);
  // Steps already taken (submitted, the DUC paid) are shown as done, not advised again: "submitted" is the
  // assessment's, as on every other screen.
  const submitted = assessment.submitted;
  const timeline = buildTimeline(
    guide.situation,
    today,
    guide.duc ? { lisbonDate: guide.duc.date, lisbonTime: guide.duc.time } : undefined,
    { submitted, paidAt: paymentEntry(evidence)?.at ?? null },
    reader,
  );
  // The route's warnings are written for someone who has not submitted yet; the passport's say so once they have.
  const warnings = submitted ? decision.warnings.map((w) => warningOnceSubmitted(w, reader)) : decision.warnings;
  // Timeline items that are deadlines, with the assessment's state (the DUC line is the timeline's "duc-deadline").
  const deadlineStates = Object.fromEntries(
    assessment.deadlines.map((d) => [d.id === 'duc-payment' ? 'duc-deadline' : d.id, d.state]),
  );
  // A DUC paid after a reading's last moment: "Paid after this", as on "After you submit", never "Met" (session 15's
  // walk: a DUC of 2 May 10:00 paid on 4 May read "Met — Last moment to pay the DUC (strictest reading)").
  const paidAfter = assessment.deadlines.some((d) => d.id === 'duc-payment' && d.paidAfter) ? ['duc-deadline'] : [];
  const text = (value: { en: string; pt: string }) => localizeIsoDates(value[locale], locale);

  useEffect(() => {
    if (decision.routeId !== 'undecided') update((current) => (current.routeSeen ? current : { ...current, routeSeen: true }));
  }, [decision.routeId, update]);

  return (
    <Page title={t('route.title')}>
      <section className="panel" aria-labelledby="route-portal" data-testid="route-portal">
        <h2 id="route-portal">{t('route.yourPortal')}</h2>
        {decision.portal ? (
          <p>
            <strong>{decision.portal.name[locale]}</strong> — <code>{decision.portal.url}</code>
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

      {decision.routeId !== 'undecided' && (
        <section aria-labelledby="route-when" data-testid="route-when">
          <h2 id="route-when">{t('route.when')}</h2>
          <p data-testid="route-availability">{text(assessment.route.text)}</p>
        </section>
      )}

      {warnings.length > 0 && (
        <section aria-labelledby="route-warnings" data-testid="route-warnings">
          <h2 id="route-warnings">{t('route.warnings')}</h2>
          {warnings.map((warning) => (
            <div className={`warning warning-${warning.severity}`} key={warning.id} data-testid={`warning-${warning.id}`}>
              <Tag tone={SEVERITY_TONE[warning.severity]}>{t(`route.severity.${warning.severity}`)}</Tag>
              <p>{text(warning.text)}</p>
              {(warning.troubleRowId ?? warning.contactScenarioId) && (
                <p>
                  <a
                    href={href(
                      warning.troubleRowId
                        ? `/trouble/${warning.troubleRowId}`
                        : `/trouble?scenario=${warning.contactScenarioId}`,
                    )}
                    data-testid={`warning-link-${warning.id}`}
                  >
                    {t('route.writeToAima')}
                  </a>
                </p>
              )}
            </div>
          ))}
        </section>
      )}

      {timeline.items.length > 0 && (
        <section aria-labelledby="route-timeline">
          <h2 id="route-timeline">{t('route.timeline')}</h2>
          <Timeline timeline={timeline} deadlineStates={deadlineStates} paidAfter={paidAfter} />
        </section>
      )}

      <section aria-labelledby="route-now" data-testid="route-now">
        <h2 id="route-now">{t('route.now')}</h2>
        <p>{text(assessment.next.text)}</p>
        <a
          className="button"
          href={href(assessment.next.screen)}
          data-testid={assessment.next.screen === '/documents' ? 'to-documents' : 'to-next'}
        >
          {t('tasks.nextGo')}
        </a>
        {assessment.next.screen !== '/documents' && (
          <p>
            <a href={href('/documents')} data-testid="to-documents">
              {t('route.toDocuments')}
            </a>
          </p>
        )}
      </section>
    </Page>
  );
}
