import { describe, expect, it } from 'vitest';
import { checklistFor, checklistSchema } from '../../../shared/rules/checklist';
import { checkFreshness } from '../../../shared/rules/freshness';
import { preUploadChecklist } from '../../../shared/rules/pre-upload';
import { permitKinds, type PermitKind } from '../../../shared/rules/situation';
import { DEFAULT_UPLOAD_LIMIT_BYTES, effectiveUploadLimit } from '../../../shared/rules/upload-limit';

const TODAY = '2026-11-25';
const statusOf = (kind: PermitKind, facts: Record<string, unknown>, ruleId: string) =>
  checklistFor({ permitKind: kind, ...facts }, TODAY).items.find((i) => i.ruleId === ruleId)?.status;

describe('document checklist per permit kind', () => {
  it.each(permitKinds)('%s: a valid checklist with categories from the one list', (kind) => {
    const list = checklistSchema.parse(checklistFor({ permitKind: kind }, TODAY));
    expect(list.items.length).toBeGreaterThanOrEqual(3);
    for (const item of list.items) expect(item.category.fileName).toBe(`${item.category.id}.pdf`);
  });

  it.each([
    // kind, facts, rule, expected status
    ['temporary-passive-income-d7', { hasNiss: false }, 'social-security-non-registration', 'required'],
    ['temporary-passive-income-d7', { hasNiss: false }, 'social-security-no-debt', 'not-needed'],
    ['temporary-passive-income-d7', { hasNiss: true }, 'social-security-no-debt', 'required'],
    ['temporary-passive-income-d7', { hasNiss: true }, 'social-security-non-registration', 'not-needed'],
    ['temporary-passive-income-d7', {}, 'social-security-no-debt', 'depends'],
    ['temporary-work', {}, 'employment-contract', 'required'],
    ['temporary-work', {}, 'financas-no-debt', 'required'],
    ['temporary-cplp', {}, 'criminal-record-certificate-cplp', 'required'],
    ['temporary-cplp', {}, 'financas-no-debt', undefined],
    ['temporary-cplp', { hasNiss: true }, 'social-security-no-debt', undefined],
    ['temporary-study', {}, 'study-enrolment', 'required'],
    ['temporary-remote-work-d8', {}, 'remote-work-proof', 'required'],
    ['temporary-independent-work', {}, 'independent-activity', 'required'],
    ['temporary-family-reunification', {}, 'family-relationship-proof', 'required'],
    ['permanent', { permitExpiry: '2026-11-24' }, 'presence-proof', 'required'],
    ['permanent', { permitExpiry: '2026-11-25' }, 'presence-proof', 'not-needed'],
    ['permanent', {}, 'presence-proof', 'depends'],
    ['temporary-work', {}, 'responsibility-term', 'depends'],
  ] as const)('%s %o: %s is %s', (kind, facts, rule, expected) => {
    expect(statusOf(kind, facts, rule)).toBe(expected);
  });

  it('gives freshness windows where a source gives one', () => {
    const items = checklistFor({ permitKind: 'temporary-work' }, TODAY).items;
    expect(items.find((i) => i.ruleId === 'financas-no-debt')?.freshness).toBe('financas-certificate');
    expect(items.find((i) => i.ruleId === 'proof-of-address-aima')?.freshness).toBe('fiscal-domicile-certificate');
  });

  it('adds per-kind notes (ARI: NIF must be linked)', () => {
    expect(checklistFor({ permitKind: 'temporary-investment-ari' }, TODAY).notes[0]?.text.en).toContain('NIF must be linked');
  });
});

describe('freshness of certificates', () => {
  it.each([
    // Código Civil art. 279 c): months end on the corresponding day of the last month.
    ['financas-certificate', '2026-01-15', '2026-04-15', '2026-04-15', true],
    ['financas-certificate', '2026-01-15', '2026-04-16', '2026-04-15', false],
    ['financas-certificate', '2026-09-02', '2026-12-02', '2026-12-02', true],
    ['financas-certificate', '2026-09-02', '2026-12-03', '2026-12-02', false],
    // No corresponding day in the last month: its last day.
    ['financas-certificate', '2026-11-30', '2027-02-28', '2027-02-28', true],
    ['financas-certificate', '2027-11-30', '2028-02-29', '2028-02-29', true],
    ['social-security-declaration', '2026-01-15', '2026-05-15', '2026-05-15', true],
    ['social-security-declaration', '2026-01-15', '2026-05-16', '2026-05-15', false],
    ['social-security-declaration', '2026-10-31', '2027-02-28', '2027-02-28', true],
    ['social-security-declaration', '2026-10-31', '2027-03-01', '2027-02-28', false],
    ['fiscal-domicile-certificate', '2026-03-01', '2026-03-30', '2026-03-30', true],
    ['fiscal-domicile-certificate', '2026-03-01', '2026-03-31', '2026-03-30', false],
    ['fiscal-domicile-certificate', '2028-02-01', '2028-03-01', '2028-03-01', true],
    ['financas-certificate', '2026-03-01', '2026-02-28', '2026-06-01', false],
  ] as const)('%s issued %s, on %s: last fresh day %s, fresh %s', (id, issuedOn, on, lastFreshDay, fresh) => {
    expect(checkFreshness(id, issuedOn, on)).toMatchObject({ lastFreshDay, fresh });
  });
});

describe('pre-upload checklist and upload limit', () => {
  it('covers the seed’s quick pre-upload checklist, each item sourced', () => {
    const ids = preUploadChecklist.map((i) => i.id);
    for (const id of [
      'same-name-and-birth-date',
      'email-current',
      'fresh-declarations',
      'pdf-simple-names',
      'no-passwords',
      'screenshots-kept',
    ] as const)
      expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('states each check in Portuguese in one register, never an informal "tu" imperative (session 11 walk)', () => {
    const kept = preUploadChecklist.find((i) => i.id === 'screenshots-kept')!;
    expect(kept.text.pt).not.toMatch(/^Guarda\b/);
    expect(kept.text.pt).toMatch(/estão guardadas\.$/);
  });

  it('defaults to the official 1 MB, labelled as such, and takes what the user read on screen', () => {
    expect(DEFAULT_UPLOAD_LIMIT_BYTES).toBe(1_000_000);
    const limit = effectiveUploadLimit();
    expect(limit.source).toBe('default-official-services-portal');
    expect(limit.label.en).toContain('1 MB');
    expect(limit.provenance.sources).toContain('aimaServicesFaq');
    expect(effectiveUploadLimit(5_242_880)).toMatchObject({ bytes: 5_242_880, source: 'entered-by-user' });
    expect(() => effectiveUploadLimit(0)).toThrow(RangeError);
  });
});
