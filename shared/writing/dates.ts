/**
 * Dates as a Portuguese letter writes them ("2 de março de 2026") and their
 * English reading aid ("2 March 2026"). Events carry an offset; they are shown
 * on the Lisbon calendar, where AIMA reads them, whatever the machine's zone.
 */
import type { Locale } from '../i18n';

export const PT_MONTHS = [
  'janeiro',
  'fevereiro',
  'março',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The calendar day of an ISO date ("2026-03-02"). */
export function calendarDayOfIsoDate(isoDate: string): CalendarDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`not an ISO date: ${isoDate}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const lisbonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Lisbon',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Lisbon calendar day and clock time of an instant. */
export function lisbonDayAndTime(isoDateTime: string): CalendarDay & { time: string } {
  const parts = Object.fromEntries(lisbonParts.formatToParts(new Date(isoDateTime)).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    time: `${parts.hour}:${parts.minute}`,
  };
}

export function longDatePt(d: CalendarDay): string {
  return `${d.day} de ${PT_MONTHS[d.month - 1]} de ${d.year}`;
}

export function longDateEn(d: CalendarDay): string {
  return `${d.day} ${EN_MONTHS[d.month - 1]} ${d.year}`;
}

/** A moment as people read it: "21 de dezembro de 2026, às 10:15" / "21 December 2026 at 10:15" (never ISO on screen). */
export function longMoment(d: CalendarDay, time: string | null, locale: Locale): string {
  if (locale === 'pt') return time ? `${longDatePt(d)}, às ${time}` : longDatePt(d);
  return time ? `${longDateEn(d)} at ${time}` : longDateEn(d);
}

/** dd/mm/aaaa, as Portuguese forms write dates of birth. */
export function shortDatePt(d: CalendarDay): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

/** Days grouped by year, then month, in calendar order, without repeats. */
function groupedDays(days: readonly CalendarDay[]): { year: number; months: { month: number; days: number[] }[] }[] {
  const sorted = [...days].sort((a, b) => a.year - b.year || a.month - b.month || a.day - b.day);
  const years: { year: number; months: { month: number; days: number[] }[] }[] = [];
  for (const d of sorted) {
    let year = years.at(-1);
    if (year?.year !== d.year) years.push((year = { year: d.year, months: [] }));
    let month = year.months.at(-1);
    if (month?.month !== d.month) year.months.push((month = { month: d.month, days: [] }));
    if (month.days.at(-1) !== d.day) month.days.push(d.day);
  }
  return years;
}

/** "a, b e c" / "a, b and c". */
export function joinWithAnd(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/**
 * Several days as a Portuguese letter says them, with the preposition: "no dia 25 de outubro de 2026",
 * "nos dias 25 e 26 de outubro de 2026", "a 25 de outubro e 3 de novembro de 2026", never the month and
 * year repeated after every day ("25 de outubro de 2026 e 26 de outubro de 2026"). Empty for no days.
 */
export function daysPhrasePt(days: readonly CalendarDay[]): string {
  const years = groupedDays(days);
  const count = years.reduce((n, y) => n + y.months.reduce((m, month) => m + month.days.length, 0), 0);
  if (count === 0) return '';
  const text = joinWithAnd(
    years.map(
      (y) =>
        `${joinWithAnd(
          y.months.map((m) => `${joinWithAnd(m.days.map(String), 'e')} de ${PT_MONTHS[m.month - 1]}`),
          'e',
        )} de ${y.year}`,
    ),
    'e',
  );
  const oneMonth = years.length === 1 && years[0]!.months.length === 1;
  return count === 1 ? `no dia ${text}` : oneMonth ? `nos dias ${text}` : `a ${text}`;
}

/** The English reading aid of `daysPhrasePt`: "on 25 October 2026", "on 25 and 26 October 2026", "on 25 October and 3 November 2026". */
export function daysPhraseEn(days: readonly CalendarDay[]): string {
  const years = groupedDays(days);
  if (years.length === 0) return '';
  return `on ${joinWithAnd(
    years.map(
      (y) =>
        `${joinWithAnd(
          y.months.map((m) => `${joinWithAnd(m.days.map(String), 'and')} ${EN_MONTHS[m.month - 1]}`),
          'and',
        )} ${y.year}`,
    ),
    'and',
  )}`;
}
