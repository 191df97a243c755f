import { addDays } from '../../../../shared/rules/dates';
import { CERTIFICATE_SOON_DAYS } from '../../../../shared/rules/freshness';
import type { CertificateVerdict } from '../../../../shared/reading/certificate';

/** A certificate whose last valid day is within this many days of the day it is judged on is flagged, not green. */
export const SOON_DAYS = CERTIFICATE_SOON_DAYS;

export interface CertificateLine {
  /** Key under `reading.certificate`. */
  key: 'fresh' | 'freshToday' | 'stale' | 'staleToday' | 'notYet' | 'notYetToday';
  tone: 'green' | 'yellow' | 'red';
  /** It is fresh on the day judged but stops being valid within SOON_DAYS: say so beside it. */
  soon: boolean;
}

/**
 * The verdict's sentence and colour on a document card. Without a planned submission day the
 * certificate is judged for today, and the sentence says "today", never "the day you plan to submit"
 * (nobody planned it). A certificate whose last valid day is today or within two weeks is not shown
 * green: a person with other documents still missing will not submit today (walk of session 6: Lin's
 * Finanças certificate, valid until 1 December, read "Fine … (you plan to submit on 1 December)").
 */
export function certificateLineOf(
  verdict: Extract<CertificateVerdict, { status: 'fresh' | 'stale' | 'not-yet-issued' }>,
  planned: boolean,
): CertificateLine {
  if (verdict.status === 'stale') return { key: planned ? 'stale' : 'staleToday', tone: 'red', soon: false };
  if (verdict.status === 'not-yet-issued') return { key: planned ? 'notYet' : 'notYetToday', tone: 'yellow', soon: false };
  const soon = verdict.lastFreshDay <= addDays(verdict.submitOn, SOON_DAYS);
  return { key: planned ? 'fresh' : 'freshToday', tone: soon ? 'yellow' : 'green', soon };
}
