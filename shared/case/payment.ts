import { instantOfLisbon } from '../rules/dates';
import type { IsoDate } from '../rules/situation';

/**
 * Recording the DUC's payment: the moment the person paid, in Lisbon time,
 * checked against the DUC and the clock before it goes into the evidence log
 * (a payment is what makes "after you submit" done and the DUC deadline met).
 */
export type PaymentProblem = 'before-duc' | 'in-future';
export type PaymentCheck = { ok: true; at: string } | { ok: false; problem: PaymentProblem };

export function checkPaymentMoment(
  paid: { date: IsoDate; time: string },
  duc: { date: IsoDate; time: string },
  now: string,
): PaymentCheck {
  const at = instantOfLisbon(paid.date, paid.time);
  // A payment cannot precede the DUC it pays; a typo in the day is the likely cause.
  if (at.getTime() < instantOfLisbon(duc.date, duc.time).getTime()) return { ok: false, problem: 'before-duc' };
  // Recorded after the fact, never ahead of it: a future payment would mark the DUC paid before it is.
  if (at.getTime() > Date.parse(now)) return { ok: false, problem: 'in-future' };
  return { ok: true, at: at.toISOString() };
}
