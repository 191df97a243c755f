import { describe, expect, it } from 'vitest';
import { categoryStateText, type CategoryState } from '../../../shared/case/assessment';

const STATES: Exclude<CategoryState, 'ready'>[] = [
  'missing',
  'not-prepared',
  'stale',
  'failed',
  'not-ready',
  'over-limit',
  'blurred',
];

/**
 * The reason follows any document's name in parentheses: "Passaporte (…)", "Certidão de situação
 * tributária (…)", "Declaração de IRS (…)". The walk read "Certidão … (ainda não preparado)": in
 * Portuguese the reason must not carry a gender of its own.
 */
describe('why a document is not ready, in Portuguese', () => {
  it('agrees with masculine and feminine names alike', () => {
    for (const state of STATES) expect(categoryStateText(state).pt, state).not.toMatch(/\b(preparad|pront|pago|paga)[oa]s?\b/);
  });
});
