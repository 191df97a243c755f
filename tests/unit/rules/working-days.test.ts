import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, dayOfWeek } from '../../../shared/rules/dates';
import { easterSunday, nationalHolidays } from '../../../shared/rules/portuguese-holidays';
import { holidayOn, isWorkingDay, nthWorkingDayAfter, portugueseHolidays } from '../../../shared/rules/working-days';

/** Easter-based national holidays, worked out by hand from each year's Easter Sunday. */
const movable = [
  { year: 2025, goodFriday: '2025-04-18', easter: '2025-04-20', corpusChristi: '2025-06-19' },
  { year: 2026, goodFriday: '2026-04-03', easter: '2026-04-05', corpusChristi: '2026-06-04' },
  { year: 2027, goodFriday: '2027-03-26', easter: '2027-03-28', corpusChristi: '2027-05-27' },
  { year: 2028, goodFriday: '2028-04-14', easter: '2028-04-16', corpusChristi: '2028-06-15' },
  { year: 2029, goodFriday: '2029-03-30', easter: '2029-04-01', corpusChristi: '2029-05-31' },
  { year: 2030, goodFriday: '2030-04-19', easter: '2030-04-21', corpusChristi: '2030-06-20' },
];
const FIXED = ['01-01', '04-25', '05-01', '06-10', '08-15', '10-05', '11-01', '12-01', '12-08', '12-25'];

describe('Portuguese national holidays (Código do Trabalho art. 234)', () => {
  it.each(movable)('$year: Good Friday, Easter and Corpo de Deus fall on the Easter-based dates', (m) => {
    expect(holidayOn(m.goodFriday)?.name.pt).toBe('Sexta-Feira Santa');
    expect(holidayOn(m.easter)).toBeDefined();
    expect(holidayOn(m.corpusChristi)?.name.pt).toBe('Corpo de Deus');
    // Corpo de Deus is the Thursday 60 days after Easter.
    expect(daysBetween(m.easter, m.corpusChristi)).toBe(60);
    expect(dayOfWeek(m.corpusChristi)).toBe(4);
    expect(dayOfWeek(m.goodFriday)).toBe(5);
  });

  it.each(movable.map((m) => m.year))('%i has exactly the 13 mandatory holidays, ten of them on fixed dates', (year) => {
    const dates = portugueseHolidays(year).map((h) => h.date);
    expect(dates).toHaveLength(13);
    for (const fixed of FIXED) expect(dates).toContain(`${year}-${fixed}`);
  });

  it('does not treat Carnival Tuesday, Christmas Eve or municipal holidays as holidays (stricter for deadlines)', () => {
    expect(isWorkingDay('2026-02-17')).toBe(true); // Carnival 2026
    expect(isWorkingDay('2025-03-04')).toBe(true); // Carnival 2025
    expect(isWorkingDay('2026-12-24')).toBe(true);
    expect(isWorkingDay('2026-06-12')).toBe(true); // the Friday before Lisbon's 13 June
  });
});

describe('counting working days', () => {
  it.each([
    // from, n, expected, why
    ['2026-04-02', 1, '2026-04-06', 'Good Friday and the Easter weekend are skipped'],
    ['2026-04-24', 1, '2026-04-27', '25 April 2026 is a Saturday anyway'],
    ['2025-04-24', 1, '2025-04-28', '25 April 2025 (Friday) and the weekend are skipped'],
    ['2026-06-09', 1, '2026-06-11', '10 June is skipped'],
    ['2026-12-24', 1, '2026-12-28', 'Christmas Day and the weekend'],
    ['2026-12-31', 1, '2027-01-04', 'New Year across the year boundary and a weekend'],
    ['2026-01-30', 1, '2026-02-02', 'month boundary over a weekend'],
    ['2028-02-28', 1, '2028-02-29', 'leap day is a working day (Tuesday)'],
    ['2027-02-26', 1, '2027-03-01', 'no 29 February in 2027'],
    ['2026-11-06', 10, '2026-11-20', 'two plain weeks'],
  ] as [string, number, string, string][])('%s + %i working day(s) = %s (%s)', (from, n, expected) => {
    expect(nthWorkingDayAfter(from, n).date).toBe(expected);
  });

  it('reports what it skipped and why', () => {
    const result = nthWorkingDayAfter('2026-04-02', 1);
    expect(result.skipped).toEqual([
      { date: '2026-04-03', reason: 'holiday', holiday: { pt: 'Sexta-Feira Santa', en: 'Good Friday' } },
      { date: '2026-04-04', reason: 'weekend' },
      { date: '2026-04-05', reason: 'weekend' },
    ]);
    expect(result.counted).toEqual(['2026-04-06']);
  });

  it('rejects a count that is not a positive integer', () => {
    expect(() => nthWorkingDayAfter('2026-01-01', 0)).toThrow(RangeError);
  });
});

describe('calendar arithmetic on the Lisbon calendar', () => {
  it.each([
    ['2025-08-31', 6, '2026-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2025-06-30', 6, '2025-12-30'],
    ['2026-01-31', 1, '2026-02-28'],
  ] as const)('%s + %i months = %s (clamped to the month end)', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('adds days across DST changes and leap days', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2025-06-30', -90)).toBe('2025-04-01');
  });
});

describe('Easter Sunday (Gregorian computus)', () => {
  // Published Easter dates, including the earliest (22 March) and latest (25 April) possible.
  it.each([
    [1818, 3, 22],
    [1943, 4, 25],
    [2000, 4, 23],
    [2019, 4, 21],
    [2038, 4, 25],
    [2285, 3, 22],
  ] as const)('%i: %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual([month, day]);
  });

  it('refuses years before the Gregorian calendar', () => {
    expect(() => nationalHolidays(1500)).toThrow(RangeError);
  });
});
