import { z } from 'zod';
import type { CaseFile } from '../case/case-file';
import { ATTEMPT_KINDS, firstAttemptBeforeExpiry, hasSubmitted, lisbonDayOf, paymentEntry } from '../case/case-facts';
import { activeEvidence, type EvidenceEntry, type EvidenceKind } from '../case/evidence';
import { addMonths } from './dates';
import type { IsoDate } from './situation';
import { rulesMeta } from './meta';
import type { Provenance } from './sources';
import { nthWorkingDayAfter } from './working-days';

/**
 * Why a registered letter (carta registada) is written, and which of those
 * reasons the facts of a case allow. A letter states facts to AIMA under the
 * person's name: "I could not submit" is false once the case holds a DUC or a
 * submission receipt, "within the deadline" is false unless a first attempt
 * came before the permit expired. So a purpose is offered only when the
 * evidence log supports it, and the letter words each sentence from the same
 * facts (shared/writing/letter.ts).
 */
export const letterPurposeSchema = z.enum([
  /** Could not submit: the portal or form failed before any DUC was generated. */
  'portal-failure',
  /** Submitted (a receipt, a DUC) or paid: register the payment, or (no payment recorded) confirm the DUC and the request's status. */
  'payment-not-registered',
  /** Submitted and paid, and no decision came (tacit approval after 60 working days). */
  'no-decision',
  /** Approved, but the card never arrived. */
  'card-not-received',
  /** The permit expired more than six months ago and no renewal was submitted. */
  'lapsed-renewal',
]);
export type LetterPurpose = z.infer<typeof letterPurposeSchema>;
export const letterPurposes = letterPurposeSchema.options;

/** What a problem asks for: a purpose, or 'from-facts' (whichever letter the case's facts support). */
export const askedPurposeSchema = z.union([letterPurposeSchema, z.literal('from-facts')]);
export type AskedPurpose = z.infer<typeof askedPurposeSchema>;

/** Why a purpose does not fit a case: a key of `writing.purposeReasons` in the UI strings. */
export const purposeReasonSchema = z.enum([
  'submitted',
  'lapsed',
  'notSubmitted',
  'notPaid',
  'approved',
  'notApproved',
  'notLapsed',
]);
export type PurposeReason = z.infer<typeof purposeReasonSchema>;

/**
 * Working days after the fee payment after which a renewal counts as tacitly
 * approved, as the sources of the 'no-decision-after-payment' troubleshooting
 * row read it (ePortugal's certificate page, lawyers' answers).
 */
export const TACIT_APPROVAL_WORKING_DAYS = 60;

/**
 * Whether the tacit approval has formed by `today` for a fee paid on `paidOn` (Lisbon days): the deadline is the 60th
 * working day after the payment, and the approval forms only when no decision was dispatched by the first working day
 * after it (CPA art. 130 n.º 2). The one test the letters (letterFacts) and the guide's wait after paying
 * (shared/case/after-payment.ts) both ask, so the guide never sends a person to the letter a day before it can say so.
 */
export function tacitApprovalFormed(paidOn: IsoDate, today: IsoDate): boolean {
  const deadlineEnds = nthWorkingDayAfter(paidOn, TACIT_APPROVAL_WORKING_DAYS).date;
  return today > nthWorkingDayAfter(deadlineEnds, 1).date;
}

/**
 * What the no-decision letter relies on when it invokes tacit approval: the law (Lei 23/2007 art. 82 n.º 6–7, a
 * renewal undecided in 60 days "entende-se como deferido, sendo a emissão do título de residência imediata"; CPA art.
 * 130 n.º 2, approval exists once no decision is dispatched by the first working day after the deadline), the lawyers
 * who count the 60 days from the fee payment, and who issues the certificate: not AIMA but the Agência para a
 * Modernização Administrativa, on ePortugal (Decreto-Lei 11/2023; the approval does not depend on the certificate). So
 * the letter asks AIMA to recognise the approval and issue the card, and the troubleshooting row sends the person to
 * ePortugal for the certificate.
 */
export const tacitApprovalProvenance: Provenance = {
  sources: ['lei23Art82', 'cpaArt130', 'tacitCertificateAma', 'eportugalTacitApproval', 'lawyerTacitApproval'],
  checkedOn: rulesMeta.rulesCheckedOn,
};

/** The facts of a case that letters rely on, each derived from the evidence log and the situation. */
export interface LetterFacts {
  today: IsoDate;
  permitExpiry: IsoDate | null;
  /** The first entry of each kind that matters, oldest first; null when the log has none. */
  firstAttempt: EvidenceEntry | null;
  lastAttempt: EvidenceEntry | null;
  attemptCount: number;
  /** Active evidence entries of any kind (the letter's chronology). */
  entryCount: number;
  submission: EvidenceEntry | null;
  duc: EvidenceEntry | null;
  payment: EvidenceEntry | null;
  approval: EvidenceEntry | null;
  /** The person submitted (`hasSubmitted`, the assessment's own answer). */
  submitted: boolean;
  /** The first attempt's Lisbon date is on or before the last day of validity. */
  firstAttemptBeforeExpiry: boolean;
  /** Today is more than six calendar months after the expiry date. */
  lapsedOverSixMonths: boolean;
  /**
   * The title is a permanent residence permit: it has no time limit, only its card expires (Lei 23/2007 art. 76), so a
   * letter says the card's validity ended, never that the authorisation lapsed (route.ts `sixMonthLapse`).
   */
  permanentPermit?: boolean;
  /** The 60th working day after the payment day; null without a recorded payment. */
  tacitApprovalFrom: IsoDate | null;
  /** Today is on or after `tacitApprovalFrom`. */
  tacitApprovalReached: boolean;
  /**
   * The approval has formed in law: no decision was dispatched by the first working day after the deadline's last day
   * (CPA art. 130 n.º 2), so today is after that working day. Only then does a letter say the request "entende-se como
   * deferido" (`tacitApprovalProvenance`); before, it asks for a decision and names the day the deadline ends.
   */
  tacitApprovalFormed: boolean;
}

