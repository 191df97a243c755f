import { TZDate } from '@date-fns/tz';
import { addDays as fnsAddDays, addMonths as fnsAddMonths, differenceInCalendarDays, format } from 'date-fns';
import type { IsoDate } from './situation';

/**
 * Date arithmetic for the rules, independent of the machine's time zone.
 *
 * Calendar dates (a permit's expiry, a holiday) are ISO strings; they are
 * turned into Europe/Lisbon `TZDate`s so date-fns adds days and months on the
 * Lisbon calendar whatever `process.env.TZ` or the browser's zone is.
 * Instants (when a DUC was generated) are converted to Lisbon wall-clock time
 * before any day counting, so a DUC generated at 23:30 in Lisbon belongs to
 * that Lisbon day even on a machine in Tokyo or New York.
 */
export const LISBON_TZ = 'Europe/Lisbon';

function lisbonMidnight(date: IsoDate): TZDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, LISBON_TZ);
}

function isoOf(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOf(fnsAddDays(lisbonMidnight(date), days));
}

/** Calendar months; the day is clamped to the month's end (31 Aug + 6 months = 28/29 Feb), as date-fns does. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return isoOf(fnsAddMonths(lisbonMidnight(date), months));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(lisbonMidnight(to), lisbonMidnight(from));
}

/** 0 = Sunday … 6 = Saturday, on the Lisbon calendar. */
export function dayOfWeek(date: IsoDate): number {
  return lisbonMidnight(date).getDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** 'YYYY-MM' of a date. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

export function firstDayOfMonth(month: string): IsoDate {
  return `${month}-01`;
}

export function addMonthsToMonth(month: string, months: number): string {
  return monthOf(addMonths(firstDayOfMonth(month), months));
}

/** A moment as Lisbon wall-clock date and time (24 h, minutes). */
export interface LisbonWallTime {
  date: IsoDate;
  time: string;
}

export function lisbonWallTime(instant: Date | string): LisbonWallTime {
  const moment = new TZDate(new Date(instant).getTime(), LISBON_TZ);
  return { date: format(moment, 'yyyy-MM-dd'), time: format(moment, 'HH:mm') };
}

/**
 * The instant of a Lisbon wall-clock time. In the spring-forward gap (01:00–02:00
 * on the last Sunday of March) the time does not exist; it is moved forward.
 */
export function instantOfLisbon(date: IsoDate, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, LISBON_TZ).getTime());
}

export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * 3_600_000);
}
