import { describe, expect, it } from 'vitest';
import { contactScenarioById } from '../../../shared/rules/contact-scenarios';
import { troubleshooting, troubleshootingRowSchema } from '../../../shared/rules/troubleshooting';

/**
 * The seed guide's portal-error table, row by row (problem → what it may mean →
 * what to try), copied here so a change to the data that drops or alters a row
 * fails. Each row must link to the contact-form scenario that fits.
 */
const seedTable = [
  {
    problem: 'No renewal option appears',
    mayMean: 'expiry month may not be open yet',
    tryThis: 'correct portal',
    scenario: 'renewals-portal-error',
  },
  {
    problem: 'Email or recovery link never arrives',
    mayMean: 'old email address on file',
    tryThis: 'Check spam',
    scenario: 'email-update',
  },
  {
    problem: '"Citizen not identified" or a similar message',
    mayMean: 'records may not match your card details',
    tryThis: 'Save a screenshot',
    scenario: 'renewals-portal-error',
  },
  {
    problem: 'Process or appointment already exists',
    mayMean: 'already have a process or appointment',
    tryThis: 'Do not create duplicate requests',
    scenario: 'existing-process',
  },
  {
    problem: 'NISS field blocks submission',
    mayMean: 'NISS may be missing from AIMA’s records',
    tryThis: 'Enter the correct NISS',
    scenario: 'niss-blocked',
  },
  {
    problem: 'DUC is not generated',
    mayMean: 'may not have submitted correctly',
    tryThis: 'Avoid repeated duplicate submissions',
    scenario: 'duc-payment',
  },
  {
    problem: 'DUC generated but payment is not visible',
    mayMean: 'confirmation may take time',
    tryThis: 'Keep the payment proof',
    scenario: 'payment-not-visible',
  },
  {
    problem: 'File upload fails',
    mayMean: 'too large, password-protected, unclear, wrongly named, or in the wrong format',
    tryThis: 'Compress PDFs',
    scenario: 'renewals-portal-error',
  },
  {
    problem: 'Portal times out',
    mayMean: 'session expired',
    tryThis: 'stable connection',
    scenario: 'renewals-portal-error',
  },
] as const;

