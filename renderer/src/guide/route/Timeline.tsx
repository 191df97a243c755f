import { useTranslation } from 'react-i18next';
import type { Timeline as TimelineData } from '../../../../shared/rules/timeline';
import { formatDate, localizeIsoDates, useLocale } from '../../locale';

/** The renewal as dated steps (past ones greyed, with words saying so: colour is never the only signal). */
export function Timeline({ timeline }: { timeline: TimelineData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ol className="timeline" data-testid="timeline">
      {timeline.items.map((item) => (
        <li key={item.id} className={item.status === 'past' ? 'timeline-past' : undefined}>
          <time dateTime={item.date ?? undefined}>
            {item.date ? formatDate(item.date, locale) : t('route.undated')}
            {item.time && ` · ${t('ui.lisbonTime', { time: item.time })}`}
            {item.dateKind === 'estimate' && ` (${t('route.estimate')})`}
            {item.status === 'past' && ` — ${t('route.past')}`}
            {item.status === 'today' && ` — ${t('route.today')}`}
          </time>
          <strong>{item.title[locale]}</strong>
          <p className="hint">{localizeIsoDates(item.detail[locale], locale)}</p>
        </li>
      ))}
    </ol>
  );
}
