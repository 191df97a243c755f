import { describe, expect, it } from 'vitest';
import { assessCase } from '../../../shared/case/assessment';
import type { SituationDraft } from '../../../shared/rules/situation';

const worker: SituationDraft = {
  permitKind: 'temporary-work',
  hasNiss: true,
  inPortugal: true,
  emailWithAimaCurrent: true,
  addressChangedSinceLastCard: false,
  biometricsOnFile: true,
  passportExpiry: '2032-01-01',
};
const NOW = '2026-12-01T11:00:00Z';
const routeText = (permitExpiry: string) =>
  assessCase(
    {
      situation: { ...worker, permitExpiry },
      documents: {},
      report: null,
      preUpload: { ticked: 0, total: 10 },
      duc: null,
      evidence: [],
    },
    NOW,
  ).route;

/**
 * Found walking the route page of a permit expiring 10 January 2027, on 1 December 2026: "When the portal
 * opens for you" said "check the portal from now on, and by 1 January 2027" and, right below, "Look from
 * 1 October 2026": two sentences for one fact, one with a day long past. One sentence now says it, and
 * "from now on" only once the earliest day to look has come.
 */
describe('when the portal opens for an expiry month no source dates', () => {
  it('says "from now on" once the earliest day to look has passed', () => {
    const route = routeText('2027-01-10');
    expect(route.availability).toBe('unknown');
    expect(route.text.en).toBe(
      'No source gives the date the portal opens for your expiry month yet: check the portal from now on, and by 2027-01-01 at the latest.',
    );
    expect(route.text.pt).toContain('verifique o portal a partir de agora e, o mais tardar, a 2027-01-01');
  });

  it('names the day to start looking while it is still ahead', () => {
    const route = routeText('2027-06-15');
    expect(route.availability).toBe('unknown');
    expect(route.text.en).toContain('check the portal from 2027-03-01, and by 2027-06-01 at the latest');
    expect(route.text.en).not.toContain('from now on');
    expect(route.text.pt).toContain('verifique o portal a partir de 2027-03-01 e, o mais tardar, a 2027-06-01');
  });
});
