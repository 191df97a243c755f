import { rulesMeta } from './meta';
import { addDays, isWeekend } from './dates';
import type { IsoDate } from './situation';
import { nationalHolidays, type Holiday } from './portuguese-holidays';
import type { Localized, Provenance } from './sources';

/**
 * Portuguese working days (dias úteis): Monday to Friday, except the national
 * public holidays of Código do Trabalho art. 234 (ten fixed, plus Good Friday,
 * Easter Sunday and Corpo de Deus, which move with Easter).
 *
 * The holiday dates come from `./portuguese-holidays` (fixed dates plus the
 * Easter-based ones). Carnival Tuesday is optional under art. 235 and municipal
 * holidays vary by place, so both are treated as working days — the stricter
 * reading for a payment deadline (it can only make the deadline earlier, never later).
 */
export const workingDayProvenance: Provenance = {
  sources: ['codigoTrabalhoHolidays'],
  checkedOn: rulesMeta.rulesCheckedOn,
};

export type { Holiday };

const byYear = new Map<number, Map<IsoDate, Holiday>>();

/** National public holidays of one year, by date. */
export function portugueseHolidays(year: number): Holiday[] {
  return [...holidaysOf(year).values()];
}

function holidaysOf(year: number): Map<IsoDate, Holiday> {
  let map = byYear.get(year);
  if (!map) {
    map = new Map(nationalHolidays(year).map((holiday) => [holiday.date, holiday]));
    byYear.set(year, map);
  }
  return map;
}

export function holidayOn(date: IsoDate): Holiday | undefined {
  return holidaysOf(Number(date.slice(0, 4))).get(date);
}

export function isWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date) && !holidayOn(date);
}

export type SkippedDay = { date: IsoDate; reason: 'weekend' } | { date: IsoDate; reason: 'holiday'; holiday: Localized };

export interface WorkingDayCount {
  /** The n-th working day after `from`. */
  date: IsoDate;
  /** Each working day counted, in order (the last one is `date`). */
  counted: IsoDate[];
  /** Days passed over, with why. */
  skipped: SkippedDay[];
}

/**
 * The n-th working day after `from`; `from` itself is not counted (the usual
 * rule for deadlines counted from an event: the day of the event is excluded).
 */
export function nthWorkingDayAfter(from: IsoDate, n: number): WorkingDayCount {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a positive integer');
  const counted: IsoDate[] = [];
  const skipped: SkippedDay[] = [];
  let day = from;
  while (counted.length < n) {
    day = addDays(day, 1);
    const holiday = holidayOn(day);
    if (isWeekend(day)) skipped.push({ date: day, reason: 'weekend' });
    else if (holiday) skipped.push({ date: day, reason: 'holiday', holiday: holiday.name });
    else counted.push(day);
  }
  return { date: day, counted, skipped };
}
