import { addDays } from './dates';
import type { IsoDate } from './situation';

/**
 * Whether AIMA's contact form can still take a change of data (a new address) for a card, given its expiry: the
 * one answer the route's "you moved" warning and the contact texts' notes rest on.
 *
 * The 90-day rule is read as "only while more than 90 days of validity remain" — the worked example in the sources
 * (card valid to 30 June 2025 → deadline 1 April 2025). The seed's wording ("no earlier than 90 days before") reads
 * the other way; the rule is flagged as uncertain and both readings are in `disagreements.ts` (`ninety-day-rule`).
 * (A fuller `dataChangeAdvice`, documents and sentences for a data change or a second copy, was never shown
 * anywhere: the contact scenarios `personal-data-change` and `second-copy` say those, so it was removed.)
 */
export const NINETY_DAYS = 90;

export interface DataChangeCutoff {
  /** Last day the contact-form route is open under the followed reading (expiry − 90 days). */
  cutoff: IsoDate;
  /** Past the cut-off (within 90 days of expiry, or expired): give the change with the renewal instead. */
  doWithRenewal: boolean;
}

export function dataChangeCutoff(permitExpiry: IsoDate, today: IsoDate): DataChangeCutoff {
  const cutoff = addDays(permitExpiry, -NINETY_DAYS);
  return { cutoff, doWithRenewal: today > cutoff };
}
