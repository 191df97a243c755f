import { useTranslation } from 'react-i18next';
import { useCase } from '../case/CaseContext';
import { Tag } from '../components/Tag';
import { RulesInfo } from '../RulesInfo';
import { href } from '../router';
import { stepStatus, steps, type StepStatus } from './steps';

const TONES: Record<StepStatus, 'grey' | 'blue' | 'green' | 'yellow'> = {
  notStarted: 'grey',
  inProgress: 'blue',
  done: 'green',
  cannotStart: 'grey',
  optional: 'yellow',
};

/** The first screen: every step of the renewal with its status (GOV.UK task list). */
export function TaskListPage({ facts }: { facts: { requiredCategoriesDone: boolean; preUploadTotal: number } }) {
  const { t } = useTranslation();
  const { guide } = useCase();
  const statuses = steps.map((step) => ({ ...step, status: stepStatus(step.id, guide, facts) }));
  const counted = statuses.filter((step) => step.status !== 'optional');
  const done = counted.filter((step) => step.status === 'done').length;

  return (
    <div className="page">
      <p className="tagline">{t('app.tagline')}</p>
      <p className="privacy">{t('app.privacy')}</p>
      <h2 className="task-list-title">{t('tasks.title')}</h2>
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
                <p className="hint">{t(`tasks.hints.${step.id}`)}</p>
              </div>
              <div id={statusId} className="task-status">
                <Tag tone={TONES[step.status]}>{t(`tasks.status.${step.status}`)}</Tag>
              </div>
            </li>
          );
        })}
      </ol>
      <RulesInfo />
    </div>
  );
}
