import { describe, expect, it } from 'vitest';
import {
  decideRoute,
  PORTAL_RENOVACOES,
  routeDecisionSchema,
  SERVICES_AIMA,
  warningOnceSubmitted,
} from '../../../shared/rules/route';
import { portalMonthStatus, portalRollout } from '../../../shared/rules/rollout';
import type { SituationDraft } from '../../../shared/rules/situation';
import { troubleshooting } from '../../../shared/rules/troubleshooting';

const base: SituationDraft = {
  permitKind: 'temporary-work',
  hasNiss: true,
  inPortugal: true,
  emailWithAimaCurrent: true,
  addressChangedSinceLastCard: false,
  biometricsOnFile: true,
  passportExpiry: '2032-01-01',
};

const decide = (s: SituationDraft, today: string) => routeDecisionSchema.parse(decideRoute({ ...base, ...s }, today));
const warningIds = (s: SituationDraft, today: string) => decide(s, today).warnings.map((w) => w.id);

describe('which portal (every dated statement of the seed guide and the research)', () => {
  it.each([
    // expiry, today, route — the boundaries of "from 1 July 2025" and "22 February 2020 to 30 June 2025"
    ['2025-07-01', '2025-12-01', 'portal-renovacoes'],
    ['2025-06-30', '2025-12-01', 'mission-structure'],
    ['2020-02-22', '2025-12-01', 'mission-structure'],
    ['2020-02-21', '2025-12-01', 'not-covered'],
    ['2024-02-29', '2025-12-01', 'mission-structure'],
    ['2026-08-15', '2026-03-15', 'portal-renovacoes'],
  ] as const)('expiry %s on %s → %s', (permitExpiry, today, route) => {
    expect(decide({ permitExpiry }, today).routeId).toBe(route);
  });

  it('the Cartão de Residência of an EU citizen’s family member has its own pathway on services.aima.gov.pt', () => {
    const d = decide({ permitKind: 'eu-family-residence-card', permitExpiry: '2026-09-01' }, '2026-07-01');
    expect(d.routeId).toBe('eu-family-card');
    expect(d.portal?.url).toBe('https://services.aima.gov.pt');
    expect(d.ducRoute).toBeNull();
  });

  it('CPLP permits renew on services.aima.gov.pt with a 10-working-day DUC', () => {
    const d = decide({ permitKind: 'temporary-cplp', permitExpiry: '2026-01-20' }, '2026-01-05');
    expect(d.routeId).toBe('cplp-services');
    expect(d.ducRoute).toBe('cplp-services');
  });

  it('ARI titles expired before July 2025 move to the portal from 16 February 2026', () => {
    expect(decide({ permitKind: 'temporary-investment-ari', permitExpiry: '2025-03-01' }, '2026-02-15').routeId).toBe(
      'mission-structure',
    );
    expect(decide({ permitKind: 'temporary-investment-ari', permitExpiry: '2025-03-01' }, '2026-02-16').routeId).toBe(
      'portal-renovacoes',
    );
  });

  it('warns that ARI and permanent titles were added to the portal later (16 Feb 2026, 10 Dec 2025)', () => {
    expect(warningIds({ permitKind: 'temporary-investment-ari', permitExpiry: '2026-01-10' }, '2026-01-02')).toContain(
      'type-not-yet-on-portal',
    );
    expect(warningIds({ permitKind: 'temporary-investment-ari', permitExpiry: '2026-01-10' }, '2026-02-16')).not.toContain(
      'type-not-yet-on-portal',
    );
    expect(warningIds({ permitKind: 'permanent', permitExpiry: '2025-12-20' }, '2025-12-09')).toContain('type-not-yet-on-portal');
    expect(warningIds({ permitKind: 'permanent', permitExpiry: '2025-12-20' }, '2025-12-10')).not.toContain(
      'type-not-yet-on-portal',
    );
    expect(warningIds({ permitKind: 'eu-long-term-resident', permitExpiry: '2026-05-20' }, '2026-03-01')).toContain(
      'type-not-confirmed-on-portal',
    );
  });

  it('the backlog is urgent once the 15 April 2026 in-country extension has passed', () => {
    expect(warningIds({ permitExpiry: '2024-05-01' }, '2026-04-15')).toContain('backlog-wait-for-email');
    expect(warningIds({ permitExpiry: '2024-05-01' }, '2026-04-16')).toContain('backlog-urgent');
    expect(warningIds({ permitExpiry: '2024-05-01' }, '2026-04-16')).toContain('extension-inside-portugal-only');
  });

  it.each([
    // expiry, today, over six months? — "expired less than 6 months is the standard threshold"
    ['2025-08-31', '2026-02-28', false],
    ['2025-08-31', '2026-03-01', true],
    ['2027-08-31', '2028-02-29', false],
    ['2027-08-31', '2028-03-01', true],
    ['2025-07-01', '2026-01-01', false],
    ['2025-07-01', '2026-01-02', true],
  ] as const)('expiry %s, today %s: over 6 months = %s', (permitExpiry, today, over) => {
    expect(warningIds({ permitExpiry }, today).includes('expired-over-6-months')).toBe(over);
  });

  it('a lapsed permit links to the lapse (not the generic portal error) and its "why" never says to wait for the month', () => {
    // Issue 13: expired 10 March 2026, today 1 December 2026.
    const d = decide({ permitExpiry: '2026-03-10' }, '2026-12-01');
    const lapse = d.warnings.find((w) => w.id === 'expired-over-6-months')!;
    expect(lapse.troubleRowId).toBe('permit-lapsed');
    expect(troubleshooting.some((row) => row.id === lapse.troubleRowId && row.letterPurpose === 'lapsed-renewal')).toBe(true);
    const why = d.why.map((w) => `${w.text.en} ${w.text.pt}`).join(' ');
    expect(why).not.toMatch(/once your expiry month is open|quando o seu mês de caducidade estiver aberto/);
    expect(why).toContain('more than six months ago');
    expect(why).toContain('há mais de seis meses');
    // Expired under six months (Kwame, August 2026): no month is left to wait for, in either language.
    const expired = decide({ permitExpiry: '2026-08-20' }, '2026-12-01')
      .why.map((w) => `${w.text.en} ${w.text.pt}`)
      .join(' ');
    expect(expired).not.toMatch(/once your expiry month is open|quando o seu mês de caducidade estiver aberto/);
    expect(expired).toContain('your expiry month has already passed, so there is no month to wait for');
    expect(expired).toContain('o seu mês de caducidade já passou, pelo que não há nenhum mês por que esperar');
    // Still valid: the usual sentence stands.
    const open = decide({ permitExpiry: '2027-03-10' }, '2026-12-01');
    expect(open.why.map((w) => w.text.en).join(' ')).toContain('once your expiry month is open');
  });

  it('every warning that names a troubleshooting row names one that exists', () => {
    for (const [permitExpiry, today] of [
      ['2026-03-10', '2026-12-01'],
      ['2019-01-01', '2026-12-01'],
      ['2025-03-10', '2026-12-01'],
    ] as const)
      for (const w of decide({ permitExpiry }, today).warnings)
        if (w.troubleRowId) expect(troubleshooting.map((row) => row.id)).toContain(w.troubleRowId);
  });

  it('asks for the missing answers before deciding', () => {
    const d = decideRoute({ hasNiss: false }, '2026-01-01');
    expect(d.routeId).toBe('undecided');
    expect(d.missing).toEqual(['permitKind', 'permitExpiry']);
    expect(d.warnings.map((w) => w.id)).toEqual(['no-niss']);
  });
});