const first = (entries: EvidenceEntry[], kind: EvidenceKind) => entries.find((e) => e.kind === kind) ?? null;

/** More than six months have passed since the permit expired (the right of residence lapsed). */
export function lapsedOverSixMonths(caseFile: CaseFile, today: IsoDate): boolean {
  const expiry = caseFile.situation.permitExpiry;
  return !!expiry && addMonths(expiry, 6) < today;
}

export function letterFacts(caseFile: CaseFile, today: IsoDate): LetterFacts {
  const entries = activeEvidence(caseFile.evidence);
  // Attempts to renew on a portal (shared/case/case-facts.ts): emails and calls are contacts, not attempts.
  const attempts = entries.filter((e) => ATTEMPT_KINDS.includes(e.kind));
  const payment = paymentEntry(entries);
  const tacitApprovalFrom = payment ? nthWorkingDayAfter(lisbonDayOf(payment), TACIT_APPROVAL_WORKING_DAYS).date : null;
  return {
    today,
    permitExpiry: caseFile.situation.permitExpiry ?? null,
    firstAttempt: attempts[0] ?? null,
    lastAttempt: attempts.at(-1) ?? null,
    attemptCount: attempts.length,
    entryCount: entries.length,
    submission: first(entries, 'submitted-form'),
    duc: first(entries, 'duc-reference'),
    payment,
    approval: first(entries, 'approval-declaration'),
    submitted: hasSubmitted(entries),
    firstAttemptBeforeExpiry: firstAttemptBeforeExpiry(entries, caseFile.situation.permitExpiry),
    lapsedOverSixMonths: lapsedOverSixMonths(caseFile, today),
    permanentPermit: caseFile.situation.permitKind === 'permanent',
    tacitApprovalFrom,
    tacitApprovalReached: !!tacitApprovalFrom && today >= tacitApprovalFrom,
    tacitApprovalFormed: !!payment && tacitApprovalFormed(lisbonDayOf(payment), today),
  };
}

const submitted = (f: LetterFacts) => f.submitted;

/** Whether the facts allow a purpose; when not, the reason shown to the person. */
export function purposeFits(purpose: LetterPurpose, f: LetterFacts): { fits: true } | { fits: false; reason: PurposeReason } {
  const no = (reason: PurposeReason) => ({ fits: false as const, reason });
  switch (purpose) {
    case 'portal-failure':
      if (submitted(f) || f.approval) return no('submitted');
      if (f.lapsedOverSixMonths) return no('lapsed');
      return { fits: true };
    case 'payment-not-registered':
      if (f.approval) return no('approved');
      return submitted(f) ? { fits: true } : no('notSubmitted');
    case 'no-decision':
      if (f.approval) return no('approved');
      return f.payment ? { fits: true } : no('notPaid');
    case 'card-not-received':
      return f.approval ? { fits: true } : no('notApproved');
    case 'lapsed-renewal':
      if (submitted(f) || f.approval) return no('submitted');
      return f.lapsedOverSixMonths ? { fits: true } : no('notLapsed');
  }
}

/** The purpose the facts point to when the problem's own purpose does not fit. */
function purposeFromFacts(f: LetterFacts): LetterPurpose {
  if (f.approval) return 'card-not-received';
  if (f.payment) return 'no-decision';
  if (submitted(f)) return 'payment-not-registered';
  if (f.lapsedOverSixMonths) return 'lapsed-renewal';
  return 'portal-failure';
}

export interface PurposeChoice {
  /** The purpose to write, chosen from the problem and the facts. */
  purpose: LetterPurpose;
  /** The problem asked for another purpose that the facts do not allow. */
  overridden: { asked: LetterPurpose; reason: PurposeReason } | null;
  /** Every purpose with whether it fits, for the person to see and change. */
  options: Array<{ purpose: LetterPurpose; fits: boolean; reason?: PurposeReason }>;
}

/**
 * The troubleshooting row names the letter its problem usually calls for; the
 * facts decide whether that letter would be true. A row without a purpose
 * leaves the choice to the facts.
 */
export function choosePurpose(rawAsked: AskedPurpose | undefined, f: LetterFacts): PurposeChoice {
  const asked = rawAsked === 'from-facts' ? undefined : rawAsked;
  const options = letterPurposes.map((purpose) => {
    const fit = purposeFits(purpose, f);
    return fit.fits ? { purpose, fits: true } : { purpose, fits: false, reason: fit.reason };
  });
  if (asked) {
    const fit = purposeFits(asked, f);
    if (fit.fits) return { purpose: asked, overridden: null, options };
    return { purpose: purposeFromFacts(f), overridden: { asked, reason: fit.reason }, options };
  }
  return { purpose: purposeFromFacts(f), overridden: null, options };
}
