import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { ducWindow } from '../../../shared/rules/duc';
import { ducCalendarIcs } from '../../../shared/rules/duc-calendar';
import { localizeIsoDates } from '../../../shared/i18n/format';

type VEvent = ical.VEvent;
const eventsOf = (ics: string): VEvent[] =>
  Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === 'VEVENT');

describe('DUC reminders as .ics, read back with node-ical', () => {
  it.each(['en', 'pt'] as const)('portal route over Easter, in %s', (language) => {
    const window = ducWindow({ route: 'portal-renovacoes', generatedAt: { lisbonDate: '2026-04-02', lisbonTime: '23:30' } });
    const ics = ducCalendarIcs(window, language);
    expect(ics).not.toMatch(/TRIGGER:-PT\r?\n/);
    const events = eventsOf(ics);
    expect(events).toHaveLength(window.reminders.length);
    for (const reminder of window.reminders) {
      const event = events.find((e) => e.uid.includes(`-${reminder.id}@`))!;
      // The rules' ISO dates written out in the calendar's language, as on every screen.
      expect(event.summary).toBe(localizeIsoDates(reminder.title[language], language));
      expect(new Date(event.start).toISOString()).toBe(reminder.at.instant);
      expect(event.description).toBe(localizeIsoDates(reminder.description[language], language));
      expect(event.description).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    const deadline = events.find((e) => e.uid.includes('-deadline@'))!;
    expect(new Date(deadline.start).toISOString()).toBe('2026-04-03T22:30:00.000Z');
    expect(deadline.alarms?.[0]?.trigger).toBe('-PT120M');
  });

  it('backlog route over Christmas: the deadline event is the end of the 10th working day, with a day-before alarm', () => {
    const window = ducWindow({ route: 'mission-structure', generatedAt: { instant: '2026-12-18T23:30:00Z' } });
    const events = eventsOf(ducCalendarIcs(window, 'en'));
    const deadline = events.find((e) => e.uid.includes('-deadline@'))!;
    expect(new Date(deadline.start).toISOString()).toBe('2027-01-05T23:59:00.000Z');
    expect(deadline.alarms?.[0]?.trigger).toBe('-PT1440M');
    expect(events.some((e) => e.uid.includes('-pay-now@'))).toBe(false);
  });

  it('on 1 December 2026 a DUC of 27/11 16:45 holds no past event: only the later reading’s last day, saying the strict one passed', () => {
    const window = ducWindow({ route: 'portal-renovacoes', generatedAt: { lisbonDate: '2026-11-27', lisbonTime: '16:45' } });
    const now = '2026-12-01T11:00:00Z';
    const ics = ducCalendarIcs(window, 'en', now)!;
    expect(ics).not.toMatch(/seed/i);
    const events = eventsOf(ics);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(new Date(event.start).getTime()).toBeGreaterThan(Date.parse(now));
    const last = events.find((e) => e.uid.includes('-deadline@'))!;
    expect(last.summary).toContain('later reading');
    expect(last.description).toContain('passed on 28 November 2026 at 16:45');
    const pt = eventsOf(ducCalendarIcs(window, 'pt', now)!).find((e) => e.uid.includes('-deadline@'))!;
    expect(pt.description).toContain('O prazo mais exigente terminou a 28 de novembro de 2026 às 16:45.');
    // Weeks later nothing is left to remind of.
    expect(ducCalendarIcs(window, 'en', '2027-01-15T12:00:00Z')).toBeNull();
  });

  it('is the same file for the same DUC (no clock read)', () => {
    const window = ducWindow({ route: 'cplp-services', generatedAt: { instant: '2026-06-08T09:15:00+01:00' } });
    expect(ducCalendarIcs(window, 'pt')).toBe(ducCalendarIcs(window, 'pt'));
  });
});
