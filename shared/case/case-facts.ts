import { lisbonWallTime } from '../rules/dates';
import type { IsoDate } from '../rules/situation';
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

/** The case holds a DUC (in the log or typed on the after-submit page). */
export function hasDuc(evidence: readonly EvidenceEntry[], guideDuc?: { reference: string } | null): boolean {
  return Boolean(guideDuc?.reference) || evidence.some((entry) => entry.kind === 'duc-reference');
}

/** The case holds a submission receipt (a submitted form). */
export function hasSubmissionReceipt(evidence: readonly EvidenceEntry[]): boolean {
  return evidence.some((entry) => entry.kind === 'submitted-form');
}

/**
 * The person did submit: a DUC or a submission receipt exists. A case for
 * which this is true never gets the "could not submit" letter.
 */
export function hasSubmitted(evidence: readonly EvidenceEntry[], guideDuc?: { reference: string } | null): boolean {
  return hasDuc(evidence, guideDuc) || hasSubmissionReceipt(evidence);
}

/**
 * The Lisbon day the person submitted: the earliest DUC or submission receipt in the log, or the day of a DUC typed on
 * the after-submit page; null when nothing shows a submission. The route judges the six-month lapse on it.
 */
export function submissionDay(evidence: readonly EvidenceEntry[], guideDucDay?: IsoDate | null): IsoDate | null {
  const days = evidence.filter((entry) => entry.kind === 'duc-reference' || entry.kind === 'submitted-form').map(lisbonDayOf);
  if (guideDucDay) days.push(guideDucDay);
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
