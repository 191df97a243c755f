import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * DUC windows, hand-checked against a calendar. Each example is run under
 * several machine time zones: the result must depend only on Lisbon time.
 */
const ORIGINAL_TZ = process.env.TZ;
const ZONES = ['UTC', 'Europe/Lisbon', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati'];

type Route = 'portal-renovacoes' | 'mission-structure' | 'cplp-services';
interface Example {
  name: string;
  route: Route;
  generatedAt: { instant: string } | { lisbonDate: string; lisbonTime: string };
  lisbonGenerated: string;
  deadline: string; // Lisbon "date time"
  deadlineReading: string;
  /** The 10th working day after the Lisbon issue date (the seed's reading). */
  tenthWorkingDay: string;
  skippedHolidays: string[];
}

const examples: Example[] = [
  {
    name: 'Easter 2026, generated 23:30 Lisbon on Maundy Thursday (portal: 24 h per AIMA)',
    route: 'portal-renovacoes',
    generatedAt: { lisbonDate: '2026-04-02', lisbonTime: '23:30' },
    lisbonGenerated: '2026-04-02 23:30',
    deadline: '2026-04-03 23:30',
    deadlineReading: 'aima-pay-within-24h',
    tenthWorkingDay: '2026-04-17',
    skippedHolidays: ['2026-04-03'],
  },
  {
    name: 'Easter 2026 on the older backlog route (10 working days)',
    route: 'mission-structure',
    generatedAt: { instant: '2026-04-02T22:30:00Z' },
    lisbonGenerated: '2026-04-02 23:30',
    deadline: '2026-04-17 23:59',
    deadlineReading: 'aima-10-working-days',
    tenthWorkingDay: '2026-04-17',
    skippedHolidays: ['2026-04-03'],
  },
  {
    name: 'Christmas and New Year 2026/27 (CPLP)',
    route: 'cplp-services',
    generatedAt: { instant: '2026-12-18T23:30:00Z' },
    lisbonGenerated: '2026-12-18 23:30',
    deadline: '2027-01-05 23:59',
    deadlineReading: 'aima-10-working-days',
    tenthWorkingDay: '2027-01-05',
    skippedHolidays: ['2026-12-25', '2027-01-01'],
  },
  {
    name: '25 April and 1 May 2025',
    route: 'mission-structure',
    generatedAt: { lisbonDate: '2025-04-23', lisbonTime: '10:00' },
    lisbonGenerated: '2025-04-23 10:00',
    deadline: '2025-05-09 23:59',
    deadlineReading: 'aima-10-working-days',
    tenthWorkingDay: '2025-05-09',
    skippedHolidays: ['2025-04-25', '2025-05-01'],
  },
  {
    name: '10 June 2026 (a Wednesday)',
    route: 'cplp-services',
    generatedAt: { instant: '2026-06-08T09:15:00+01:00' },
    lisbonGenerated: '2026-06-08 09:15',
    deadline: '2026-06-23 23:59',
    deadlineReading: 'aima-10-working-days',
    tenthWorkingDay: '2026-06-23',
    skippedHolidays: ['2026-06-10'],
  },
  {
    name: 'a plain weekend: generated on a Friday afternoon',
    route: 'mission-structure',
    generatedAt: { lisbonDate: '2026-11-06', lisbonTime: '15:00' },
    lisbonGenerated: '2026-11-06 15:00',
    deadline: '2026-11-20 23:59',
    deadlineReading: 'aima-10-working-days',
    tenthWorkingDay: '2026-11-20',
    skippedHolidays: [],
  },
  {
    name: '00:30 Lisbon in summer is still the previous day in UTC: the Lisbon day counts',
    route: 'mission-structure',
    generatedAt: { instant: '2026-07-02T23:30:00Z' },
    lisbonGenerated: '2026-07-03 00:30',
    deadline: '2026-07-17 23:59',
    deadlineReading: 'aima-10-working-days',
    tenthWorkingDay: '2026-07-17',
    skippedHolidays: [],
  },
  {
    name: '23:30 Lisbon in winter (UTC+0) on a leap-year month boundary',
    route: 'portal-renovacoes',
    generatedAt: { lisbonDate: '2028-02-28', lisbonTime: '23:30' },
    lisbonGenerated: '2028-02-28 23:30',
    deadline: '2028-02-29 23:30',
    deadlineReading: 'aima-pay-within-24h',
    tenthWorkingDay: '2028-03-13',
    skippedHolidays: [],
  },
];

const lisbon = (m: { lisbon: { date: string; time: string } }) => `${m.lisbon.date} ${m.lisbon.time}`;

describe.each(ZONES)('DUC window with the machine in %s', (zone) => {
  let duc: typeof import('../../../shared/rules/duc');
  beforeAll(async () => {
    process.env.TZ = zone;
    vi.resetModules(); // fresh holiday caches, computed under this zone
    duc = await import('../../../shared/rules/duc');
  });
  afterAll(() => {
    process.env.TZ = ORIGINAL_TZ;
  });

  it('runs with the machine zone really set', () => {
    const offsets: Record<string, number> = { UTC: 0, 'Asia/Tokyo': -540, 'Pacific/Kiritimati': -840 };
    if (zone in offsets) expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(offsets[zone]);
    if (zone === 'America/Los_Angeles') expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(480);
  });

  it.each(examples)('$name', (example) => {
    const window = duc.ducWindow({ route: example.route, generatedAt: example.generatedAt });
    duc.ducWindowSchema.parse(window);
    expect(lisbon(window.generated)).toBe(example.lisbonGenerated);
    expect(lisbon(window.deadline)).toBe(example.deadline);
    expect(window.deadline.readingId).toBe(example.deadlineReading);
    const seed = window.readings.find((r) => r.id === 'seed-10-working-days-from-issue')!;
    expect(seed.lastMoment.lisbon.date).toBe(example.tenthWorkingDay);
    expect(seed.count?.counted).toHaveLength(10);
    expect(seed.count?.skipped.filter((s) => s.reason === 'holiday').map((s) => s.date)).toEqual(example.skippedHolidays);
    // The seed's hold: payable exactly 24 hours after generation.
    expect(Date.parse(seed.payableFrom.instant) - Date.parse(window.generated.instant)).toBe(24 * 3_600_000);
    // The deadline shown is never later than any reading's last moment.
    for (const reading of window.readings) expect(window.deadline.instant <= reading.lastMoment.instant).toBe(true);
  });
});

describe('DUC window details', () => {
  it('keeps the 24-hour hold exact across the spring-forward night', async () => {
    const { ducWindow } = await import('../../../shared/rules/duc');
    // Saturday 28 March 2026 23:30 WET; clocks go forward at 01:00 on the 29th.
    const window = ducWindow({ route: 'portal-renovacoes', generatedAt: { lisbonDate: '2026-03-28', lisbonTime: '23:30' } });
    expect(window.generated.instant).toBe('2026-03-28T23:30:00.000Z');
    expect(lisbon(window.deadline)).toBe('2026-03-30 00:30');
  });

  it('on the portal, explains both readings and advises paying at once', async () => {
    const { ducWindow } = await import('../../../shared/rules/duc');
    const window = ducWindow({ route: 'portal-renovacoes', generatedAt: { lisbonDate: '2026-04-02', lisbonTime: '23:30' } });
    expect(window.readings.map((r) => r.id)).toEqual([
      'aima-pay-within-24h',
      'seed-10-working-days-from-issue',
      'seed-10-working-days-after-hold',
    ]);
    expect(window.readings[0]!.official).toBe(true);
    expect(window.tryToPayFrom.instant).toBe(window.generated.instant);
    expect(window.advice.en).toContain('2026-04-17');
    expect(window.advice.pt).toContain('2026-04-17');
    expect(window.reminders.map((r) => r.id)).toEqual(['pay-now', 'payable', 'deadline']);
  });

  it('on the portal, the advice names the same last day as the guide reading the screens show', async () => {
    // Found walking the after-submit page: a DUC of Monday 5 October 2026 (a holiday) 14:20 showed
    // "Last day under the 10-working-day reading …: 20 October" and, below, "… then for 10 working days (until 19 October)".
    const { ducWindow } = await import('../../../shared/rules/duc');
    const window = ducWindow({ route: 'portal-renovacoes', generatedAt: { lisbonDate: '2026-10-05', lisbonTime: '14:20' } });
    const latest = window.readings.reduce((a, r) => (r.lastMoment.instant > a.lastMoment.instant ? r : a));
    expect(latest.lastMoment.lisbon.date).toBe('2026-10-20');
    expect(window.advice.en).toContain('(until 2026-10-20)');
    expect(window.advice.pt).toContain('(até 2026-10-20)');
    expect(window.advice.en).not.toContain('2026-10-19');
  });

  it('counts the days it skips with proper plurals, one holiday and two, in both languages', async () => {
    const { ducWindow } = await import('../../../shared/rules/duc');
    const reading = (lisbonDate: string) =>
      ducWindow({ route: 'cplp-services', generatedAt: { lisbonDate, lisbonTime: '10:00' } }).readings[0]!.explanation;
    // 20 November 2026: 6 weekend days and 1 December; 18 December: 4 weekend days, 25 December and 1 January.
    const one = reading('2026-11-20');
    expect(one.pt).toContain(
      'não se contam, por não serem dias úteis: 6 dias de fim de semana e o feriado de 2026-12-01 (Restauração da Independência).',
    );
    expect(one.en).toContain('6 weekend days and the holiday 2026-12-01 (Restoration of Independence).');
    const two = reading('2026-12-18');
    expect(two.pt).toMatch(/: \d dias de fim de semana e os feriados de 2026-12-25 \(Natal\), 2027-01-01 \(/);
    expect(two.en).toMatch(/\d weekend days and the holidays 2026-12-25 \(Christmas Day\), 2027-01-01 \(/);
    for (const text of [one.pt, one.en, two.pt, two.en]) expect(text).not.toMatch(/\((?:s|ões|ns)\)/);
  });

  it('the plural helper follows pt-PT (0 is plural) and English', async () => {
    const { plural } = await import('../../../shared/i18n/plural');
    const dia = { one: 'dia', other: 'dias' };
    expect([0, 1, 2].map((n) => plural('pt', n, dia))).toEqual(['dias', 'dia', 'dias']);
    expect([0, 1, 2].map((n) => plural('en', n, { one: 'day', other: 'days' }))).toEqual(['days', 'day', 'days']);
  });

  it('reminds "the morning after" a hold that ends at night', async () => {
    const { ducWindow } = await import('../../../shared/rules/duc');
    const night = ducWindow({ route: 'mission-structure', generatedAt: { lisbonDate: '2026-11-05', lisbonTime: '22:00' } });
    expect(lisbon(night.reminders.find((r) => r.id === 'payable')!.at)).toBe('2026-11-07 09:00');
    const day = ducWindow({ route: 'mission-structure', generatedAt: { lisbonDate: '2026-11-05', lisbonTime: '11:00' } });
    expect(lisbon(day.reminders.find((r) => r.id === 'payable')!.at)).toBe('2026-11-06 11:00');
  });

  it('rejects a generation time without an offset or in a bad format', async () => {
    const { ducWindowInputSchema } = await import('../../../shared/rules/duc');
    expect(
      ducWindowInputSchema.safeParse({ route: 'portal-renovacoes', generatedAt: { instant: '2026-04-02T23:30:00' } }).success,
    ).toBe(false);
    expect(
      ducWindowInputSchema.safeParse({
        route: 'portal-renovacoes',
        generatedAt: { lisbonDate: '2026-04-02', lisbonTime: '25:00' },
      }).success,
    ).toBe(false);
  });
});
