import { lisbonWallTime } from '../rules/dates';
import { decideRoute, ROUTE_DATES, type RouteDecision } from '../rules/route';
import type { IsoDate, SituationDraft } from '../rules/situation';
import type { EvidenceEntry, EvidenceKind } from './evidence';

/**
 * Small facts about a case that letters, the assessment and the screens all
 * need to state the same way. Each takes the active evidence entries (see
 * `activeEvidence`) and, where it matters, a DUC the guide recorded outside
 * the log; none reads the clock.
 */

/** Entries that show the person tried to renew on a portal (an error, a submitted form, a DUC). */
export const ATTEMPT_KINDS: readonly EvidenceKind[] = ['portal-error-screenshot', 'submitted-form', 'duc-reference'];

/** The Lisbon calendar day of an evidence entry. */
export function lisbonDayOf(entry: Pick<EvidenceEntry, 'at'>): IsoDate {
  return lisbonWallTime(entry.at).date;
}

/** The earliest recorded attempt to renew, or null when the log holds none. */
export function firstAttempt(evidence: readonly EvidenceEntry[]): EvidenceEntry | null {
  const attempts = evidence.filter((entry) => ATTEMPT_KINDS.includes(entry.kind));
  return attempts.reduce<EvidenceEntry | null>((first, entry) => (first === null || entry.at < first.at ? entry : first), null);
}

/**
 * True only when the evidence shows an attempt on or before the expiry day
 * (Lisbon calendar). A letter may say "within the deadline" only then.
 */
export function firstAttemptBeforeExpiry(evidence: readonly EvidenceEntry[], permitExpiry: IsoDate | undefined): boolean {
  const first = firstAttempt(evidence);
  return first !== null && permitExpiry !== undefined && lisbonDayOf(first) <= permitExpiry;
}

/**
 * The case holds a DUC: in the log, or recorded outside it (typed on the after-submit page, or a `duc` of
 * client.json, with or without its reference: a DUC's time alone says it was generated).
 */
export function hasDuc(evidence: readonly EvidenceEntry[], caseDuc?: object | null): boolean {
  return Boolean(caseDuc) || evidence.some((entry) => entry.kind === 'duc-reference');
}

/** The case holds a submission receipt (a submitted form). */
export function hasSubmissionReceipt(evidence: readonly EvidenceEntry[]): boolean {
  return evidence.some((entry) => entry.kind === 'submitted-form');
}

/**
 * The person did submit: a DUC, a submission receipt, a payment of the fee or AIMA's approval is in the case (a
 * payment or an approval follows a submission). The one answer to "submitted?": the assessment (and so every
 * screen, the route page's warnings and timeline included), the letters' purposes and the texts for AIMA all ask
 * it here. A case for which this is true never gets the "could not submit" letter.
 */
export function hasSubmitted(evidence: readonly EvidenceEntry[], caseDuc?: object | null): boolean {
  return hasDuc(evidence, caseDuc) || hasSubmissionReceipt(evidence) || paymentRecorded(evidence);
}

/**
 * The route the case's DUC belongs to: decided on the Lisbon day the DUC was generated (the one choice that depends
 * on the day, an investment title of the backlog, changed on 16 February 2026), or, without a DUC, on that day or
 * later. The assessment's DUC window and the texts that say where the DUC was generated ("no Portal das
 * Renovações") both take it from here, so they never name two routes.
 */
export function ducRouteDecision(situation: SituationDraft, ducDay: IsoDate | null): RouteDecision {
  return decideRoute(situation, ducDay ?? ROUTE_DATES.ariOnPortal);
}

/** What in the log shows a submission, on or before its own day (hasSubmitted's evidence). */
const SUBMISSION_SHOWN_BY = new Set<EvidenceEntry['kind']>([
  'duc-reference',
  'submitted-form',
  'payment-proof',
  'approval-declaration',
]);

/**
 * The Lisbon day the person had submitted by: the earliest DUC, submission receipt, payment or approval in the log
 * (a payment or an approval follows the submission, as hasSubmitted counts them), or the day of the case's DUC; null
 * when nothing shows a submission. The route judges the six-month lapse on it (the assessment and the route page).
 */
export function submissionDay(evidence: readonly EvidenceEntry[], caseDucDay?: IsoDate | null): IsoDate | null {
  const days = evidence.filter((entry) => SUBMISSION_SHOWN_BY.has(entry.kind)).map(lisbonDayOf);
  if (caseDucDay) days.push(caseDucDay);
  return days.length ? days.sort()[0]! : null;
}

/** Payment is recorded: a proof of payment (or an approval, which follows payment) is in the log. */
export function paymentRecorded(evidence: readonly EvidenceEntry[]): boolean {
  return evidence.some((entry) => entry.kind === 'payment-proof' || entry.kind === 'approval-declaration');
}

/** The entry recording the payment, when there is one. */
export function paymentEntry(evidence: readonly EvidenceEntry[]): EvidenceEntry | null {
  return evidence.find((entry) => entry.kind === 'payment-proof') ?? null;
}

/** AIMA approved the renewal (the declaração is in the log). */
export function approvalRecorded(evidence: readonly EvidenceEntry[]): boolean {
  return evidence.some((entry) => entry.kind === 'approval-declaration');
}
