import { describe, expect, it } from 'vitest';
import { assessCase, type CaseState } from '../../../shared/case/assessment';
import { checkConsistency } from '../../../shared/reading/consistency';

/** The consistency check's blockers reach the one case assessment every screen renders. */
describe('consistency items in the case assessment', () => {
  const situation = {
    permitKind: 'temporary-work' as const,
    permitNumber: 'A1234567',
    permitExpiry: '2027-03-01',
    passportExpiry: '2030-01-01',
    hasNiss: true,
    inPortugal: true,
    emailWithAimaCurrent: true,
    addressChangedSinceLastCard: false,
    biometricsOnFile: true,
  };
  const state = (consistency: CaseState['consistency']): CaseState => ({
    situation,
    situationConfirmed: true,
    documents: {},
    report: null,
    preUpload: { ticked: 0, total: 10 },
    duc: null,
    evidence: [],
    consistency,
  });

  it('a stale certificate is a blocker with the day it went stale', () => {
    const consistency = checkConsistency({
      submitOn: '2027-02-10',
      facts: {},
      mrz: null,
      certificates: [
        {
          file: 'financas.pdf',
          reading: {
            kind: 'financas-certificate',
            issuedOn: '2026-11-02',
            statedValidity: null,
            nif: null,
            niss: null,
            name: null,
          },
        },
      ],
    });
    const without = assessCase(state(null), '2026-12-01T11:00:00Z');
    const withItems = assessCase(state(consistency), '2026-12-01T11:00:00Z');
    expect(withItems.blockers.length).toBe(without.blockers.length + 1);
    expect(withItems.blockers.at(-1)!.step).toBe('documents');
    expect(withItems.blockers.at(-1)!.text.en).toContain('valid until 1 February 2027');
    expect(withItems.blockers.at(-1)!.text.pt).toContain('válida até 1 de fevereiro de 2027');
  });
});
