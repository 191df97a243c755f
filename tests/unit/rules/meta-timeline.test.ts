import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/rules/dates';
import { rulesMeta, rulesStatus } from '../../../shared/rules/meta';
import { buildTimeline, timelineSchema } from '../../../shared/rules/timeline';

describe('rules metadata: "last checked N days ago"', () => {
  it.each([
    [0, false],
    [rulesMeta.staleAfterDays, false],
    [rulesMeta.staleAfterDays + 1, true],
    [461, true],
  ] as const)('%i days after the check: stale %s', (days, stale) => {
    const status = rulesStatus(addDays(rulesMeta.rulesCheckedOn, days));
    expect(status.daysSinceChecked).toBe(days);
    expect(status.stale).toBe(stale);
    if (stale) {
      expect(status.warning?.en).toContain(`${days} days ago`);
      expect(status.warning?.pt).toContain(`${days} dias`);
    } else expect(status.warning).toBeNull();
  });

  it('records version, check date and how current the sources are', () => {
    expect(rulesMeta.rulesCheckedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rulesMeta.sourcesCurrentTo).toBe('2026-06');
  });
});

describe('timeline', () => {
  it('a portal renewal: 90 days of preparation, the known opening date, the DUC and the steps after', () => {
    const t = timelineSchema.parse(
      buildTimeline(
        { permitKind: 'temporary-work', permitExpiry: '2026-03-31', biometricsOnFile: false, addressChangedSinceLastCard: true },
        '2026-01-10',
        { lisbonDate: '2026-02-02', lisbonTime: '23:30' },
      ),
    );
    const byId = Object.fromEntries(t.items.map((i) => [i.id, i]));
    expect(t.routeId).toBe('portal-renovacoes');
    expect(byId['start-preparing']).toMatchObject({ date: '2025-12-31', status: 'past' });
    expect(byId['address-change-cutoff']).toMatchObject({ date: '2025-12-31' });
    expect(byId['portal-opens']).toMatchObject({ date: '2026-01-28', dateKind: 'exact', status: 'upcoming' });
    expect(byId['legal-apply-by']).toMatchObject({ date: '2026-03-01' });
    expect(byId['permit-expires']).toMatchObject({ date: '2026-03-31' });
    expect(byId['online-threshold']).toMatchObject({ date: '2026-09-30' });
    expect(byId['duc-generated']).toMatchObject({ date: '2026-02-02', time: '23:30' });
    expect(byId['duc-deadline']).toMatchObject({ date: '2026-02-03', time: '23:30' });
    expect(byId['biometrics']?.detail.en).toContain('does not hold your current biometrics');
    expect(byId['approval-declaration']?.dateKind).toBe('undated');
    // Dated items in order, undated ones last.
    const dates = t.items.filter((i) => i.date).map((i) => `${i.date}${i.time ?? ''}`);
    expect(dates).toEqual([...dates].sort());
    expect(t.items.slice(-2).map((i) => i.id)).toEqual(['biometrics', 'approval-declaration']);
  });

  it('a permit whose day has passed "expired" (past tense beside the "Expired" tag); a coming one "expires"', () => {
    const s = { permitKind: 'temporary-work', permitExpiry: '2026-10-31' } as const;
    const past = buildTimeline(s, '2026-12-01').items.find((i) => i.id === 'permit-expires');
    expect(past?.title).toEqual({ en: 'Your permit expired', pt: 'A sua autorização caducou' });
    const coming = buildTimeline(s, '2026-10-31').items.find((i) => i.id === 'permit-expires');
    expect(coming?.title).toEqual({ en: 'Your permit expires', pt: 'A sua autorização caduca' });
  });

  it('an unknown opening month opens by the start of the expiry month at the latest (never "an estimate")', () => {
    const t = buildTimeline({ permitKind: 'permanent', permitExpiry: '2027-02-10' }, '2026-11-25');
    expect(t.items.find((i) => i.id === 'portal-opens')).toMatchObject({ date: '2027-02-01', dateKind: 'latest' });
    expect(t.items.find((i) => i.id === 'portal-opens')!.detail.en).toContain('the start of your expiry month is the latest');
    // Downloading the certificates shortly before submitting is a guess at the day.
    expect(t.items.find((i) => i.id === 'download-certificates')).toMatchObject({ date: '2027-02-01', dateKind: 'estimate' });
  });

  it('the backlog: decree and in-country extension dates, then AIMA’s email', () => {
    const t = buildTimeline({ permitKind: 'temporary-study', permitExpiry: '2024-09-30' }, '2026-11-25');
    const ids = t.items.map((i) => i.id);
    expect(t.items.find((i) => i.id === 'decree-extension-ended')?.date).toBe('2025-10-15');
    expect(t.items.find((i) => i.id === 'in-country-extension-ended')?.date).toBe('2026-04-15');
    expect(ids).toContain('wait-for-aima-email');
    expect(ids).not.toContain('portal-opens');
  });

  it('nothing to date without an expiry', () => {
    expect(buildTimeline({ permitKind: 'temporary-work' }, '2026-11-25').items).toEqual([]);
  });
});

describe('timeline for titles that joined the portal later', () => {
  it('an ARI title of the backlog: the portal opened for it on 16 February 2026, and no 6-month alarm', () => {
    const t = buildTimeline({ permitKind: 'temporary-investment-ari', permitExpiry: '2025-03-01' }, '2026-03-01');
    expect(t.routeId).toBe('portal-renovacoes');
    expect(t.items.find((i) => i.id === 'portal-opens')?.date).toBe('2026-02-16');
  });

  it('permanent residence has no art. 78 "30 days before" item', () => {
    const t = buildTimeline({ permitKind: 'permanent', permitExpiry: '2026-03-31' }, '2026-01-10');
    expect(t.items.map((i) => i.id)).not.toContain('legal-apply-by');
    expect(t.items.find((i) => i.id === 'portal-opens')?.date).toBe('2026-01-28');
  });
});
