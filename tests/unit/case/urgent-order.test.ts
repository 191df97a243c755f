import { describe, expect, it } from 'vitest';
import { assessCase, URGENT_ORDER, type CaseState } from '../../../shared/case/assessment';
import type { Reader } from '../../../shared/i18n/reader';
import type { SituationDraft } from '../../../shared/rules/situation';
import { DEC_1_NOON, WORKER } from './assessment-fixtures';

const assess = (situation: SituationDraft, reader: Reader = 'applicant') =>
  assessCase(
    {
      situation,
      reader,
      documents: {},
      report: null,
      preUpload: { ticked: 0, total: 10 },
      duc: null,
      evidence: [],
    } satisfies CaseState,
    DEC_1_NOON,
  );

/**
 * Which urgent item comes first is decided by URGENT_ORDER, not by the order the rules raise them in. Before, an
 * out-of-date email (raised first) was the next action of a person whose passport had expired, although nothing can
 * be submitted without a valid passport.
 */
describe('the order of urgent items', () => {
  const oldEmailExpiredPassport: SituationDraft = { ...WORKER, emailWithAimaCurrent: false, passportExpiry: '2026-10-01' };

  for (const reader of ['applicant', 'agency'] as const)
    it(`an expired passport comes before an out-of-date email (${reader})`, () => {
      const a = assess(oldEmailExpiredPassport, reader);
      expect(a.next.id).toBe('passport-expired');
      const ids = a.urgent.map((u) => u.id);
      expect(ids.indexOf('passport-expired')).toBeLessThan(ids.indexOf('email-not-current'));
      expect(ids.indexOf('email-not-current')).toBeGreaterThan(-1);
    });

  it('the email sentence no longer says "before anything else" next to a passport to renew first', () => {
    const email = assess(oldEmailExpiredPassport).urgent.find((u) => u.id === 'email-not-current')!;
    expect(email.text.en).not.toContain('before anything else');
    expect(email.text.pt).not.toContain('primeiro');
  });

  it('a backlog holder past the in-country extension is told to ask AIMA first, then the passport, then the email', () => {
    const a = assess({ ...oldEmailExpiredPassport, permitExpiry: '2024-05-10' });
    expect(a.urgent.map((u) => u.id).filter((id) => URGENT_ORDER.includes(id))).toEqual([
      'backlog-urgent',
      'passport-expired',
      'email-not-current',
    ]);
    expect(a.next.id).toBe('backlog-urgent');
  });

  it('the lapse stays first (critical) whatever else is urgent', () => {
    const a = assess({ ...oldEmailExpiredPassport, permitExpiry: '2026-01-15' });
    expect(a.next.id).toBe('expired-over-6-months');
    expect(a.urgent[0]!.id).toBe('expired-over-6-months');
  });
});
