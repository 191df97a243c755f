import { describe, expect, it } from 'vitest';
import { dataChangeCutoff } from '../../../shared/rules/data-change';
import { contactScenarioById } from '../../../shared/rules/contact-scenarios';
import { ducWindow } from '../../../shared/rules/duc';
import { checkFreshness } from '../../../shared/rules/freshness';
import { decideRoute, ROUTE_DATES } from '../../../shared/rules/route';
import { portalMonthStatus, portalRollout } from '../../../shared/rules/rollout';
import { buildTimeline } from '../../../shared/rules/timeline';
import { DEFAULT_UPLOAD_LIMIT_BYTES } from '../../../shared/rules/upload-limit';

/**
 * One row per dated or numbered statement in the seed documents and the research
 * notes, with the check that the rules encode it. Where the rules follow another
 * reading (see disagreements.ts), the row says which.
 */
const work = { permitKind: 'temporary-work' as const, hasNiss: true, inPortugal: true, emailWithAimaCurrent: true };
const route = (permitExpiry: string, today: string, extra = {}) => decideRoute({ ...work, permitExpiry, ...extra }, today);
const warnings = (permitExpiry: string, today: string, extra = {}) => route(permitExpiry, today, extra).warnings.map((w) => w.id);
const timelineDate = (id: string, permitExpiry: string, today: string, extra = {}) =>
  buildTimeline({ ...work, permitExpiry, ...extra }, today).items.find((i) => i.id === id)?.date;

