import type { Locale } from '../i18n';
import { assessCase, nextDeadlineOf, type Assessment } from '../case/assessment';
import type { EvidenceEntry } from '../case/evidence';
import { clientDuc, withClientJsonPayment } from '../case/client-duc';
import { checklistFor } from '../rules/checklist';
import { lisbonWallTime } from '../rules/dates';
import type { ClientFile } from './client-file';
import type { ClientAdvice, ClientAdvisor } from './row';
import { translate } from '../i18n/translate';
import { say, sayText } from './said';
import { localizeIsoDates } from '../i18n/format';
import { calendarDayOfIsoDate, longMoment } from '../writing/dates';

/**
 * A client.json as the assessment's input: no files (the batch judges those), the DUC and its payment as
 * evidence: client.json's duc.paidAt, and the active entries of the client's evidence log when the caller
 * read one (the CLI reads evidence.json beside client.json), so a payment recorded in either counts.
 */
export function assessClientFile(clientFile: ClientFile, now: string, log: readonly EvidenceEntry[] = []): Assessment {
  const evidence = withClientJsonPayment(clientFile, log);
  // client.json's DUC, else the one the log records (as the guide would have it after "Open in the guide").
  const logged = clientFile.duc ? null : clientDuc(null, log);
  const duc = clientFile.duc ?? (logged ? { generatedAt: { lisbonDate: logged.date, lisbonTime: logged.time } } : undefined);
  return assessCase(
    {
      situation: clientFile.situation,
      // The agency reads about its client (summary.html, report.html, the command line): "the client's permit".
      reader: 'agency',
      documents: {},
      report: null,
      preUpload: { ticked: 0, total: 0 },
      duc: duc ? { generatedAt: duc.generatedAt } : null,
      evidence,
    },
    now,
  );
}

/** Next actions of the assessment that come before anything about documents: a DUC clock, a lapse, an urgent warning. */
const BEFORE_DOCUMENTS = new Set([
  'pay-duc',
  'duc-overdue',
  'duc-pay-other-reading',
  'wait-decision',
  'no-decision',
  'wait-card',
  'record-payment',
  'expired-over-6-months',
  'not-covered',
  'backlog-urgent',
  'email-not-current',
  'passport-expired',
]);

/**
 * The rules' view of one client for the summary, from the case assessment
 * (client.json and the active entries of its evidence log):
 * which portal (route), the DUC payment window when client.json records a
 * DUC, the next deadline and its state, the action that comes before the
 * documents (an unpaid DUC, a lapse), the documents the checklist requires,
 * and the step once the documents are ready. `now` is injected (ISO instant).
 */
export function rulesAdvisor(now: string): ClientAdvisor {
  const today = lisbonWallTime(now).date;
  return (clientFile: ClientFile, locale: Locale, evidence: readonly EvidenceEntry[] = []): ClientAdvice => {
    // The same assessment as `aima-prep duc` and the guide: a payment in evidence.json makes the DUC paid.
    const assessment = assessClientFile(clientFile, now, evidence);
    // The route as the summary names it: the portal, and for AIMA's services portal when and for whom (batch.routes).
    const route = translate(locale, `batch.routes.${assessment.route.id}`);
    const window = assessment.duc;
    const duc: ClientAdvice['duc'] = window
      ? {
          payableFrom: `${window.tryToPayFrom.lisbon.date} ${window.tryToPayFrom.lisbon.time}`,
          lastDayToPay: `${window.deadline.lisbon.date} ${window.deadline.lisbon.time}`,
        }
      : null;
    const deadline = nextDeadlineOf(assessment);
    const both = (text: { en: string; pt: string }) => ({
      en: localizeIsoDates(text.en, 'en'),
      pt: localizeIsoDates(text.pt, 'pt'),
    });
    const nextDeadline: ClientAdvice['nextDeadline'] = deadline
      ? {
          what: deadline.title[locale],
          at: deadline.time ? `${deadline.date} ${deadline.time}` : deadline.date,
          when: readableMoment(deadline.date, deadline.time ?? null, locale),
          state: deadline.state,
          explanation: localizeIsoDates(deadline.explanation[locale], locale),
        }
      : null;
    // The assessment's texts carry ISO dates, which the guide localises when it shows them; the agency reads these
    // in the view, summary.html and summary.csv's next_action, so they are localised here the same way.
    const urgentAction = BEFORE_DOCUMENTS.has(assessment.next.id) ? localizeIsoDates(assessment.next.text[locale], locale) : null;
    const route_ = assessment.route;
    const nextStepWhenReady =
      route_.availability === 'open' && route_.portal
        ? translate(locale, 'batch.next.uploadOn', { portal: route_.portal.name[locale], url: route_.portal.url })
        : localizeIsoDates(route_.text[locale], locale);
    // With a permit kind the rules' checklist says which documents this client needs (required ones only).
    const permitKind = clientFile.situation.permitKind;
    const expectedCategories = permitKind
      ? checklistFor({ ...clientFile.situation, permitKind }, today)
          .items.filter((item) => item.status === 'required')
          .map((item) => item.category.id)
      : null;
    // The same advice kept as meaning, for the agency view in the app's language (said.ts).
    const said: NonNullable<ClientAdvice['said']> = {
      route: say(`batch.routes.${assessment.route.id}`),
      nextStepWhenReady:
        route_.availability === 'open' && route_.portal
          ? say('batch.next.uploadOn', { portal: route_.portal.name, url: route_.portal.url })
          : sayText(both(route_.text)),
      urgentAction: BEFORE_DOCUMENTS.has(assessment.next.id) ? sayText(both(assessment.next.text)) : null,
      nextDeadline: deadline
        ? {
            what: deadline.title,
            when: {
              en: readableMoment(deadline.date, deadline.time ?? null, 'en'),
              pt: readableMoment(deadline.date, deadline.time ?? null, 'pt'),
            },
            explanation: both(deadline.explanation),
          }
        : null,
    };
    // Paid (waiting for the decision or the card): the request and its documents are with AIMA.
    const submittedAndPaid = ['wait-decision', 'no-decision', 'wait-card'].includes(assessment.next.id);
    return { route, nextStepWhenReady, duc, expectedCategories, nextDeadline, urgentAction, said, submittedAndPaid };
  };
}

/** A deadline's ISO date and Lisbon time as people read them (longMoment). */
function readableMoment(date: string, time: string | null, locale: Locale): string {
  return longMoment(calendarDayOfIsoDate(date), time, locale);
}
