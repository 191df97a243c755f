import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryKeywords, categoryOfFolderName, sortByKeywords } from '../../../shared/batch/keywords';
import { categories, categoryById } from '../../../shared/rules/categories';
import { problemSentence } from '../../../shared/batch/problem-text';
import { unsortedProblems } from '../../../shared/batch/row';
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

  // Walk s15: an agency named a folder as the app names the category ("means-of-subsistence", from "Proof of means
  // of subsistence"): its statement was "not a document category" and the category was listed as missing.
  it("knows a folder named after a category's own name, in English or Portuguese", () => {
    for (const category of categories) {
      expect(categoryOfFolderName(category.name.en)).toBe(category.id);
      expect(categoryOfFolderName(category.name.pt)).toBe(category.id);
    }
    expect(categoryOfFolderName('means-of-subsistence')).toBe('income-proof');
  });

  // Walk s15: "means-of-subsistence/extrato.pdf: The folder is not a document category." named neither the folder
  // nor what to do.
  it('a file in a folder of no category names that folder and what to do with it', () => {
    const [problem] = unsortedProblems([{ relPath: 'misc/scans/extrato.pdf', reason: 'unknown-folder' }]);
    expect(problemSentence(problem!, 'en')).toBe(
      'misc/scans/extrato.pdf: its folder, misc/, is not a document category: name the folder after one (such as proof-of-address/ or income-proof/) or move the file into a category folder.',
    );
    expect(problemSentence(problem!, 'pt')).toBe(
      'misc/scans/extrato.pdf: a pasta onde está, misc/, não é uma categoria de documento: dê à pasta o nome de uma categoria (como proof-of-address/ ou income-proof/) ou mova o ficheiro para uma pasta de categoria.',
    );
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
