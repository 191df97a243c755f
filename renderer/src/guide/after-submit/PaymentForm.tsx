import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/api/errors';
import { checkDateParts, checkTime, dateProblemText, timeProblemText } from '../../../../shared/case/date-input';
import { checkPaymentMoment } from '../../../../shared/case/payment';
import { api } from '../../api';
import { useCase } from '../../case/CaseContext';
import { DateInput, partsOf, type DateParts } from '../../components/DateInput';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';

/** A field's problem, worded in the language shown at the moment. */
interface Problem {
  fieldId: string;
  /** Called with the translation of the moment (the one in effect when it was found would be stale). */
  words(t: TFunction): string;
}
import { formatLisbonDateTime, useLocale } from '../../locale';
import { baseName } from '../documents/dropped-paths';

/**
 * Record that the DUC was paid: an evidence entry (proof of payment, with the
 * receipt attached when given) dated when the person paid. The assessment reads
 * it from the log, so after-submit becomes done and the DUC deadline "paid" on
 * every screen, report and command.
 */
export function PaymentForm({
  duc,
  paidAt,
  onRecorded,
}: {
  duc: { date: string; time: string; reference: string } | null;
  /** When the payment already recorded was made, or null. */
  paidAt: string | null;
  onRecorded(): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const { caseId } = useCase();
  const [dateParts, setDateParts] = useState<DateParts>(() => partsOf(undefined));
  const [time, setTime] = useState('');
  const [note, setNote] = useState('');
  const [paths, setPaths] = useState<string[]>([]);
  // Each problem is worded when shown, so switching the language re-words it (never a stale sentence).
  const [problems, setProblems] = useState<Problem[]>([]);
  const errors: FieldError[] = problems.map((problem) => ({ fieldId: problem.fieldId, message: problem.words(t) }));
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const errorFor = (id: string) => errors.find((error) => error.fieldId === id || error.fieldId === `${id}-day`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!duc) return;
    const found: Problem[] = [];
    const date = checkDateParts(dateParts);
    const clock = checkTime(time);
    if (!date.ok)
      found.push({
        fieldId: 'payment-date-day',
        words: (t) =>
          dateProblemText(date.problem, t('ui.dateNames.paymentDate'), t('afterSubmit.payment.errors.date'), t, i18n.language),
      });
    if (!clock.ok)
      found.push({
        fieldId: 'payment-time',
        words: (t) => timeProblemText(clock.problem, t('afterSubmit.payment.errors.time'), t),
      });
    if (date.ok && clock.ok) {
      const moment = checkPaymentMoment({ date: date.iso, time: clock.hhmm }, duc, new Date().toISOString());
      if (!moment.ok)
        found.push({
          fieldId: 'payment-date-day',
          words: (t) => t(`afterSubmit.payment.errors.${moment.problem}`, { duc: `${duc.date} ${duc.time}` }),
        });
      else if (found.length === 0) {
        setProblems([]);
        setSaving(true);
        const result = await api().evidenceAdd({
          caseId,
          entry: { at: moment.at, kind: 'payment-proof', note: note.trim(), reference: duc.reference },
          paths,
        });
        setSaving(false);
        if (!result.ok) {
          setApiError(result.error);
          return;
        }
        setApiError(null);
        setNote('');
        setPaths([]);
        onRecorded();
        return;
      }
    }
    setProblems(found);
  }

  return (
    <section aria-labelledby="payment-title" data-testid="payment">
      <h2 id="payment-title">{t('afterSubmit.payment.title')}</h2>
      {paidAt ? (
        <p data-testid="payment-recorded">{t('afterSubmit.payment.recorded', { when: formatLisbonDateTime(paidAt, locale) })}</p>
      ) : !duc ? (
        <p className="muted">{t('afterSubmit.payment.needsDuc')}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate className="card" data-testid="payment-form">
          <p>{t('afterSubmit.payment.intro')}</p>
          <ErrorSummary errors={errors} />
          <div className={`form-group${errorFor('payment-date') ? ' form-group-error' : ''}`}>
            <DateInput
              id="payment-date"
              legend={t('afterSubmit.payment.dateLegend')}
              hintId="payment-date-hint"
              errorId={errorFor('payment-date') ? 'payment-date-error' : undefined}
              value={dateParts}
              onChange={setDateParts}
            />
            <p className="hint" id="payment-date-hint">
              {t('afterSubmit.payment.dateHint')}
            </p>
            {errorFor('payment-date') && (
              <p className="error-message" id="payment-date-error">
                {errorFor('payment-date')?.message}
              </p>
            )}
          </div>
          <div className={`form-group${errorFor('payment-time') ? ' form-group-error' : ''}`}>
            <label htmlFor="payment-time">
              <strong>{t('afterSubmit.payment.timeLabel')}</strong>
            </label>
            <p className="hint" id="payment-time-hint">
              {t('afterSubmit.payment.timeHint')}
            </p>
            {errorFor('payment-time') && (
              <p className="error-message" id="payment-time-error">
                {errorFor('payment-time')?.message}
              </p>
            )}
            <input
              id="payment-time"
              inputMode="numeric"
              autoComplete="off"
              className="input input-date"
              value={time}
              aria-describedby={['payment-time-hint', errorFor('payment-time') ? 'payment-time-error' : '']
                .filter(Boolean)
                .join(' ')}
              onChange={(e) => setTime(e.target.value)}
            />
          </div>
          <div className="form-group">
            <label htmlFor="payment-note">{t('afterSubmit.payment.note')}</label>
            <p className="hint" id="payment-note-hint">
              {t('afterSubmit.payment.noteHint')}
            </p>
            <textarea
              id="payment-note"
              className="input"
              value={note}
              aria-describedby="payment-note-hint"
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <p>{paths.length > 0 ? paths.map(baseName).join(', ') : t('afterSubmit.payment.noFiles')}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() =>
              void api()
                .shellPickFiles({ filter: 'any', multiple: true })
                .then((result) => result.ok && setPaths(result.value.paths))
            }
          >
            {t('afterSubmit.payment.attach')}
          </button>
          <button type="submit" className="button" data-testid="payment-submit" disabled={saving}>
            {t('afterSubmit.payment.submit')}
          </button>
          {apiError && (
            <p role="alert" className="error-message">
              {t(apiError.messageKey, apiError.params)}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
