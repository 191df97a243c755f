import { describe, expect, it } from 'vitest';
import { assessCase, type CaseState } from '../../../shared/case/assessment';
import { hasSubmitted } from '../../../shared/case/case-facts';
import type { EvidenceEntry } from '../../../shared/case/evidence';
import { letterFacts, purposeFits } from '../../../shared/rules/letter-purpose';
import { ducPlace } from '../../../shared/writing/scenario-messages';
import { DEC_1_NOON, WORKER } from './assessment-fixtures';
import { completeCase } from './writing-fixtures';

const entry = (id: string, kind: EvidenceEntry['kind'], at: string): EvidenceEntry => ({
  type: 'entry',
  id,
  at,
  recordedAt: at,
  kind,
  note: '',
  files: [],
});

const state = (over: Partial<CaseState>): CaseState => ({
  situation: WORKER,
  documents: {},
  report: null,
  preUpload: { ticked: 0, total: 10 },
  duc: null,
  evidence: [],
  ...over,
});

/**
 * "Submitted?" has one answer (hasSubmitted): the assessment carries it, the route page reads it from there, and the
 * letters' purposes ask the same function. Before, the assessment counted a DUC of client.json without a reference
 * and the route page did not; a recorded payment made the letters say "submitted" and the route "open, renew".
 */
describe('submitted: one answer', () => {
  it('a DUC recorded without its reference (client.json) is a submission, for the function and the assessment', () => {
    const s = state({ duc: { generatedAt: { lisbonDate: '2026-11-27', lisbonTime: '16:45' } } });
    expect(hasSubmitted(s.evidence, s.duc)).toBe(true);
    expect(assessCase(s, DEC_1_NOON).submitted).toBe(true);
  });

  it('a recorded payment is a submission: the route, the assessment and the letters agree', () => {
    const paid = [entry('p', 'payment-proof', '2026-11-28T10:00:00Z')];
    const assessment = assessCase(state({ evidence: paid }), DEC_1_NOON);
    expect(assessment.submitted).toBe(true);
    expect(assessment.route.text.en).toContain('You have submitted your renewal on this route');
    const caseFile = { ...completeCase(), evidence: paid };
    const facts = letterFacts(caseFile, '2026-12-01');
    expect(facts.submitted).toBe(true);
    expect(purposeFits('portal-failure', facts)).toEqual({ fits: false, reason: 'submitted' });
  });

  it('an error screenshot alone is not a submission anywhere', () => {
    const tried = [entry('e', 'portal-error-screenshot', '2026-11-27T10:00:00Z')];
    expect(assessCase(state({ evidence: tried }), DEC_1_NOON).submitted).toBe(false);
    expect(letterFacts({ ...completeCase(), evidence: tried }, '2026-12-01').submitted).toBe(false);
  });

  it('the DUC’s window and the texts for AIMA name the same route for a DUC generated before 16 February 2026', () => {
    // An investment title of the backlog: on the Mission Structure's services.aima.gov.pt until 16 February 2026,
    // on the Portal das Renovações since. A DUC of 10 January 2026 was generated on services.aima.gov.pt.
    const situation = { permitKind: 'temporary-investment-ari', permitExpiry: '2024-05-10', permitNumber: 'PT-AR-1' } as const;
    const duc = { ...entry('d', 'duc-reference', '2026-01-10T10:00:00Z'), reference: '712 345 678 901' };
    const assessment = assessCase(
      state({ situation, evidence: [duc], duc: { generatedAt: { instant: duc.at }, reference: duc.reference } }),
      DEC_1_NOON,
    );
    expect(assessment.duc?.route).toBe('mission-structure');
    expect(ducPlace({ ...completeCase(), situation, evidence: [duc] }).en).toContain('services.aima.gov.pt');
  });
});
