import { describe, expect, it } from 'vitest';
import { dataChangeCutoff } from '../../../shared/rules/data-change';
import { decideRoute } from '../../../shared/rules/route';

describe('the 90-day cut-off of a change of data', () => {
  it.each([
    // expiry, today, cutoff, do it with the renewal? — the worked example: valid to 30 June 2025 → 1 April 2025
    ['2025-06-30', '2025-04-01', '2025-04-01', false],
    ['2025-06-30', '2025-04-02', '2025-04-01', true],
    ['2025-07-26', '2025-03-26', '2025-04-27', false], // the seed’s user: 4 months before
    ['2028-05-29', '2028-02-29', '2028-02-29', false], // leap day cut-off
    ['2028-05-29', '2028-03-01', '2028-02-29', true],
    ['2026-01-01', '2026-02-01', '2025-10-03', true], // already expired
  ] as const)('card valid to %s, on %s: cut-off %s, with the renewal = %s', (permitExpiry, today, cutoff, withRenewal) => {
    expect(dataChangeCutoff(permitExpiry, today)).toEqual({ cutoff, doWithRenewal: withRenewal });
  });

  it('the route’s "you moved" warning says the cut-off only past it, from the same function', () => {
    const moved = (today: string) =>
      decideRoute(
        { permitKind: 'temporary-work', permitExpiry: '2025-06-30', addressChangedSinceLastCard: true },
        today,
      ).warnings.find((w) => w.id === 'address-changed')!.text.en;
    expect(moved('2025-04-01')).not.toContain('cut-off');
    expect(moved('2025-04-02')).toContain(`the cut-off was ${dataChangeCutoff('2025-06-30', '2025-04-02').cutoff}`);
  });
});
