import { useTranslation } from 'react-i18next';
import type { DeadlineState } from '../../../../shared/case/assessment';
import type { Timeline as TimelineData } from '../../../../shared/rules/timeline';
import { Tag } from '../../components/Tag';
import { formatDate, localizeIsoDates, useLocale } from '../../locale';

/** The renewal as dated steps (past ones greyed, with words saying so: colour is never the only signal). */
export function Timeline({
  timeline,
  deadlineStates = {},
  paidAfter = [],
}: {
  timeline: TimelineData;
  /** The assessment's state of the items that are deadlines (by timeline item id): an overdue one says so. */
  deadlineStates?: Partial<Record<string, DeadlineState>>;
  /** Deadline items (by timeline item id) met only by a payment made after them: "Paid after this", not "Met". */
  paidAfter?: readonly string[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ol className="timeline" data-testid="timeline">
      {timeline.items.map((item) => {
        const deadline = deadlineStates[item.id];
        return (
          <li
            key={item.id}
            className={item.status === 'past' && deadline !== 'overdue' ? 'timeline-past' : undefined}
            data-testid={`timeline-${item.id}`}
          >
            <time dateTime={item.date ?? undefined}>
              {item.date ? formatDate(item.date, locale) : t('route.undated')}
              {item.time && ` · ${t('ui.lisbonTime', { time: item.time })}`}
              {item.dateKind === 'estimate' && ` (${t('route.estimate')})`}
              {item.dateKind === 'latest' && ` (${t('route.atTheLatest')})`}
              {item.status === 'past' && !deadline && ` — ${t('route.past')}`}
              {item.status === 'today' && ` — ${t('route.today')}`}
            </time>
            {/* An expiry is not a task that can be late: a passed one has expired. Nor is the six-month point: it has passed. */}
            {deadline === 'overdue' && (
              <Tag tone="red">
                {t(
                  item.id === 'permit-expires'
                    ? 'route.deadline.expired'
                    : item.id === 'online-threshold'
                      ? 'route.deadline.passed'
                      : 'route.deadline.overdue',
                )}
              </Tag>
            )}
            {/* "Met Your permit expired" (session 14's walk): an expiry is not a task; the submission came before it. */}
            {deadline === 'met' && paidAfter.includes(item.id) && <Tag tone="yellow">{t('afterSubmit.state.paidAfter')}</Tag>}
            {deadline === 'met' && !paidAfter.includes(item.id) && (
              <Tag tone="green">
                {t(
                  item.id === 'permit-expires' || item.id === 'online-threshold' || item.id === 'in-country-extension-ended'
                    ? 'route.deadline.submittedBefore'
                    : 'route.deadline.met',
                )}
              </Tag>
            )}
            {deadline === 'due-today' && <Tag tone="red">{t('route.deadline.dueToday')}</Tag>}
            {/* A space between the tag and the title: read aloud and copied, "Overdue Your permit expires". */}
            {deadline && deadline !== 'upcoming' && deadline !== 'unknown' && ' '}
            <strong>{item.title[locale]}</strong>
            <p className="hint">{localizeIsoDates(item.detail[locale], locale)}</p>
          </li>
        );
      })}
    </ol>
  );
}
