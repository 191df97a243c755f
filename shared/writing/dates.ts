/**
 * Dates as a Portuguese letter writes them ("2 de março de 2026") and their
 * English reading aid ("2 March 2026"). Events carry an offset; they are shown
 * on the Lisbon calendar, where AIMA reads them, whatever the machine's zone.
 */
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

/** dd/mm/aaaa, as Portuguese forms write dates of birth. */
export function shortDatePt(d: CalendarDay): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}
