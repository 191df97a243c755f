import { useTranslation } from 'react-i18next';
import { checkDateParts, type DateParts } from '../../../shared/case/date-input';
import { useLocale } from '../locale';

/** A date being typed as day, month and year ("31", "3", "2027"); checked by shared/case/date-input.ts. */
export type { DateParts };

export function partsOf(iso: string | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match
    ? { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) }
    : { day: '', month: '', year: '' };
}

/**
 * Day, month and year as three short text fields (the GOV.UK date pattern).
 * Browsers' date pickers follow the system language, so an English system
 * shows month/day/year, the very mix-up users report on AIMA's portal; three
 * labelled fields are unambiguous in every language and easy by keyboard.
 */
export function DateInput({
  id,
  legend,
  hintId,
  errorId,
  value,
  onChange,
  legendHidden = false,
}: {
  id: string;
  legend: string;
  hintId?: string;
  errorId?: string;
  value: DateParts;
  onChange(value: DateParts): void;
  legendHidden?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The date read back with its month named ("25 de outubro de 2026"), so a day and month typed the
  // other way round are seen at once, in the person's language.
  const typed = checkDateParts(value);
  const readBack = typed.ok
    ? new Intl.DateTimeFormat(locale === 'pt' ? 'pt-PT' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${typed.iso}T00:00:00Z`))
    : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const part = (name: keyof DateParts, width: string) => (
    <div className="date-part">
      <label htmlFor={`${id}-${name}`}>{t(`ui.date.${name}`)}</label>
      <input
        id={`${id}-${name}`}
        className={`input ${width}`}
        inputMode="numeric"
        autoComplete="off"
        value={value[name]}
        aria-invalid={errorId ? true : undefined}
        onChange={(event) => onChange({ ...value, [name]: event.target.value })}
      />
    </div>
  );
  return (
    <fieldset aria-describedby={describedBy} role="group">
      <legend className={legendHidden ? 'visually-hidden' : 'date-legend'}>{legend}</legend>
      <div className="date-input" id={id}>
        {part('day', 'input-2')}
        {part('month', 'input-2')}
        {part('year', 'input-4')}
      </div>
      <p className="hint date-read-back" aria-live="polite" data-testid={`${id}-read-back`}>
        {readBack ? t('ui.date.readBack', { date: readBack }) : ''}
      </p>
    </fieldset>
  );
}
