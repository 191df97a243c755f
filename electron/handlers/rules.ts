import { AppError } from '../../shared/api/errors';
import { checklistFor } from '../../shared/rules/checklist';
import { aimaContacts, contactScenarios } from '../../shared/rules/contact-scenarios';
import { dataChangeAdvice } from '../../shared/rules/data-change';
import { disagreements } from '../../shared/rules/disagreements';
import { ducWindow } from '../../shared/rules/duc';
import { ducCalendarIcs } from '../../shared/rules/duc-calendar';
import { checkFreshness } from '../../shared/rules/freshness';
import { rulesStatus } from '../../shared/rules/meta';
import { preUploadChecklist } from '../../shared/rules/pre-upload';
import { decideRoute } from '../../shared/rules/route';
import { sourceIds, sources } from '../../shared/rules/sources';
import { buildTimeline } from '../../shared/rules/timeline';
import { troubleshooting } from '../../shared/rules/troubleshooting';
import { effectiveUploadLimit } from '../../shared/rules/upload-limit';
import type { Handler } from './handler-types';

type RulesChannel =
  | 'rulesStatus'
  | 'rulesRoute'
  | 'rulesTimeline'
  | 'rulesChecklist'
  | 'rulesPreUpload'
  | 'rulesTroubleshooting'
  | 'rulesContacts'
  | 'rulesDataChange'
  | 'rulesDisagreements'
  | 'rulesSources'
  | 'rulesFreshness'
  | 'rulesUploadLimit'
  | 'ducWindow'
  | 'ducCalendar';

/** The rules engine is pure (shared/rules); these handlers only pass the validated input through. */
export function rulesHandlers(): { [C in RulesChannel]: Handler<C> } {
  return {
    rulesStatus: async ({ today }) => rulesStatus(today),
    rulesRoute: async ({ situation, today }) => decideRoute(situation, today),
    rulesTimeline: async ({ situation, today, ducGeneratedAt }) => buildTimeline(situation, today, ducGeneratedAt),
    rulesChecklist: async ({ situation, today }) => checklistFor(situation, today),
    rulesPreUpload: async () => [...preUploadChecklist],
    rulesTroubleshooting: async () => [...troubleshooting],
    rulesContacts: async () => ({ ...aimaContacts, scenarios: [...contactScenarios] }),
    rulesDataChange: async ({ request, today }) => dataChangeAdvice(request, today),
    rulesDisagreements: async () => [...disagreements],
    rulesSources: async () => sourceIds.map((id) => ({ id, ...sources[id] })),
    rulesFreshness: async ({ id, issuedOn, on }) => checkFreshness(id, issuedOn, on),
    rulesUploadLimit: async ({ userEnteredBytes }) => effectiveUploadLimit(userEnteredBytes),
    ducWindow: async (input) => ducWindow(input),
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
