import { describe, expect, it } from 'vitest';
import { dataChangeAdvice, dataChangeAdviceSchema } from '../../../shared/rules/data-change';

describe('change of personal data and second copy', () => {
  it.each([
    // expiry, today, cutoff, do it with the renewal? — the worked example: valid to 30 June 2025 → 1 April 2025
    ['2025-06-30', '2025-04-01', '2025-04-01', false],
    ['2025-06-30', '2025-04-02', '2025-04-01', true],
    ['2025-07-26', '2025-03-26', '2025-04-27', false], // the seed’s user: 4 months before
    ['2028-05-29', '2028-02-29', '2028-02-29', false], // leap day cut-off
    ['2028-05-29', '2028-03-01', '2028-02-29', true],
    ['2026-01-01', '2026-02-01', '2025-10-03', true], // already expired
  ] as const)('card valid to %s, on %s: cut-off %s, with the renewal = %s', (permitExpiry, today, cutoff, withRenewal) => {
    const advice = dataChangeAdviceSchema.parse(dataChangeAdvice({ kind: 'data-change', permitExpiry }, today));
    expect(advice.cutoff).toBe(cutoff);
    expect(advice.doWithRenewal).toBe(withRenewal);
    expect(advice.uncertain).toBe(true);
    expect(advice.advice[0]!.en).toContain(cutoff);
  });

  it('a data change needs passport, card and proof of the change, and mentions the 60-day duty', () => {
    const advice = dataChangeAdvice({ kind: 'data-change', permitExpiry: '2027-01-01' }, '2026-06-01');
    expect(advice.contactScenarioId).toBe('personal-data-change');
    expect(advice.documents.map((d) => d.id)).toEqual(['passport-copy', 'permit-copy', 'change-proof']);
    expect(advice.advice.some((a) => a.en.includes('60 days'))).toBe(true);
  });

  it.each([
    ['lost', ['passport-copy', 'permit-copy', 'police-report']],
    ['stolen', ['passport-copy', 'permit-copy', 'police-report']],
    ['damaged', ['passport-copy', 'permit-copy', 'damaged-card']],
  ] as const)('second copy, card %s: %o', (reason, ids) => {
    const advice = dataChangeAdvice({ kind: 'second-copy', reason, permitExpiry: '2027-01-01' }, '2026-06-01');
    expect(advice.contactScenarioId).toBe('second-copy');
    expect(advice.documents.map((d) => d.id)).toEqual(ids);
    const specific = advice.documents.find((d) => d.id === ids[2]);
    expect(specific?.required).toBe(true);
    expect(advice.advice.some((a) => a.en.includes('keeps the original expiry date'))).toBe(true);
  });
});
