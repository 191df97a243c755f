/**
 * Checking a date typed as day, month and year, and a time typed as hours and
 * minutes, with one specific problem per kind of mistake (GOV.UK's date-input
 * pattern: "must include a month", "must be a real date"), instead of the same
 * "enter the date" for an empty day, 31 February and month 13. Pure, so the
 * form, the tests and any other caller agree; the renderer turns a problem
 * into words with `dateProblemText` / `timeProblemText`.
 */

export type DatePartName = 'day' | 'month' | 'year';
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DateProblem =
  | { kind: 'empty' }
  | { kind: 'missing'; parts: DatePartName[] }
  | { kind: 'notNumbers' }
  | { kind: 'yearDigits' }
  | { kind: 'monthRange' }
  | { kind: 'dayRange'; year: number; month: number; days: number };

export type DateCheck = { ok: true; iso: string } | { ok: false; problem: DateProblem };

const PART_NAMES: readonly DatePartName[] = ['day', 'month', 'year'];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function checkDateParts(parts: DateParts): DateCheck {
  const trimmed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = PART_NAMES.filter((name) => trimmed[name] === '');
  if (missing.length === 3) return { ok: false, problem: { kind: 'empty' } };
  if (missing.length > 0) return { ok: false, problem: { kind: 'missing', parts: missing } };
  if (!PART_NAMES.every((name) => /^\d+$/.test(trimmed[name]))) return { ok: false, problem: { kind: 'notNumbers' } };
  if (!/^\d{4}$/.test(trimmed.year)) return { ok: false, problem: { kind: 'yearDigits' } };
  const year = Number(trimmed.year);
  const month = Number(trimmed.month);
  const day = Number(trimmed.day);
  if (month < 1 || month > 12) return { ok: false, problem: { kind: 'monthRange' } };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { ok: false, problem: { kind: 'dayRange', year, month, days } };
  return { ok: true, iso: `${trimmed.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

export type TimeProblem = 'empty' | 'format' | 'notReal';
export type TimeCheck = { ok: true; hhmm: string } | { ok: false; problem: TimeProblem };

/** "14:30", "14.30", "14h30", "9:05" → "14:30"/"09:05"; "25:70" is a time that does not exist. */
export function checkTime(text: string): TimeCheck {
  const value = text.trim();
  if (value === '') return { ok: false, problem: 'empty' };
  const match = /^(\d{1,2})\s*[:.hH]\s*(\d{2})$/.exec(value);
  if (!match) return { ok: false, problem: 'format' };
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return { ok: false, problem: 'notReal' };
  return { ok: true, hhmm: `${String(hours).padStart(2, '0')}:${match[2]}` };
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The message for a date problem. `name` is what the date is, as the start of a sentence ("The expiry
 * date of your passport" / "A data de validade do seu passaporte"); `emptyMessage` is the field's own
 * "Enter …" message, used when nothing was typed.
 */
export function dateProblemText(problem: DateProblem, name: string, emptyMessage: string, t: Translate, locale: string): string {
  switch (problem.kind) {
    case 'empty':
      return emptyMessage;
    case 'missing': {
      const parts = problem.parts.map((part) => t(`ui.dateErrors.part.${part}`));
      const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} ${t('ui.dateErrors.and')} ${parts.at(-1)}`;
      return t('ui.dateErrors.missing', { name, parts: list });
    }
    case 'notNumbers':
      return t('ui.dateErrors.notNumbers', { name });
    case 'yearDigits':
      return t('ui.dateErrors.yearDigits', { name });
    case 'monthRange':
      return t('ui.dateErrors.monthRange', { name });
    case 'dayRange': {
      // `locale` is the app's ('pt') or i18next's ('pt-PT') tag.
      const monthName = new Intl.DateTimeFormat(locale.startsWith('pt') ? 'pt-PT' : 'en-GB', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(problem.year, problem.month - 1, 1)));
      return t('ui.dateErrors.dayRange', { name, month: monthName, days: problem.days });
    }
  }
}

export function timeProblemText(problem: TimeProblem, emptyMessage: string, t: Translate): string {
  if (problem === 'empty') return emptyMessage;
  return t(problem === 'format' ? 'ui.timeErrors.format' : 'ui.timeErrors.notReal');
}
