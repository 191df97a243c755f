import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CaseFile } from '../../../../shared/case/case-file';
import { activeEvidence, evidenceKindLabels, evidenceKinds, type EvidenceKind } from '../../../../shared/case/evidence';
import type { ApiError } from '../../../../shared/api/errors';
import { api } from '../../api';
import { useCase } from '../../case/CaseContext';
import { formatLisbonDateTime, useLocale } from '../../locale';
import { checkDateParts, checkTime, dateProblemText, timeProblemText } from '../../../../shared/case/date-input';
import { instantOfLisbon } from '../../../../shared/rules/dates';
import { DateInput, partsOf, type DateParts } from '../../components/DateInput';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';

/** A field's problem, worded in the language shown at the moment. */
interface Problem {
  fieldId: string;
  /** Called with the translation of the moment (the one in effect when it was found would be stale). */
  words(t: TFunction): string;
}
import { baseName } from '../documents/dropped-paths';

/** The evidence log of the case: every step and answer with its proof; entries are never silently deleted. */
export function EvidenceLog({ refreshKey, onAdded }: { refreshKey: number; onAdded?: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const { caseId } = useCase();
  const [caseFile, setCaseFile] = useState<CaseFile | null>(null);
  const [kind, setKind] = useState<EvidenceKind>('portal-error-screenshot');
  // Day, month and year as three labelled fields and the time in Lisbon, like every other date of the app:
  // a browser's date picker follows the system's language (mm/dd/yyyy on an English-US system).
  const [dateParts, setDateParts] = useState<DateParts>(() => partsOf(undefined));
  const [time, setTime] = useState('');
  const [note, setNote] = useState('');
  const [paths, setPaths] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  // Each problem is worded when shown, so switching the language re-words it (never a stale sentence).
  const [problems, setProblems] = useState<Problem[]>([]);
  const errors: FieldError[] = problems.map((problem) => ({ fieldId: problem.fieldId, message: problem.words(t) }));
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id || e.fieldId === `${id}-day`);

  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void api()
      .caseGet({ caseId })
      .then((result) => {
        if (live && result.ok) setCaseFile(result.value);
      });
    return () => {
      live = false;
    };
  }, [caseId, refreshKey, version]);

  async function add(event: FormEvent) {
    event.preventDefault();
    const found: Problem[] = [];
    const date = checkDateParts(dateParts);
    const clock = checkTime(time);
    if (!date.ok)
      found.push({
        fieldId: 'evidence-date-day',
        words: (t) =>
          dateProblemText(date.problem, t('ui.dateNames.evidenceDate'), t('afterSubmit.evidence.errors.date'), t, i18n.language),
      });
    if (!clock.ok)
      found.push({
        fieldId: 'evidence-time',
        words: (t) => timeProblemText(clock.problem, t('afterSubmit.evidence.errors.time'), t),
      });
    // The moment in Lisbon, where AIMA reads it, whatever the computer's time zone.
    const at = date.ok && clock.ok ? instantOfLisbon(date.iso, clock.hhmm).toISOString() : null;
    if (at && Date.parse(at) > Date.now())
      found.push({ fieldId: 'evidence-date-day', words: (t) => t('afterSubmit.evidence.errors.inFuture') });
    setProblems(found);
    if (!at || found.length > 0) return;
    const result = await api().evidenceAdd({ caseId, entry: { at, kind, note }, paths });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setNote('');
    setDateParts(partsOf(undefined));
    setTime('');
    setPaths([]);
    setVersion((v) => v + 1);
    // The page re-assesses the case: a payment proof or an approval logged here changes its status.
    onAdded?.();
  }

  const entries = caseFile ? activeEvidence(caseFile.evidence) : [];
  return (
    <section aria-labelledby="evidence-title" data-testid="evidence-log">
      <h2 id="evidence-title">{t('afterSubmit.evidence.title')}</h2>
      <p>{t('afterSubmit.evidence.intro')}</p>
      {entries.length === 0 ? (
        <p className="muted">{t('afterSubmit.evidence.empty')}</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry) => (
            <li key={entry.id} data-testid="evidence-entry">
              <time dateTime={entry.at}>{formatLisbonDateTime(entry.at, locale)}</time>
              <strong>{evidenceKindLabels[entry.kind][locale]}</strong>
              {entry.reference && <p>{t('afterSubmit.evidence.reference', { reference: entry.reference })}</p>}
              {entry.note && <p>{entry.note}</p>}
              {entry.files.length > 0 && <p className="hint">{entry.files.map((file) => file.name).join(', ')}</p>}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={(event) => void add(event)} className="card" noValidate>
        <h3>{t('afterSubmit.evidence.addTitle')}</h3>
        <ErrorSummary errors={errors} />
        <div className="form-group">
          <label htmlFor="evidence-kind">{t('afterSubmit.evidence.kind')}</label>
          <br />
          <select id="evidence-kind" className="input" value={kind} onChange={(e) => setKind(e.target.value as EvidenceKind)}>
            {evidenceKinds.map((k) => (
              <option key={k} value={k}>
                {evidenceKindLabels[k][locale]}
              </option>
            ))}
          </select>
        </div>
        <div className={`form-group${errorFor('evidence-date') ? ' form-group-error' : ''}`}>
          <DateInput
            id="evidence-date"
            legend={t('afterSubmit.evidence.dateLegend')}
            hintId="evidence-date-hint"
            errorId={errorFor('evidence-date') ? 'evidence-date-error' : undefined}
            value={dateParts}
            onChange={setDateParts}
          />
          <p className="hint" id="evidence-date-hint">
            {t('afterSubmit.evidence.dateHint')}
          </p>
          {errorFor('evidence-date') && (
            <p className="error-message" id="evidence-date-error">
              {errorFor('evidence-date')?.message}
            </p>
          )}
        </div>
        <div className={`form-group${errorFor('evidence-time') ? ' form-group-error' : ''}`}>
          <label htmlFor="evidence-time">
            <strong>{t('afterSubmit.evidence.timeLabel')}</strong>
          </label>
          <p className="hint" id="evidence-time-hint">
            {t('afterSubmit.evidence.timeHint')}
          </p>
          {errorFor('evidence-time') && (
            <p className="error-message" id="evidence-time-error">
              {errorFor('evidence-time')?.message}
            </p>
          )}
          <input
            id="evidence-time"
            inputMode="numeric"
            autoComplete="off"
            className="input input-date"
            value={time}
            aria-describedby={['evidence-time-hint', errorFor('evidence-time') ? 'evidence-time-error' : '']
              .filter(Boolean)
              .join(' ')}
            onChange={(e) => setTime(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label htmlFor="evidence-note">{t('afterSubmit.evidence.note')}</label>
          <textarea id="evidence-note" className="input" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <p>{paths.length > 0 ? paths.map(baseName).join(', ') : t('afterSubmit.evidence.noFiles')}</p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void api()
              .shellPickFiles({ filter: 'any', multiple: true })
              .then((result) => result.ok && setPaths(result.value.paths))
          }
        >
          {t('afterSubmit.evidence.attach')}
        </button>
        <button type="submit" className="button" data-testid="evidence-add">
          {t('afterSubmit.evidence.add')}
        </button>
        {error && (
          <p role="alert" className="error-message">
            {t(error.messageKey, error.params)}
          </p>
        )}
      </form>
    </section>
  );
}
