import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldError {
  /** id of the control the error belongs to (the link target). */
  fieldId: string;
  message: string;
}

/**
 * GOV.UK-style error summary: shown at the top of the page after a failed
 * submit, focused so screen readers announce it, each error a link that moves
 * focus to its field.
 */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={ref}
      data-testid="error-summary"
    >
      <h2 id="error-summary-title">{t('ui.errorSummaryTitle')}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault(); // the app routes by hash; move focus instead of navigating
                document.getElementById(error.fieldId)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
