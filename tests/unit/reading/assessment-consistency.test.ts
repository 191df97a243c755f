import { describe, expect, it } from 'vitest';
import { assessCase, requiredCategoriesOf, SCREENS, type CaseState } from '../../../shared/case/assessment';
import { givenFor, reportFor, type Outcome } from '../case/assessment-fixtures';
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
    expect(withItems.blockers.at(-1)!.text.en).toContain('valid until 2 February 2027');
    expect(withItems.blockers.at(-1)!.text.pt).toContain('válida até 2 de fevereiro de 2027');
  });
});

describe('a reading blocker with every document otherwise ready', () => {
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
  const now = '2026-12-01T11:00:00Z';
  const required = requiredCategoriesOf(situation, '2026-12-01')!;
  const outcomes = Object.fromEntries(required.map((id) => [id, 'ready' as Outcome]));
  const state = (consistency: CaseState['consistency']): CaseState => ({
    situation,
    situationConfirmed: true,
    documents: Object.fromEntries(required.map((id) => [id, givenFor(id)])),
    report: reportFor(outcomes),
    preUpload: { ticked: 10, total: 10 },
    duc: null,
    evidence: [],
    consistency,
  });
  const wrongNif = checkConsistency({
    submitOn: '2026-12-01',
    facts: { nif: '123456789' },
    mrz: null,
    certificates: [
      {
        file: 'financas.pdf',
        reading: {
          kind: 'financas-certificate',
          issuedOn: '2026-11-02',
          statedValidity: null,
          nif: '245678913',
          niss: null,
          name: null,
        },
      },
    ],
  });

  it('keeps the documents, pre-upload and folder steps from "done" and makes the item the next action', () => {
    const ready = assessCase(state(null), now);
    const step = (a: ReturnType<typeof assessCase>, id: string) => a.steps.find((s) => s.id === id)!;
    expect(step(ready, 'documents').status).toBe('done');
    expect(step(ready, 'preUpload').status).toBe('done');

    const blocked = assessCase(state(wrongNif), now);
    expect(step(blocked, 'documents').status).toBe('attention');
    expect(step(blocked, 'documents').reason.en).toContain(
      'The NIF on the Finanças tax status certificate is 245678913, not the NIF in your case',
    );
    expect(step(blocked, 'documents').reason.pt).toContain(
      'O NIF na certidão de situação tributária (Finanças) é 245678913, e não o NIF do seu processo (123456789).',
    );
    expect(step(blocked, 'preUpload').status).not.toBe('done');
    expect(step(blocked, 'folder').status).not.toBe('done');
    expect(blocked.next).toMatchObject({ id: 'prepare-documents', screen: SCREENS.preUpload });
    expect(blocked.next.text.en).toContain('is 245678913, not the NIF in your case (123456789)');
  });

  it('a warning alone (passport expiring within six months) does not block', () => {
    const warning = checkConsistency({
      submitOn: '2026-12-01',
      facts: { passportExpiry: '2027-03-01' },
      mrz: null,
      certificates: [],
    });
    expect(warning.items.map((i) => i.severity)).toEqual(['warning']);
    expect(assessCase(state(warning), now).steps.find((s) => s.id === 'documents')!.status).toBe('done');
  });
});