describe('troubleshooting: the seed’s portal-error table', () => {
  const seedRows = troubleshooting.filter((r) => r.origin === 'seed-table');

  it('has exactly the nine rows of the seed table, in its order', () => {
    expect(seedRows.map((r) => r.problem.en)).toEqual(seedTable.map((r) => r.problem));
  });

  it.each(seedTable)('$problem → $scenario', (row) => {
    const data = seedRows.find((r) => r.problem.en === row.problem)!;
    expect(troubleshootingRowSchema.safeParse(data).success).toBe(true);
    expect(data.mayMean.en).toContain(row.mayMean);
    expect(data.tryThis.map((t) => t.en).join(' ')).toContain(row.tryThis);
    expect(data.contactScenarioId).toBe(row.scenario);
    expect(contactScenarioById(data.contactScenarioId!).id).toBe(row.scenario);
    expect(data.provenance.sources).toContain('seedGuide');
    // Portuguese is present for every text.
    for (const text of [data.problem, data.mayMean, ...data.tryThis]) expect(text.pt.trim()).not.toBe('');
  });

  it('rows from user reports are marked as such and sourced beyond the seed', () => {
    for (const row of troubleshooting.filter((r) => r.origin === 'user-reports')) {
      expect(row.provenance.sources).not.toContain('seedGuide');
      expect(troubleshootingRowSchema.safeParse(row).success).toBe(true);
    }
  });

  it('after approval and around appointments: the card that never comes, and emails that summon or defraud', () => {
    const row = (id: string) => troubleshooting.find((r) => r.id === id)!;
    // Writing to AIMA helps only where a request exists: a second copy of a card lost in delivery.
    expect(row('card-delivered-not-received').contactScenarioId).toBe('second-copy');
    for (const id of ['card-returned-to-aima', 'approved-no-card', 'verification-appointment-email', 'fraud-email-or-paid-slots'])
      expect(row(id).contactScenarioId, id).toBeUndefined();
    expect(
      row('approved-no-card')
        .tryThis.map((t) => t.en)
        .join(' '),
    ).toContain('comprovativo de deferimento');
    expect(row('fraud-email-or-paid-slots').mayMean.en).toContain('noreplyportalsef@saf-aima.pt');
    // No decision after payment: no contact form (status questions are not reviewed), the "no decision" letter.
    expect(row('no-decision-after-payment')).toMatchObject({ letterPurpose: 'no-decision' });
    expect(row('no-decision-after-payment').contactScenarioId).toBeUndefined();
    expect(row('no-decision-after-payment').provenance.sources).toContain('eportugalTacitApproval');
    // A draft refusal: the 10-working-day answer; an expired card refused: the law on the receipt.
    expect(row('prior-hearing-notice').tryThis[0]!.en).toContain('10 working days');
    expect(row('expired-card-receipt-refused').provenance.sources).toContain('receiptValidity');
    // The fraud warning rests on AIMA's own notice.
    expect(row('fraud-email-or-paid-slots').provenance.sources).toContain('aimaFraudEmails');
  });

  it('the problems applicants report that were not covered: each with sources, urgency, and a text, a letter or an honest "writing does not help"', () => {
    const row = (id: string) => troubleshooting.find((r) => r.id === id)!;
    const added = {
      'registration-invalid-date': { urgency: 'soon', scenario: 'renewals-portal-error' },
      'ari-family-request-fails': { urgency: 'soon', scenario: 'renewals-portal-error' },
      'biometrics-appointment-impossible': { urgency: 'urgent', scenario: 'appointment-change' },
      'unpaid-fees-notice': { urgency: 'urgent', noWriting: true },
      'approved-not-sent-to-print': { urgency: 'soon', letter: 'card-not-received' },
      'student-now-working': { urgency: 'soon', noWriting: true },
      'no-reply-anywhere': { urgency: 'routine', letter: 'from-facts' },
    } as const;
    for (const [id, expected] of Object.entries(added)) {
      const r = row(id);
      expect(r.origin, id).toBe('user-reports');
      expect(r.urgency, id).toBe(expected.urgency);
      expect(r.provenance.sources.length, id).toBeGreaterThan(0);
      if ('scenario' in expected) expect(contactScenarioById(r.contactScenarioId!).id).toBe(expected.scenario);
      if ('letter' in expected) expect(r.letterPurpose, id).toBe(expected.letter);
      if ('noWriting' in expected) {
        expect(r.contactScenarioId, id).toBeUndefined();
        expect(r.letterPurpose, id).toBeUndefined();
        expect(r.writingDoesNotHelp?.pt, id).toBeTruthy();
      }
    }
    // What the person must type, not only that the date is wrong.
    expect(row('registration-invalid-date').mayMean.en).toContain('MM/DD/YYYY');
    expect(row('registration-invalid-date').tryThis[0]!.en).toContain('DD-MM-YYYY');
    // What the court action is for, and when to consider it.
    const print = row('approved-not-sent-to-print')
      .tryThis.map((t) => t.en)
      .join(' ');
    expect(print).toContain('intimação para a prática de ato devido');
    expect(print).toContain('Consider it when');
    // Students: the portal is not the route since 7 January 2026.
    expect(row('student-now-working').mayMean.en).toContain('7 January 2026');
    // No reply: what still works, in order.
    expect(row('no-reply-anywhere').tryThis.map((t) => t.en.split(':')[0])).toEqual([
      'First, for a technical fault only',
      'Then, for a delay, build a record instead',
      'Once 60 working days have passed since you paid the fee with no decision',
      'Complaints',
    ]);
  });

  it('every row has an urgency, and "Payment not visible" has its own contact text and the payment letter', () => {
    for (const r of troubleshooting) expect(['urgent', 'soon', 'routine']).toContain(r.urgency);
    const payment = troubleshooting.find((r) => r.id === 'payment-not-visible')!;
    expect(payment.contactScenarioId).toBe('payment-not-visible');
    expect(payment.letterPurpose).toBe('payment-not-registered');
  });

  it('row ids are unique', () => {
    expect(new Set(troubleshooting.map((r) => r.id)).size).toBe(troubleshooting.length);
  });
});
