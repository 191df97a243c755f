import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkDateParts } from '../../../../shared/case/date-input';
import { useCase } from '../../case/CaseContext';
import { DateInput, partsOf, type DateParts } from '../../components/DateInput';

/**
 * The day the person plans to submit: every certificate's freshness and the passport's
 * validity are judged on it (a certificate fresh today may be stale on that day). Saved
 * once it is a real date; empty means today.
 */
export function PlannedSubmission() {
  const { t } = useTranslation();
  const { guide, update } = useCase();
  const [parts, setParts] = useState<DateParts>(partsOf(guide.plannedSubmitOn));
  const check = checkDateParts(parts);
  const invalid = !check.ok && check.problem.kind !== 'empty';

  function change(next: DateParts) {
    setParts(next);
    const result = checkDateParts(next);
    if (result.ok) update((current) => ({ ...current, plannedSubmitOn: result.iso }));
    else if (result.problem.kind === 'empty')
      update((current) => {
        const { plannedSubmitOn: _dropped, ...rest } = current;
        return rest;
      });
  }

  return (
    <div className="form-group" data-testid="planned-submission">
      <DateInput
        id="planned-submit-on"
        legend={t('reading.submitOn.label')}
        hintId="planned-submit-on-hint"
        {...(invalid ? { errorId: 'planned-submit-on-error' } : {})}
        value={parts}
        onChange={change}
      />
      <p className="hint" id="planned-submit-on-hint">
        {t('reading.submitOn.hint')}
      </p>
      {invalid && (
        <p className="error-message" id="planned-submit-on-error">
          {t('reading.submitOn.invalid')}
        </p>
      )}
    </div>
  );
}
