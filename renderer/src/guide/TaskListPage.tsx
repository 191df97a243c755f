import { useTranslation } from 'react-i18next';
import {
  documentsBlockersBeyondReason,
  documentsReasonBesideNext,
  withoutAlsoToFix,
  type UrgencySeverity,
} from '../../../shared/case/assessment';
import { useAssessment } from '../case/use-assessment';
import { Tag } from '../components/Tag';
import { localizeIsoDates, useLocale } from '../locale';
import { RulesInfo } from '../RulesInfo';
import { href } from '../router';
import { steps, type StepStatus } from './steps';

/** The colour of each step status, wherever a status is shown. */
export const STATUS_TONES: Record<StepStatus, 'grey' | 'blue' | 'green' | 'yellow' | 'red'> = {
  notStarted: 'grey',
  inProgress: 'blue',
  done: 'green',
  cannotStart: 'grey',
  optional: 'yellow',
  attention: 'red',
};

export const URGENCY_TONES: Record<UrgencySeverity, 'red' | 'yellow'> = { critical: 'red', urgent: 'red', caution: 'yellow' };

/** The first screen: the one next action, what is urgent, and every step with its status and why (GOV.UK task list). */
export function TaskListPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const assessment = useAssessment();
  const text = (value: { en: string; pt: string }) => localizeIsoDates(value[locale], locale);
  const statuses = steps.map((step) => ({ ...step, ...assessment.steps.find((s) => s.id === step.id)! }));
  const counted = statuses.filter((step) => step.status !== 'optional');
  const done = counted.filter((step) => step.status === 'done').length;
  // What reading found ends the next action and the reasons of the steps it blocks (documents, folder): "Also to fix
  // before you upload: …". Said in the next action above, the steps below leave it out (session 12's walk: the same
  // sentence three times on this page).
  const found = documentsBlockersBeyondReason(assessment).map((b) => b.text);
  const nextSaysFound = found.length > 0 && withoutAlsoToFix(assessment.next.text, found).en !== assessment.next.text.en;
  // The documents not ready likewise: listed by the next action when it is to get them ready, counted by the step
  // (session 13's walk: the seven documents listed twice on this page, as on the documents page).
  // An urgent situation that is the next action (an unpaid DUC) is said once, in the next action with its severity,
  // not again in the urgent list under it (session 13's walk: the DUC's sentence twice at the top of the page).
  const nextUrgent = assessment.urgent.find((item) => item.text.en === assessment.next.text.en);
  const urgent = assessment.urgent.filter((item) => item !== nextUrgent);
  const reasonOf = (step: (typeof statuses)[number]) => {
    const reason = step.id === 'documents' ? documentsReasonBesideNext(assessment) : step.reason;
    return nextSaysFound ? withoutAlsoToFix(reason, found) : reason;
  };
  // A step whose reason is the very sentence shown above it, as the next action or an urgent item (an unpaid DUC
  // for "after you submit", a lapse for the route), points there instead of saying it again (session 13's walk:
  // the DUC's sentence in the next action and again under step 6).
  const saidAbove = (step: (typeof statuses)[number]): string | null => {
    if (step.reason.en === assessment.next.text.en) return t('tasks.saidAbove', { heading: t('tasks.next') });
    if (urgent.some((item) => item.text.en === step.reason.en)) return t('tasks.saidAbove', { heading: t('tasks.urgent') });
    return null;
  };

  return (
    <div className="page">
      <p className="tagline">{t('app.tagline')}</p>
      <p className="privacy">{t('app.privacy')}</p>
      <h2 className="task-list-title">{t('tasks.title')}</h2>
      <section className="panel" aria-labelledby="next-action" data-testid="next-action">
        <h2 id="next-action">{t('tasks.next')}</h2>
        {nextUrgent && (
          <p data-testid="next-action-severity">
            <Tag tone={URGENCY_TONES[nextUrgent.severity]}>{t(`tasks.severity.${nextUrgent.severity}`)}</Tag>
          </p>
        )}
        <p>{text(assessment.next.text)}</p>
        <a className="button" href={href(assessment.next.screen)} data-testid="next-action-link">
          {t('tasks.nextGo')}
        </a>
      </section>
      {urgent.length > 0 && (
        <section aria-labelledby="urgent" data-testid="urgent">
          <h2 id="urgent">{t('tasks.urgent')}</h2>
          {urgent.map((item) => (
            <div
              className={`warning warning-${item.severity === 'caution' ? 'caution' : 'urgent'}`}
              key={item.id}
              data-testid={`urgent-${item.id}`}
            >
              <Tag tone={URGENCY_TONES[item.severity]}>{t(`tasks.severity.${item.severity}`)}</Tag>
              <p id={`urgent-text-${item.id}`}>{text(item.text)}</p>
              {/* Each urgent situation leads to where it is dealt with (the lapse to its own page and letter). */}
              {item.screen !== assessment.next.screen && (
                <p>
                  <a href={href(item.screen)} aria-describedby={`urgent-text-${item.id}`}>
                    {t('tasks.urgentGo')}
                  </a>
                </p>
              )}
            </div>
          ))}
        </section>
      )}
      <p>{t('tasks.intro')}</p>
      <p data-testid="task-progress">{t('tasks.progress', { done, total: counted.length })}</p>
      <ol className="task-list" data-testid="task-list">
        {statuses.map((step, index) => {
          const name = t(`tasks.names.${step.id}`);
          const statusId = `task-status-${step.id}`;
          return (
            <li key={step.id} className="task" data-testid={`task-${step.id}`}>
              <div className="task-name">
                <span className="task-number">{index + 1}.</span>{' '}
                {step.status === 'cannotStart' ? (
                  <span>{name}</span>
                ) : (
                  <a href={href(step.path)} aria-describedby={statusId}>
                    {name}
                  </a>
                )}
                <p className="hint" data-testid={`task-reason-${step.id}`}>
                  {step.status === 'optional' ? t(`tasks.hints.${step.id}`) : (saidAbove(step) ?? text(reasonOf(step)))}
                </p>
              </div>
              <div id={statusId} className="task-status">
                <Tag tone={STATUS_TONES[step.status]}>{t(`tasks.status.${step.status}`)}</Tag>
              </div>
            </li>
          );
        })}
      </ol>
      <RulesInfo />
    </div>
  );
}
