import { createEvents, type EventAttributes } from 'ics';
import type { DucReminder, DucWindow } from './duc';
import { localizeIsoDates } from '../i18n/format';

/**
 * The DUC reminders as an iCalendar (.ics) file, written with the `ics`
 * library. Times are UTC instants, so every calendar shows them in its own
 * zone correctly. DTSTAMP and UIDs derive from the DUC's generation time, so
 * the same DUC always gives the same file (no clock read here).
 *
 * With `now`, moments already past are left out: a calendar never presents a
 * passed deadline as upcoming. When the strictest deadline has passed but a
 * later reading still runs, that reading's last moment is the event, saying so.
 * Returns null when nothing is left to remind of.
 */
export function ducCalendarIcs(window: DucWindow, language: 'en' | 'pt'): string;
export function ducCalendarIcs(window: DucWindow, language: 'en' | 'pt', now: string): string | null;
export function ducCalendarIcs(window: DucWindow, language: 'en' | 'pt', now?: string): string | null {
  const stamp = Date.parse(window.generated.instant);
  const nowMs = now === undefined ? -Infinity : Date.parse(now);
  const reminders: DucReminder[] = window.reminders.filter((r) => Date.parse(r.at.instant) > nowMs);
  if (now !== undefined && Date.parse(window.deadline.instant) <= nowMs) {
    const latest = window.readings.reduce((a, r) => (r.lastMoment.instant > a.lastMoment.instant ? r : a));
    if (Date.parse(latest.lastMoment.instant) > nowMs)
      reminders.push({
        id: 'deadline',
        at: latest.lastMoment,
        title: {
          en: 'Last day to pay the AIMA DUC (later reading)',
          pt: 'Último dia para pagar o DUC da AIMA (leitura mais longa)',
        },
        description: {
          en: `The strictest deadline passed on ${window.deadline.lisbon.date} at ${window.deadline.lisbon.time}. ${latest.explanation.en} Pay as soon as you can and keep the receipt.`,
          pt: `O prazo mais exigente terminou a ${window.deadline.lisbon.date} às ${window.deadline.lisbon.time}. ${latest.explanation.pt} Pague o mais cedo possível e guarde o comprovativo.`,
        },
        alarmMinutesBefore: 24 * 60,
      });
  }
  if (reminders.length === 0) return null;
  const events = reminders.map((reminder) => {
    const event: EventAttributes & { timestamp: number } = {
      start: Date.parse(reminder.at.instant),
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: 30 },
      // The rules' sentences carry ISO dates; a calendar shows them as written ("até 1 de dezembro de 2026 às 18:15"),
      // as every screen does, never "até 2026-12-01 às 18:15" (session 8's walk of the reminders).
      title: localizeIsoDates(reminder.title[language], language),
      description: localizeIsoDates(reminder.description[language], language),
      uid: `duc-${window.route}-${stamp}-${reminder.id}@aima-prep`,
      timestamp: stamp,
      alarms: [
        {
          action: 'display',
          description: localizeIsoDates(reminder.title[language], language),
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