describe('personal warnings and the contact scenario each points to', () => {
  it.each([
    [{ inPortugal: false }, 'outside-portugal', undefined],
    [{ emailWithAimaCurrent: false }, 'email-not-current', 'email-update'],
    [{ addressChangedSinceLastCard: true }, 'address-changed', 'address-change'],
    [{ hasNiss: false }, 'no-niss', 'niss-blocked'],
    [{ biometricsOnFile: false }, 'no-biometrics', undefined],
    [{ passportExpiry: '2026-05-31' }, 'passport-expired', undefined],
    [{ passportExpiry: '2026-07-30' }, 'passport-expires-soon', undefined],
  ] as const)('%o → %s', (facts, id, scenario) => {
    const d = decide({ permitExpiry: '2026-09-15', ...facts }, '2026-06-01');
    const w = d.warnings.find((x) => x.id === id);
    expect(w).toBeDefined();
    expect(w?.contactScenarioId).toBe(scenario);
    expect(w?.text.en.length).toBeGreaterThan(10);
    expect(w?.text.pt.length).toBeGreaterThan(10);
  });

  it('a passport valid for 60 more days is not flagged', () => {
    expect(warningIds({ permitExpiry: '2026-09-15', passportExpiry: '2026-07-31' }, '2026-06-01')).not.toContain(
      'passport-expires-soon',
    );
  });

  it('an address change within 90 days of expiry goes with the renewal', () => {
    const early = decide({ permitExpiry: '2025-06-30', addressChangedSinceLastCard: true }, '2025-04-01');
    const late = decide({ permitExpiry: '2025-06-30', addressChangedSinceLastCard: true }, '2025-04-02');
    expect(early.warnings.find((w) => w.id === 'address-changed')?.text.en).not.toContain('within 90 days');
    expect(late.warnings.find((w) => w.id === 'address-changed')?.text.en).toContain('2025-04-01');
  });
});

