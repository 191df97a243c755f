import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryKeywords, categoryOfFolderName, sortByKeywords } from '../../../shared/batch/keywords';
import { categoryById } from '../../../shared/rules/categories';
import { parseClientFile } from '../../../shared/batch/client-file';

describe('keyword sorting of loose files', () => {
  it.each([
    ['Passaporte João.pdf', 'passport'],
    ['PASSPORT_scan.JPG', 'passport'],
    ['titulo-de-residencia-frente.heic', 'residence-permit'],
    ['Cartão de Residência.pdf', 'residence-permit'],
    ['certidao_financas_2026.pdf', 'financas-no-debt'],
    ['Segurança Social - declaração.pdf', 'social-security-no-debt'],
    ['seg-social.pdf', 'social-security-no-debt'],
    ['comprovativo de morada.pdf', 'proof-of-address'],
    // A Finanças-issued fiscal-domicile certificate is proof of address: the two-word keyword wins.
    ['financas domicilio fiscal.pdf', 'proof-of-address'],
    ['extrato bancario março.pdf', 'income-proof'],
    ['income-proof.pdf', 'income-proof'],
    ['Declaração IRS 2025.pdf', 'irs-declaration'],
    ['contrato de trabalho.pdf', 'employment-contract'],
    ['seguranca social certidao de nao inscricao.pdf', 'social-security-non-registration'],
    ['autorizacao consulta do registo criminal.pdf', 'criminal-record-authorisation'],
    ['registo criminal brasil.pdf', 'criminal-record-certificate'],
  ])('%s → %s', (name, id) => {
    const sorted = sortByKeywords(name);
    expect(sorted.kind).toBe('sorted');
    expect(sorted.kind === 'sorted' && sorted.categoryId).toBe(id);
  });

  it('leaves unknown names unsorted and equal matches ambiguous, never guessing', () => {
    expect(sortByKeywords('IMG_2041.jpg')).toEqual({ kind: 'unsorted' });
    // "passportable" is not the word "passport".
    expect(sortByKeywords('passportable.pdf')).toEqual({ kind: 'unsorted' });
    const both = sortByKeywords('passaporte e morada.pdf');
    expect(both.kind).toBe('ambiguous');
  });

  it('every keyword points at a category of the rules', () => {
    for (const entry of categoryKeywords) expect(categoryById(entry.categoryId), entry.categoryId).toBeDefined();
  });

  it('the README documents exactly this list', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    for (const entry of categoryKeywords) {
      expect(readme, entry.categoryId).toContain(`| \`${entry.categoryId}/\` | ${entry.keywords.join(', ')} |`);
    }
  });

  it('category folders by id or keyword', () => {
    expect(categoryOfFolderName('financas-no-debt')).toBe('financas-no-debt');
    expect(categoryOfFolderName('Income_Proof')).toBe('income-proof');
    expect(categoryOfFolderName('Passaporte')).toBe('passport');
    expect(categoryOfFolderName('misc')).toBeNull();
  });
});

describe('client.json', () => {
  it('names the exact field of each problem, unknown keys included', () => {
    const parsed = parseClientFile(JSON.stringify({ person: { nif: '12' }, situation: { permitExpiry: 'soon', colour: 'red' } }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => issue.field).sort()).toEqual([
      'person.nif',
      'situation.colour',
      'situation.permitExpiry',
    ]);
  });
  it('accepts a valid file and reports broken JSON', () => {
    expect(parseClientFile(JSON.stringify({ situation: { permitKind: 'temporary-work', hasNiss: true } })).ok).toBe(true);
    expect(parseClientFile('{ nope')).toMatchObject({ ok: false, issues: [{ field: '(file)' }] });
  });
});
