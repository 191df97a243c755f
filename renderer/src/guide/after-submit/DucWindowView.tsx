import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deadline, DeadlineMoment } from '../../../../shared/case/assessment';
import type { DucWindow } from '../../../../shared/rules/duc';
import { Tag } from '../../components/Tag';
import { api } from '../../api';
import { formatDate, formatLisbonDateTime, localizeIsoDates, useLocale } from '../../locale';

/** A deadline's state beside it: paid after that moment is said, not shown as a plain "Paid". */
function StateTag({ moment }: { moment: DeadlineMoment }) {
  const { t } = useTranslation();
  if (moment.state === 'met' && moment.paidAfter) return <Tag tone="yellow">{t('afterSubmit.state.paidAfter')}</Tag>;
  return <Tag tone={moment.state === 'met' ? 'green' : 'red'}>{t(`afterSubmit.state.${moment.state}`)}</Tag>;
}

/** Payable-from and the last moment to pay, in the reader's language and Lisbon time, with how it was counted. */
export function DucWindowView({
  window: duc,
  generatedAt,
  deadline,
}: {
  window: DucWindow;
  generatedAt: { lisbonDate: string; lisbonTime: string };
  /** The assessment's state of the DUC deadline: a passed one says so next to its date. */
  deadline: Deadline | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [icsError, setIcsError] = useState<string | null>(null);

  async function downloadIcs() {
    setIcsError(null);
    const result = await api().ducCalendar({ route: duc.route, generatedAt, language: locale, now: new Date().toISOString() });
    if (!result.ok) {
      setIcsError(result.error.messageKey);
      return;
    }
    // A download link for the calendar file: the person opens or saves it with their calendar.
    const url = URL.createObjectURL(new Blob([result.value.ics], { type: 'text/calendar' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.value.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const paid = deadline?.state === 'met' ? deadline : null;
  // Every reading passed (a DUC of October read in December): "try to pay as soon as the DUC is generated …
  // try again within the 24 hours" is advice for days long gone; the assessment's sentence says what to do now.
  const allPassed = deadline?.state === 'overdue' && (deadline.other?.state ?? 'overdue') === 'overdue' ? deadline : null;
  const current = paid ?? allPassed;
  return (
    <section className="panel" aria-labelledby="duc-window" data-testid="duc-window">
      <h2 id="duc-window">{t('afterSubmit.windowTitle')}</h2>
      <dl className="summary-list">
        <div className="summary-row">
          <dt>{t('afterSubmit.generated')}</dt>
          <dd>{formatLisbonDateTime(duc.generated.instant, locale)}</dd>
        </div>
        <div className="summary-row">
          <dt>{t('afterSubmit.payableFrom')}</dt>
          <dd data-testid="duc-payable-from">{formatLisbonDateTime(duc.tryToPayFrom.instant, locale)}</dd>
        </div>
        <div className="summary-row">
          <dt>{t('afterSubmit.lastDay')}</dt>
          <dd data-testid="duc-deadline">
            <strong>{formatLisbonDateTime(duc.deadline.instant, locale)}</strong>
            {deadline && deadline.state !== 'upcoming' && (
              <>
                {' '}
                <StateTag moment={deadline} />
              </>
            )}
          </dd>
        </div>
        {deadline?.other && (
          <div className="summary-row">
            <dt>{t('afterSubmit.otherReading', { reading: deadline.other.label[locale] })}</dt>
            <dd data-testid="duc-other-deadline">
              {formatDate(deadline.other.date, locale)}
              {deadline.other.time ? ` · ${t('ui.lisbonTime', { time: deadline.other.time })}` : ''}
              {deadline.other.state !== 'upcoming' && (
                <>
                  {' '}
                  <StateTag moment={deadline.other} />
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
      <p className="hint">{t('afterSubmit.lisbonNote')}</p>
      {/* Once paid, "try to pay as soon as…" and reminders to pay would contradict the case. */}
      <p data-testid="duc-advice">{localizeIsoDates((current ? current.explanation : duc.advice)[locale], locale)}</p>
      <details>
        <summary>{t('afterSubmit.readings')}</summary>
        {duc.readings.map((reading) => (
          <div key={reading.id} className="inset">
            <p>
              <strong>{formatLisbonDateTime(reading.lastMoment.instant, locale)}</strong>
              {reading.official ? ` — ${t('afterSubmit.official')}` : ''}
            </p>
            <p>{localizeIsoDates(reading.explanation[locale], locale)}</p>
            {reading.count && reading.count.skipped.length > 0 && (
              <p className="hint">
                {t('afterSubmit.skipped')}{' '}
                {reading.count.skipped
                  .map((day) =>
                    day.reason === 'holiday'
                      ? `${formatDate(day.date, locale)} (${day.holiday[locale]})`
                      : formatDate(day.date, locale),
                  )
                  .join('; ')}
              </p>
            )}
          </div>
        ))}
      </details>
      {!paid && (
        <button type="button" className="button button-secondary" onClick={() => void downloadIcs()} data-testid="duc-ics">
          {t('afterSubmit.addToCalendar')}
        </button>
      )}
      {icsError && (
        <p role="alert" data-testid="duc-ics-error">
          {t(icsError === 'rules.errors.calendarAllPassed' ? icsError : 'errors.internal')}
        </p>
      )}
    </section>
  );
}
