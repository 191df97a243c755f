import { describe, expect, it } from 'vitest';
import { certificateVerdict, isValidNif, isValidNiss, readCertificate } from '../../../shared/reading/certificate';
import { checkConsistency } from '../../../shared/reading/consistency';
import { mrzCheckDigit, readMrz } from '../../../shared/reading/mrz';
import { nameKey } from '../../../shared/reading/normalize';
import { suggestCategory } from '../../../shared/reading/sort-by-content';
import { joaoMrzFields } from './joao-passport';

const L1 = 'P<BRADOS<SANTOS<<JOAO<PEDRO<<<<<<<<<<<<<<<<<';
const L2 = 'FZ73640192BRA8811053M3103223<<<<<<<<<<<<<<<8';

describe('TD3 MRZ', () => {
  it('reads every field of a valid MRZ', () => {
    const r = readMrz(`${L1}\n${L2}`, '2026-12-01');
    expect(r).toMatchObject({
      status: 'read',
      fields: {
        surname: 'DOS SANTOS',
        givenNames: 'JOAO PEDRO',
        nationality: 'BRA',
        dateOfBirth: '1988-11-05',
        sex: 'M',
        passportNumber: 'FZ7364019',
        passportExpiry: '2031-03-22',
      },
    });
  });
  it('fixes only what the layout decides: digits in names, letters in dates, the filler tail', () => {
    const ocr = 'P<BRAD0S<SANT0S<<J0AO<PEDRO<<<<<<<<<<<<<<<<<<<<<L\nFZ73640192BRA881IO53M3103223<<<<<<<<<<<<<<<<<8';
    const r = readMrz(ocr, '2026-12-01');
    expect(r.status).toBe('read');
  });
  it('does not repair a line read one glyph too long by trying deletions until a check digit passes', () => {
    const npl = ['P<NPLGURUNG<<BIKASH<<<<<<<<<<<<<<<<<<<<<<<<<', '10938472<0NPL9006304M2701091<<<<<<<<<<<<<<<0'];
    expect(readMrz(npl.join('\n'), '2026-12-01').status).toBe('read');
    // "<00NPL…": one zero read twice. The cell reader (mrz-glyphs.ts) places glyphs on the 44 cells;
    // here the line is what it is: unreadable, for the person to type.
    const ocr = npl[1]!.slice(0, 9) + '0' + npl[1]!.slice(9);
    expect(readMrz(`${npl[0]}\n${ocr}`, '2026-12-01').status).toBe('unreadable');
  });
  it('reports a wrong check digit as unreadable and never guesses', () => {
    const wrong = L2.slice(0, 9) + '3' + L2.slice(10);
    const r = readMrz(`${L1}\n${wrong}`, '2026-12-01');
    expect(r).toMatchObject({ status: 'unreadable', reason: 'check-digit-failed' });
    if (r.status === 'unreadable') expect(r.failedFields).toContain('documentNumberCheckDigit');
  });
  it('computes ICAO check digits', () => {
    expect(mrzCheckDigit('L898902C3')).toBe('6');
    expect(mrzCheckDigit('740812')).toBe('2');
  });
  it('finds nothing in text without an MRZ', () => {
    expect(readMrz('CONTRATO DE TRABALHO', '2026-12-01')).toMatchObject({ status: 'unreadable', reason: 'no-mrz-found' });
  });
});

describe('certificates', () => {
  const financas =
    'AUTORIDADE TRIBUTÁRIA E ADUANEIRA\nCERTIDÃO\nSituação tributária regularizada\nNome: João Pedro dos Santos\nNIF: 245 678 913\nA presente certidão é válida por 3 meses.\nEmitida em 2026-11-02';
  it('reads kind, issue date, validity, NIF and name', () => {
    expect(readCertificate(financas)).toEqual({
      kind: 'financas-certificate',
      issuedOn: '2026-11-02',
      statedValidity: { months: 3 },
      nif: '245678913',
      niss: null,
      name: 'João Pedro dos Santos',
    });
  });
  it('reads a Social Security declaration dated in words', () => {
    const r = readCertificate(
      'SEGURANÇA SOCIAL\nDECLARAÇÃO DE SITUAÇÃO CONTRIBUTIVA\nNISS: 12045678909\nLisboa, 15 de setembro de 2026',
    );
    expect(r).toMatchObject({ kind: 'social-security-declaration', issuedOn: '2026-09-15', niss: '12045678909' });
  });
  it('rejects a NIF whose check digit does not fit', () => {
    expect(isValidNif('245678913')).toBe(true);
    expect(isValidNif('245678910')).toBe(false);
  });
  it('leaves out a NISS whose check digit does not fit (a misread digit is never compared)', () => {
    expect(isValidNiss('12045678909')).toBe(true);
    expect(isValidNiss('12045678901')).toBe(false);
    // A company's NISS starts with 2; 3… is no NISS.
    expect(isValidNiss('32045678909')).toBe(false);
    const misread = readCertificate(
      'SEGURANÇA SOCIAL\nDECLARAÇÃO DE SITUAÇÃO CONTRIBUTIVA\nNISS: 12045678901\nLisboa, 15 de setembro de 2026',
    );
    expect(misread).toMatchObject({ kind: 'social-security-declaration', issuedOn: '2026-09-15', niss: null });
  });
  it('gives the freshness verdict with the day it goes stale', () => {
    const r = readCertificate(financas)!;
    // Issued 2 November, "válida por 3 meses": through 2 February (Código Civil art. 279 c)).
    expect(certificateVerdict(r, '2027-02-02')).toMatchObject({ status: 'fresh', lastFreshDay: '2027-02-02' });
    expect(certificateVerdict(r, '2027-02-03')).toMatchObject({ status: 'stale', lastFreshDay: '2027-02-02' });
  });
  it('flags the junta de freguesia certificate as not accepted', () => {
    const r = readCertificate('JUNTA DE FREGUESIA DE ARROIOS\nATESTADO DE RESIDÊNCIA\nLisboa, 10 de novembro de 2026')!;
    expect(certificateVerdict(r, '2026-11-20')).toEqual({ status: 'not-accepted' });
  });
});

