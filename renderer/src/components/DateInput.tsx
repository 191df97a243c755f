import { useTranslation } from 'react-i18next';

/** A date being typed as day, month and year ("31", "3", "2027"). */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function partsOf(iso: string | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match
    ? { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) }
    : { day: '', month: '', year: '' };
}

/** "YYYY-MM-DD" when the parts make a real calendar date, otherwise null. */
export function isoOf(parts: DateParts): string | null {
  const day = Number(parts.day);
  const month = Number(parts.month);
  const year = Number(parts.year);
  if (!/^\d{1,2}$/.test(parts.day.trim()) || !/^\d{1,2}$/.test(parts.month.trim()) || !/^\d{4}$/.test(parts.year.trim()))
    return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${parts.year.trim()}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
    </fieldset>
  );
}
