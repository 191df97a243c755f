import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { checkDateParts, checkTime, dateProblemText, timeProblemText } from '../../../../shared/case/date-input';
import { DateInput, partsOf, type DateParts } from '../../components/DateInput';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';

/** A field's problem, worded in the language shown at the moment. */
interface Problem {
  fieldId: string;
  /** Called with the translation of the moment (the one in effect when it was found would be stale). */
  words(t: TFunction): string;
}

export interface DucAnswer {
  date: string;
  time: string;
  reference: string;
}

/** When the DUC was generated (as shown on screen, Lisbon time) and its payment reference. */
export function DucForm({ initial, onSubmit }: { initial: DucAnswer | null; onSubmit(answer: DucAnswer): void }) {
  const { t, i18n } = useTranslation();
  const [dateParts, setDateParts] = useState<DateParts>(() => partsOf(initial?.date));
  const [time, setTime] = useState(initial?.time ?? '');
  const [reference, setReference] = useState(initial?.reference ?? '');
  // Each problem is worded when shown, so switching the language re-words it (never a stale sentence).
  const [problems, setProblems] = useState<Problem[]>([]);
  const errors: FieldError[] = problems.map((problem) => ({ fieldId: problem.fieldId, message: problem.words(t) }));
  const errorFor = (id: string) => errors.find((error) => error.fieldId === id || error.fieldId === `${id}-day`);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Problem[] = [];
    const date = checkDateParts(dateParts);
    const clock = checkTime(time);
    if (!date.ok)
      found.push({
        fieldId: 'duc-date-day',
        words: (t) => dateProblemText(date.problem, t('ui.dateNames.ducDate'), t('afterSubmit.errors.date'), t, i18n.language),
      });
    if (!clock.ok)
      found.push({ fieldId: 'duc-time', words: (t) => timeProblemText(clock.problem, t('afterSubmit.errors.time'), t) });
    if (reference.trim().length < 3) found.push({ fieldId: 'duc-reference', words: (t) => t('afterSubmit.errors.reference') });
    setProblems(found);
    if (date.ok && clock.ok && found.length === 0) {
      onSubmit({ date: date.iso, time: clock.hhmm, reference: reference.trim() });
    }
  }

  const field = (id: string, label: string, hint: string, input: React.ReactNode) => {
    const error = errorFor(id);
    return (
      <div className={`form-group${error ? ' form-group-error' : ''}`}>
        <label htmlFor={id}>
          <strong>{label}</strong>
        </label>
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
        {error && (
          <p className="error-message" id={`${id}-error`}>
            {error.message}
          </p>
        )}
        {input}
      </div>
    );
  };
  const described = (id: string) => [`${id}-hint`, errorFor(id) ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <form onSubmit={submit} noValidate data-testid="duc-form">
      <ErrorSummary errors={errors} />
      <div className={`form-group${errorFor('duc-date') ? ' form-group-error' : ''}`}>
        <DateInput
          id="duc-date"
          legend={t('afterSubmit.dateLabel')}
          hintId="duc-date-hint"
          errorId={errorFor('duc-date') ? 'duc-date-error' : undefined}
          value={dateParts}
          onChange={setDateParts}
        />
        <p className="hint" id="duc-date-hint">
          {t('afterSubmit.dateHint')}
        </p>
        {errorFor('duc-date') && (
          <p className="error-message" id="duc-date-error">
            {errorFor('duc-date')?.message}
          </p>
        )}
      </div>
      {field(
        'duc-time',
        t('afterSubmit.timeLabel'),
        t('afterSubmit.timeHint'),
        <input
          id="duc-time"
          inputMode="numeric"
          autoComplete="off"
          className="input input-date"
          value={time}
          aria-describedby={described('duc-time')}
          onChange={(e) => setTime(e.target.value)}
        />,
      )}
      {field(
        'duc-reference',
        t('afterSubmit.referenceLabel'),
        t('afterSubmit.referenceHint'),
        <input
          id="duc-reference"
          className="input input-medium"
          autoComplete="off"
          value={reference}
          aria-describedby={described('duc-reference')}
          onChange={(e) => setReference(e.target.value)}
        />,
      )}
      <button type="submit" className="button" data-testid="duc-submit">
        {t('afterSubmit.calculate')}
      </button>
    </form>
  );
}