describe('sorting by content', () => {
  it('gives the category and the deciding words', () => {
    expect(suggestCategory('Padaria Estrela\nRECIBO DE VENCIMENTO\nSegurança Social (11%)', false)).toEqual({
      categoryId: 'income-proof',
      decidingWords: ['RECIBO DE VENCIMENTO'],
      via: 'words',
    });
    expect(suggestCategory('anything', true)?.categoryId).toBe('passport');
  });
  it('shows the deciding words as the document prints them, accents and all, while matching ignores them', () => {
    // A Finanças certificate's text layer: capitals, accents, a line break inside the phrase.
    const certidao = 'AUTORIDADE TRIBUTÁRIA E ADUANEIRA\nCertidão\nA situação Tributária\n  Regularizada do contribuinte';
    expect(suggestCategory(certidao, false)).toEqual({
      categoryId: 'financas-no-debt',
      decidingWords: ['situação Tributária Regularizada', 'AUTORIDADE TRIBUTÁRIA E ADUANEIRA'],
      via: 'words',
    });
    // OCR that lost the accents still matches, and is shown as it was read.
    expect(suggestCategory('Situacao tributaria regularizada', false)?.decidingWords).toEqual([
      'Situacao tributaria regularizada',
    ]);
    // Text already decomposed (letter + combining accent) keeps the accent on the last letter too.
    const decomposed = 'Declarac\u0327a\u0303o de situac\u0327a\u0303o contributiva';
    expect(suggestCategory(decomposed, false)?.decidingWords).toEqual([decomposed]);
  });
  it('suggests nothing when the words decide nothing', () => {
    expect(suggestCategory('Relatório anual de atividades', false)).toBeNull();
  });
});

describe('consistency check', () => {
  const mrz = joaoMrzFields();
  const cert = {
    kind: 'financas-certificate' as const,
    issuedOn: '2026-11-02',
    statedValidity: { months: 3 },
    nif: '245678913',
    niss: null,
    name: 'João Pedro dos Santos',
  };
  it('ignores accents, case and the order of names', () => {
    expect(nameKey('João Pedro DOS SANTOS')).toBe(nameKey('SANTOS, JOAO PEDRO DOS'));
    const r = checkConsistency({
      submitOn: '2026-12-01',
      facts: { fullName: 'Joao Pedro dos Santos', nif: '245678913' },
      mrz,
      certificates: [{ file: 'financas.pdf', reading: cert }],
    });
    expect(r.items).toEqual([]);
    expect(r.columns).toMatchObject({ name: 'ok', nif: 'ok', passport: 'valid', certificates: 'fresh' });
  });
  it('a passport/contract name mismatch is one clear item in both languages', () => {
    const r = checkConsistency({
      submitOn: '2026-12-01',
      facts: {},
      mrz,
      certificates: [],
      otherNames: [
        { file: 'contrato.pdf', document: { en: 'employment contract', pt: 'contrato de trabalho' }, name: 'João Pedro Santos' },
      ],
    });
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ id: 'name-mismatch', severity: 'blocker', file: 'contrato.pdf' });
    expect(r.items[0]!.text.en).toContain('employment contract');
    expect(r.items[0]!.text.pt).toContain('contrato de trabalho');
    expect(r.columns.name).toBe('mismatch');
  });
  it('a wrong NIF is one clear item in both languages', () => {
    const r = checkConsistency({
      submitOn: '2026-12-01',
      facts: { nif: '287430120' },
      mrz: null,
      certificates: [{ file: 'financas.pdf', reading: cert }],
    });
    expect(r.items.map((i) => i.id)).toEqual(['nif-mismatch']);
    expect(r.items[0]!.text.en).toContain('245678913');
    expect(r.items[0]!.text.pt).toContain('287430120');
  });
  it('a stale certificate blocks with the date it went stale; a passport near expiry warns', () => {
    const r = checkConsistency({
      submitOn: '2027-02-10',
      facts: {},
      mrz: { ...mrz, passportExpiry: '2027-05-01' },
      certificates: [{ file: 'financas.pdf', reading: cert }],
    });
    const stale = r.items.find((i) => i.id === 'certificate-stale')!;
    expect(stale.severity).toBe('blocker');
    expect(stale.text.en).toContain('2 February 2027');
    expect(stale.text.pt).toContain('2 de fevereiro de 2027');
    const soon = r.items.find((i) => i.id === 'passport-expires-soon')!;
    expect(soon.severity).toBe('warning');
    // No source sets a six-month margin: the warning says it is the app's advice, never AIMA's rule.
    expect(soon.text.en).toContain('the app’s advice, not AIMA’s rule');
    expect(soon.text.pt).toContain('conselho da aplicação e não uma regra da AIMA');
    expect(`${soon.text.en} ${soon.text.pt}`).not.toMatch(/enough remaining validity|validade suficiente/);
    expect(soon.provenance?.sources).toEqual(expect.arrayContaining(['rolloutMayJun2026']));
    expect(r.columns).toMatchObject({ certificates: 'stale', passport: 'expires-soon' });
  });
});
