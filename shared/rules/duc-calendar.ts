import { createEvents, type EventAttributes } from 'ics';
import type { DucWindow } from './duc';

/**
 * The DUC reminders as an iCalendar (.ics) file, written with the `ics`
 * library. Times are UTC instants, so every calendar shows them in its own
 * zone correctly. DTSTAMP and UIDs derive from the DUC's generation time, so
 * the same DUC always gives the same file (no clock read here).
 */
export function ducCalendarIcs(window: DucWindow, language: 'en' | 'pt'): string {
  const stamp = Date.parse(window.generated.instant);
  const events = window.reminders.map((reminder) => {
    const event: EventAttributes & { timestamp: number } = {
      start: Date.parse(reminder.at.instant),
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: 30 },
      title: reminder.title[language],
      description: reminder.description[language],
      uid: `duc-${window.route}-${stamp}-${reminder.id}@aima-prep`,
      timestamp: stamp,
      alarms: [
        {
          action: 'display',
          description: reminder.title[language],
          // A zero-length relative trigger is written as an invalid "-PT" by ics; use the absolute time instead.
          trigger:
            reminder.alarmMinutesBefore > 0
              ? { minutes: reminder.alarmMinutesBefore, before: true }
              : Date.parse(reminder.at.instant),
        },
      ],
    };
    return event;
  });
  const { error, value } = createEvents(events, {
    productId: 'aima-prep/duc',
    calName: language === 'pt' ? 'Pagamento do DUC (AIMA)' : 'AIMA DUC payment',
  });
  if (error || !value) throw error ?? new Error('calendar could not be written');
  return value;
}
