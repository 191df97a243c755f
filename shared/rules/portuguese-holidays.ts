import type { IsoDate } from './situation';
import type { Localized } from './sources';

/**
 * The 13 mandatory national public holidays of Portugal (Código do Trabalho art. 234, as restored by
 * Lei 8/2016): ten on fixed dates, and Good Friday, Easter Sunday and Corpo de Deus, which move with
 * Easter. A small module of its own instead of a holiday library: the app needs only these thirteen,
 * and the library it replaced (date-holidays, with moment, moment-timezone and astronomia) made up
 * about 1.95 MB of the renderer's 3.27 MB bundle.
 *
 * Carnival Tuesday (optional, art. 235) and municipal holidays are deliberately absent: treating them
 * as working days can only make a payment deadline earlier, never later.
 */

export interface Holiday {
  date: IsoDate;
  name: Localized;
}

interface FixedHoliday {
  monthDay: string;
  name: Localized;
}

const FIXED: readonly FixedHoliday[] = [
  { monthDay: '01-01', name: { pt: 'Ano Novo', en: 'New Year’s Day' } },
  { monthDay: '04-25', name: { pt: 'Dia da Liberdade', en: 'Liberty Day' } },
  { monthDay: '05-01', name: { pt: 'Dia do Trabalhador', en: 'Labour Day' } },
  { monthDay: '06-10', name: { pt: 'Dia de Portugal', en: 'Portugal Day' } },
  { monthDay: '08-15', name: { pt: 'Assunção de Nossa Senhora', en: 'Assumption Day' } },
  { monthDay: '10-05', name: { pt: 'Implantação da República', en: 'Republic Day' } },
  { monthDay: '11-01', name: { pt: 'Dia de Todos os Santos', en: "All Saints' Day" } },
  { monthDay: '12-01', name: { pt: 'Restauração da Independência', en: 'Restoration of Independence' } },
  { monthDay: '12-08', name: { pt: 'Imaculada Conceição', en: 'Immaculate Conception' } },
  { monthDay: '12-25', name: { pt: 'Natal', en: 'Christmas Day' } },
];

/** Days from Easter Sunday to each movable holiday. */
const MOVABLE: readonly { offset: number; name: Localized }[] = [
  { offset: -2, name: { pt: 'Sexta-Feira Santa', en: 'Good Friday' } },
  { offset: 0, name: { pt: 'Domingo de Páscoa', en: 'Easter Sunday' } },
  // The Thursday 60 days after Easter.
  { offset: 60, name: { pt: 'Corpo de Deus', en: 'Corpus Christi' } },
];

/**
 * Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher), as
 * [month 1–12, day]. Integer arithmetic only, so no time zone can shift it.
 */
export function easterSunday(year: number): [month: number, day: number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A calendar date `days` after a (year, month, day), as an ISO date; UTC only to count days, never read as a time. */
function shifted(year: number, month: number, day: number, days: number): IsoDate {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The national public holidays of one year, in date order. */
export function nationalHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`no Gregorian calendar for year ${year}`);
  const [month, day] = easterSunday(year);
  const holidays: Holiday[] = [
    ...FIXED.map((h) => ({ date: `${year}-${h.monthDay}`, name: h.name })),
    ...MOVABLE.map((h) => ({ date: shifted(year, month, day, h.offset), name: h.name })),
  ];
  return holidays.sort((x, y) => x.date.localeCompare(y.date));
}
