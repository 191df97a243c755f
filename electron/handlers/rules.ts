import { AppError } from '../../shared/api/errors';
import { disagreements } from '../../shared/rules/disagreements';
import { ducWindow } from '../../shared/rules/duc';
import { ducCalendarIcs } from '../../shared/rules/duc-calendar';
import { rulesStatus } from '../../shared/rules/meta';
import { sourceIds, sources } from '../../shared/rules/sources';
import type { Handler } from './handler-types';

type RulesChannel = 'rulesStatus' | 'rulesDisagreements' | 'rulesSources' | 'ducCalendar';

/** The rules engine is pure (shared/rules); these handlers only pass the validated input through. */
export function rulesHandlers(): { [C in RulesChannel]: Handler<C> } {
  return {
    rulesStatus: async ({ today }) => rulesStatus(today),
    rulesDisagreements: async () => [...disagreements],
    rulesSources: async () => sourceIds.map((id) => ({ id, ...sources[id] })),
    ducCalendar: async ({ language, now, ...input }) => {
      const window = ducWindow(input);
      let ics: string | null;
      try {
        ics = ducCalendarIcs(window, language, now ?? new Date().toISOString());
      } catch (cause) {
        throw new AppError({
          code: 'CALENDAR_NOT_WRITTEN',
          messageKey: 'rules.errors.calendarNotWritten',
          actionKey: 'rules.actions.addRemindersByHand',
          cause,
        });
      }
      // Every moment of this DUC has passed: a calendar file would only hold past events.
      if (ics === null)
        throw new AppError({
          code: 'CALENDAR_ALL_PASSED',
          messageKey: 'rules.errors.calendarAllPassed',
          actionKey: 'rules.actions.contactAimaAboutDuc',
        });
      return { fileName: `duc-${window.generated.lisbon.date}.ics`, ics };
    },
  };
}
