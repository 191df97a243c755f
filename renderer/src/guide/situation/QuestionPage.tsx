import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { permitKindNames, type PermitKind } from '../../../../shared/rules/situation';
import { useCase } from '../../case/CaseContext';
import { checkDateParts, dateProblemText } from '../../../../shared/case/date-input';
import { DateInput, partsOf, type DateParts } from '../../components/DateInput';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { useLocale } from '../../locale';
import { navigate } from '../../router';
import { errorKeyFor, questions, validateAnswer, type Question } from './questions';

function initialText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return '';
}

/** One question of the situation, on its own page. Saved in the case as soon as it is valid. */
export function QuestionPage({ question, returnTo }: { question: Question; returnTo: string | null }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const { guide, update } = useCase();
  const [text, setText] = useState(() => initialText(guide.situation[question.field]));
  const [dateParts, setDateParts] = useState<DateParts>(() => partsOf(question.kind === 'date' ? text : undefined));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const index = questions.indexOf(question);
  const fieldId = `situation-${question.field}`;
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const error = errors[0];

  function submit(event: FormEvent) {
    event.preventDefault();
    const dateCheck = checkDateParts(dateParts);
    const raw =
      question.kind === 'yesNo'
        ? text === ''
          ? undefined
          : text === 'yes'
        : question.kind === 'date'
          ? dateCheck.ok
            ? dateCheck.iso
            : undefined
          : text.trim() || undefined;
    const checked = validateAnswer(question.field, raw);
    if (!checked.ok) {
      // A date gets the message for its own mistake (a missing month, 31 February, month 13).
      const message =
        question.kind === 'date' && !dateCheck.ok
          ? dateProblemText(dateCheck.problem, t(`ui.dateNames.${question.field}`), t(errorKeyFor(question)), t, i18n.language)
          : t(errorKeyFor(question));
      setErrors([
        {
          fieldId: question.kind === 'text' ? fieldId : question.kind === 'date' ? `${fieldId}-day` : `${fieldId}-0`,
          message,
        },
      ]);
      return;
    }
    setErrors([]);
    update((current) => ({ ...current, situation: { ...current.situation, [question.field]: checked.value } }));
    const next = questions[index + 1];
    navigate(returnTo ?? (next ? `/situation/${next.field}` : '/situation/check'));
  }

  const title = t(`situation.questions.${question.field}`);
  const back = index === 0 ? '/' : `/situation/${questions[index - 1]?.field}`;
  const describedBy = [hintId, error ? errorId : ''].filter(Boolean).join(' ');

  return (
    <Page title={title} caption={t('situation.title')} back={returnTo ?? back}>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <div className={`form-group${error ? ' form-group-error' : ''}`}>
          <p id={hintId} className="hint">
            {t(`situation.hints.${question.field}`)}
          </p>
          {error && (
            <p id={errorId} className="error-message">
              {error.message}
            </p>
          )}
          {question.kind === 'choice' && (
            <fieldset aria-describedby={describedBy}>
              <legend className="visually-hidden">{title}</legend>
              <div className="radios">
                {question.options.map((option, i) => {
                  const names = permitKindNames[option as PermitKind];
                  return (
                    <div className="radio" key={option}>
                      <input
                        type="radio"
                        id={`${fieldId}-${i}`}
                        name={question.field}
                        value={option}
                        checked={text === option}
                        onChange={() => setText(option)}
                      />
                      <label htmlFor={`${fieldId}-${i}`}>
                        {names[locale]}
                        {locale === 'en' && (
                          <span className="radio-hint" lang="pt-PT">
                            {names.pt}
                          </span>
                        )}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          )}
          {question.kind === 'yesNo' && (
            <fieldset aria-describedby={describedBy}>
              <legend className="visually-hidden">{title}</legend>
              <div className="radios radios-inline">
                {(['yes', 'no'] as const).map((option, i) => (
                  <div className="radio" key={option}>
                    <input
                      type="radio"
                      id={`${fieldId}-${i}`}
                      name={question.field}
                      value={option}
                      checked={text === option}
                      onChange={() => setText(option)}
                    />
                    <label htmlFor={`${fieldId}-${i}`}>{t(`ui.${option}`)}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          )}
          {question.kind === 'date' && (
            <DateInput
              id={fieldId}
              legend={title}
              legendHidden
              hintId={hintId}
              errorId={error ? errorId : undefined}
              value={dateParts}
              onChange={setDateParts}
            />
          )}
          {question.kind === 'text' && (
            <>
              <label htmlFor={fieldId} className="visually-hidden">
                {title}
              </label>
              <input
                id={fieldId}
                className="input input-medium"
                type="text"
                value={text}
                autoComplete="off"
                spellCheck={false}
                aria-describedby={describedBy}
                aria-invalid={error ? true : undefined}
                onChange={(event) => setText(event.target.value)}
              />
            </>
          )}
        </div>
        <button type="submit" className="button" data-testid="continue">
          {t('ui.continue')}
        </button>
      </form>
    </Page>
  );
}