describe('the monthly rollout of the Portal das Renovações', () => {
  it.each(portalRollout.filter((e) => e.openedOn !== null).map((e) => [e.expiryMonth, e.openedOn!] as const))(
    'expiry month %s opened on %s: closed the day before, open that day',
    (month, openedOn) => {
      const dayBefore = new Date(Date.parse(`${openedOn}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expect(portalMonthStatus(month, dayBefore)).toMatchObject({ status: 'opens-later', opensOn: openedOn });
      expect(portalMonthStatus(month, openedOn)).toMatchObject({ status: 'open', openedOn });
    },
  );

  it('the portal opened on 11 July 2025 for July 2025 expiries', () => {
    expect(portalRollout[0]).toMatchObject({ expiryMonth: '2025-07', openedOn: '2025-07-11' });
  });

  it('August 2025 opened "shortly after" the launch: only the latest day is known', () => {
    expect(portalMonthStatus('2025-08', '2025-08-01').status).toBe('unknown');
    expect(portalMonthStatus('2025-08', '2025-09-01')).toMatchObject({
      status: 'open',
      openedOn: null,
      openedNoLaterThan: '2025-08-26',
    });
  });

  it('covers every month from July 2025 to June 2026 and nothing after', () => {
    expect(portalRollout.map((e) => e.expiryMonth)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
  });

  it('after the last known month it says it does not know, and how to check', () => {
    const status = portalMonthStatus('2026-07', '2026-11-25');
    expect(status).toMatchObject({
      status: 'unknown',
      lastKnownMonth: '2026-06',
      checkBackBy: '2026-07-01',
      checkFrom: '2026-04-01',
    });
    if (status.status === 'unknown') expect(status.howToCheck.applicant.en).toContain('citizen not identified');
  });

  it('the seed’s example: an August 2026 expiry is not accepted in March 2026', () => {
    const d = decide({ permitExpiry: '2026-08-20' }, '2026-03-15');
    expect(d.portalMonth?.status).toBe('unknown');
    expect(d.warnings.map((w) => w.id)).toContain('portal-month-unknown');
  });

  it('an expiry month already begun gets no "your month is probably not open yet" warning', () => {
    // Found walking the guide: expired 20 August 2026, seen on 1 December 2026, the route said the portal
    // should be open and, in the next box, "try again at the start of your expiry month".
    const d = decide({ permitExpiry: '2026-08-20' }, '2026-12-01');
    expect(d.portalMonth?.status).toBe('unknown');
    expect(d.warnings.map((w) => w.id)).not.toContain('portal-month-unknown');
    expect(decide({ permitExpiry: '2026-08-20' }, '2026-07-31').warnings.map((w) => w.id)).toContain('portal-month-unknown');
  });

  it('a month that opens later tells the date to come back', () => {
    const d = decide({ permitExpiry: '2026-03-31' }, '2026-01-10');
    expect(d.portalMonth).toMatchObject({ status: 'opens-later', opensOn: '2026-01-28' });
    expect(d.warnings.find((w) => w.id === 'portal-month-not-open')?.text.en).toContain('2026-01-28');
  });

  it('refuses months before the portal existed', () => {
    expect(() => portalMonthStatus('2025-06', '2025-07-20')).toThrow(RangeError);
  });
});

describe('ARI backlog on the portal', () => {
  it('is not flagged as expired over 6 months (the portal accepts those titles)', () => {
    expect(warningIds({ permitKind: 'temporary-investment-ari', permitExpiry: '2024-01-10' }, '2026-03-01')).not.toContain(
      'expired-over-6-months',
    );
  });
});

describe('portal names in the reader’s language (walk of session 14)', () => {
  it('the services portal is named in Portuguese on Portuguese pages; the Portal das Renovações keeps its name', () => {
    // The Portuguese route page of a CPLP holder read "AIMA services portal — https://services.aima.gov.pt".
    expect(SERVICES_AIMA.name.pt).toBe('Portal de serviços da AIMA');
    expect(SERVICES_AIMA.name.en).toBe('AIMA services portal');
    expect(PORTAL_RENOVACOES.name.pt).toBe('Portal das Renovações');
  });
});

describe('the passport warnings once the renewal is submitted (walk of session 14)', () => {
  // Ravi paid his DUC on 15 June 2026; on 1 December his passport expires on 20 December.
  const soon = decideRoute({ ...base, permitExpiry: '2026-07-20', passportExpiry: '2026-12-20' }, '2026-12-01').warnings.find(
    (w) => w.id === 'passport-expires-soon',
  )!;

  it('no longer says "consider renewing it first" nor speaks of the 60-day target as ahead', () => {
    expect(soon.text.en).toContain('consider renewing it first');
    const after = warningOnceSubmitted(soon);
    expect(after.text.en).not.toContain('first');
    expect(after.text.en).not.toContain('60-day target');
    expect(after.text.en).toContain('Your renewal is submitted');
    expect(after.text.pt).toContain('O pedido de renovação está submetido');
    expect(after.text.pt).toMatch(/pondere renová-lo já\.$/);
  });

  it('leaves every other warning as it is', () => {
    const other = decideRoute({ ...base, permitExpiry: '2026-07-20', hasNiss: false }, '2026-12-01').warnings;
    expect(other.map((w) => warningOnceSubmitted(w))).toEqual(other);
  });
});