const statements: { statement: string; source: string; check: () => void }[] = [
  {
    statement: 'The Portal das Renovações opened on 11 July 2025',
    source: 'seed',
    check: () => {
      expect(portalRollout[0]).toMatchObject({ expiryMonth: '2025-07', openedOn: '2025-07-11' });
      expect(portalMonthStatus('2025-07', '2025-07-10').status).toBe('opens-later');
      expect(portalMonthStatus('2025-07', '2025-07-11').status).toBe('open');
    },
  },
  {
    statement: 'Permits expiring from 1 July 2025 onward use the Portal das Renovações',
    source: 'seed',
    check: () => {
      expect(route('2025-07-01', '2025-09-01').routeId).toBe('portal-renovacoes');
      expect(route('2025-06-30', '2025-09-01').routeId).toBe('mission-structure');
    },
  },
  {
    statement: 'Permits expired between 22 February 2020 and 30 June 2025 wait for AIMA’s email (services.aima.gov.pt)',
    source: 'seed',
    check: () => {
      expect(route('2020-02-22', '2025-09-01').routeId).toBe('mission-structure');
      expect(route('2020-02-21', '2025-09-01').routeId).toBe('not-covered');
      expect(route('2025-06-30', '2025-09-01').portal?.url).toBe('https://services.aima.gov.pt');
    },
  },
  {
    statement: 'Those permits were extended until 15 April 2026 inside Portugal; that deadline has passed',
    source: 'seed + AIMA guidance',
    check: () => {
      expect(ROUTE_DATES.inCountryExtensionUntil).toBe('2026-04-15');
      expect(warnings('2023-01-10', '2026-04-15')).not.toContain('backlog-urgent');
      expect(warnings('2023-01-10', '2026-04-16')).toContain('backlog-urgent');
    },
  },
  {
    statement: 'DL 85-B/2025: accepted until 15 October 2025',
    source: 'research §7',
    check: () => expect(timelineDate('decree-extension-ended', '2023-01-10', '2025-09-01')).toBe('2025-10-15'),
  },
  {
    statement: 'A permit expiring in August 2026 is not accepted in March 2026 (monthly rollout)',
    source: 'seed',
    check: () => expect(route('2026-08-15', '2026-03-15').portalMonth?.status).not.toBe('open'),
  },
  {
    statement: 'Check back at the start of your expiry month',
    source: 'seed',
    check: () =>
      expect(portalMonthStatus('2026-08', '2026-03-15')).toMatchObject({ status: 'unknown', checkBackBy: '2026-08-01' }),
  },
  {
    statement: 'Start preparing documents 90 days in advance',
    source: 'seed',
    check: () => expect(timelineDate('start-preparing', '2026-03-31', '2025-11-01')).toBe('2025-12-31'),
  },
  {
    statement: 'A mandatory 24-hour hold before the DUC is payable, then 10 working days',
    source: 'seed (Portal das Renovações: AIMA says pay within 24 hours; strictest shown)',
    check: () => {
      const w = ducWindow({ route: 'portal-renovacoes', generatedAt: { lisbonDate: '2026-11-02', lisbonTime: '10:00' } });
      const seed = w.readings.find((r) => r.id === 'seed-10-working-days-from-issue')!;
      expect(seed.payableFrom.lisbon).toEqual({ date: '2026-11-03', time: '10:00' });
      expect(seed.lastMoment.lisbon.date).toBe('2026-11-16');
      expect(w.deadline.lisbon).toEqual({ date: '2026-11-03', time: '10:00' });
    },
  },
  {
    statement: 'Older backlog and CPLP: pay the DUC within 10 working days',
    source: 'seed + AIMA CPLP notice',
    check: () => {
      const w = ducWindow({ route: 'cplp-services', generatedAt: { lisbonDate: '2026-11-02', lisbonTime: '10:00' } });
      expect(w.deadline).toMatchObject({ readingId: 'aima-10-working-days', lisbon: { date: '2026-11-16', time: '23:59' } });
    },
  },
  {
    statement: 'Expired less than 6 months is the standard threshold for online processing',
    source: 'seed + DR 84/2007 art. 63 n.14',
    check: () => {
      expect(warnings('2025-10-31', '2026-04-30')).not.toContain('expired-over-6-months');
      expect(warnings('2025-10-31', '2026-05-01')).toContain('expired-over-6-months');
    },
  },
  {
    statement: 'Data change / second copy: the 90-day rule (read as: more than 90 days must remain)',
    source: 'seed 004 + law firm worked example (uncertain)',
    check: () => {
      expect(dataChangeCutoff('2025-06-30', '2025-04-01').doWithRenewal).toBe(false);
      expect(dataChangeCutoff('2025-06-30', '2025-04-02').doWithRenewal).toBe(true);
    },
  },
  {
    statement: 'Report a change of civil status or address within 60 days',
    source: 'Lei 23/2007 art. 86 (SEF page)',
    check: () =>
      expect(
        contactScenarioById('personal-data-change')
          .notes.map((note) => note.en)
          .join(' '),
      ).toContain('within 60 days'),
  },
  {
    statement: 'Permanent residence added to the portal on 10 December 2025; ARI on 16 February 2026',
    source: 'research §3',
    check: () => {
      expect(ROUTE_DATES.permanentOnPortal).toBe('2025-12-10');
      expect(ROUTE_DATES.ariOnPortal).toBe('2026-02-16');
    },
  },
  {
    statement: 'Law: apply up to 30 days before expiry',
    source: 'Lei 23/2007 art. 78 n.1',
    check: () => expect(timelineDate('legal-apply-by', '2026-03-31', '2026-01-10')).toBe('2026-03-01'),
  },
  {
    statement: 'Finanças certificate valid 3 months; Social Security declaration 4 months; fiscal domicile under 30 days',
    source: 'research §6, §1.3',
    check: () => {
      // Counted as Código Civil art. 279 c) counts months: to the corresponding day, else the month's last day.
      expect(checkFreshness('financas-certificate', '2026-01-31', '2026-04-30').fresh).toBe(true);
      expect(checkFreshness('financas-certificate', '2026-01-31', '2026-05-01').fresh).toBe(false);
      expect(checkFreshness('social-security-declaration', '2026-01-31', '2026-05-31').fresh).toBe(true);
      expect(checkFreshness('social-security-declaration', '2026-01-31', '2026-06-01').fresh).toBe(false);
      expect(checkFreshness('fiscal-domicile-certificate', '2026-02-01', '2026-03-03').fresh).toBe(false);
    },
  },
  {
    statement: 'Legal target of 60 days to decide a renewal (passport must outlast it)',
    source: 'research §3',
    check: () => {
      expect(warnings('2026-09-30', '2026-08-01', { passportExpiry: '2026-09-29' })).toContain('passport-expires-soon');
      expect(warnings('2026-09-30', '2026-08-01', { passportExpiry: '2026-09-30' })).not.toContain('passport-expires-soon');
    },
  },
  {
    statement: 'The only official upload limit: 1 MB per document (services portal)',
    source: 'research §3',
    check: () => expect(DEFAULT_UPLOAD_LIMIT_BYTES).toBe(1_000_000),
  },
];

describe('every dated statement of the sources is encoded', () => {
  it.each(statements)('$statement ($source)', ({ check }) => check());
});
