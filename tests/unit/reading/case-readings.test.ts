import { describe, expect, it } from 'vitest';
import { consistencyInputOf, type CaseReading } from '../../../shared/reading/case-readings';
import { checkConsistency } from '../../../shared/reading/consistency';
import type { DocumentReading } from '../../../shared/reading/document-reading';
import { nationalityInPortuguese } from '../../../shared/reading/nationality';
import { joaoMrzFields } from './joao-passport';

const empty: DocumentReading = {
  file: 'x',
  textSource: 'text-layer',
  mrz: null,
  certificate: null,
  labelledName: null,
  suggestion: null,
};
const passport: CaseReading = {
  categoryId: 'passport',
  file: 'passaporte.jpg',
  reading: {
    ...empty,
    textSource: 'ocr',
    mrz: {
      status: 'read',
      lines: ['P<BRADOS<SANTOS<<JOAO<PEDRO<<<<<<<<<<<<<<<<<', 'FZ73640192BRA8811053M3103223<<<<<<<<<<<<<<<8'],
      fields: joaoMrzFields(),
    },
  },
};
const financas: CaseReading = {
  categoryId: 'financas-no-debt',
  file: 'financas.pdf',
  reading: {
    ...empty,
    certificate: {
      kind: 'financas-certificate',
      issuedOn: '2026-11-02',
      statedValidity: { months: 3 },
      nif: '245678913',
      niss: null,
      name: 'João Pedro dos Santos',
    },
  },
};
const contract = (name: string): CaseReading => ({
  categoryId: 'employment-contract',
  file: 'contrato.pdf',
  reading: { ...empty, labelledName: name },
});

describe('consistencyInputOf: what the app read, as the consistency check takes it', () => {
  it('takes the MRZ from the passport card, every certificate, and the contract’s name', () => {
    const input = consistencyInputOf(
      [passport, financas, contract('Joana Pereira dos Santos')],
      { nif: '245678913' },
      '2026-12-01',
    );
    expect(input.mrz?.fullName).toBe('JOAO PEDRO DOS SANTOS');
    expect(input.certificates).toEqual([{ file: 'financas.pdf', reading: financas.reading.certificate }]);
    expect(input.otherNames).toEqual([
      {
        file: 'contrato.pdf',
        document: expect.objectContaining({ en: 'Employment contract or employer declaration' }),
        name: 'Joana Pereira dos Santos',
      },
    ]);
    const result = checkConsistency(input);
    expect(result.items.map((i) => [i.id, i.file])).toEqual([['name-mismatch', 'contrato.pdf']]);
    expect(result.columns).toMatchObject({ name: 'mismatch', nif: 'ok', passport: 'valid', certificates: 'fresh' });
  });

  it('ignores an MRZ on a file of another card and facts left empty', () => {
    const elsewhere = { ...passport, categoryId: 'income-proof' };
    const input = consistencyInputOf([elsewhere], { fullName: '', nif: undefined }, '2026-12-01');
    expect(input.mrz).toBeNull();
    expect(input.facts).toEqual({});
    expect(checkConsistency(input).items).toEqual([]);
  });

  it('a name spelt with accents, other case and order is the same name', () => {
    const result = checkConsistency(consistencyInputOf([passport, contract('Santos, João Pedro dos')], {}, '2026-12-01'));
    expect(result.items).toEqual([]);
    expect(result.columns.name).toBe('ok');
  });
});

describe('nationality from the passport code', () => {
  it('gives the Portuguese adjective for known codes and nothing for others', () => {
    expect(nationalityInPortuguese('BRA')).toBe('brasileira');
    expect(nationalityInPortuguese('NPL')).toBe('nepalesa');
    expect(nationalityInPortuguese('D')).toBeNull();
  });
});
