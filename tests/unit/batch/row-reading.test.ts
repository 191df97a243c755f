import { problemSentence } from '../../../shared/batch/problem-text';
import { describe, expect, it } from 'vitest';
import { buildSummaryRow, readingProblems } from '../../../shared/batch/row';
import { agencyClient, agencyClientWithOtherNif, passportExpiringSoon, staleCertidao } from '../case/assessment-fixtures';

/** What reading a client's documents found, in its summary row: blockers are errors (never "ready"), warnings stay warnings. */
const base = agencyClient({ passport: { file: 'passport.jpg' } });
const stale = staleCertidao();

describe('reading in the batch row', () => {
  it('a file sorted by its content names its document, never the category id (walk of session 6)', () => {
    for (const [locale, name] of [
      ['en', 'Tax status certificate (Finanças)'],
      ['pt', 'Certidão de situação tributária regularizada (Finanças)'],
    ] as const) {
      const row = buildSummaryRow({
        ...base,
        locale,
        sortedByContent: [{ relPath: 'scan0003.pdf', categoryId: 'financas-no-debt', decidingWords: ['autoridade tributaria'] }],
      });
      const problem = row.problems.find((p) => p.code === 'FILE_SORTED_BY_CONTENT')!;
      expect(problem.params).toMatchObject({ category: 'financas-no-debt' });
      const sentence = problemSentence(problem, locale);
      expect(sentence).toContain(name);
      expect(sentence).not.toContain('financas-no-debt');
    }
  });

  it('a stale certidão keeps the client from ready; its sentence is the next action', () => {
    expect(buildSummaryRow(base).status).toBe('ready');
    const row = buildSummaryRow({ ...base, consistency: stale });
    expect(row.status).toBe('needs-attention');
    expect(row.consistency?.certificates).toBe('stale');
    expect(row.problems).toEqual([
      expect.objectContaining({ code: 'READING_CERTIFICATE_STALE', severity: 'error', file: 'financas.pdf' }),
    ]);
    expect(row.nextAction).toContain('was valid until 2 February 2027');
  });

  it('the category of a blocked file is never listed as ready (agency view, summary.csv, summary.html)', () => {
    const facts = agencyClient({ passport: { file: 'passport.jpg' }, 'financas-no-debt': { file: 'financas.pdf' } }, stale);
    const row = buildSummaryRow(facts);
    expect(row.categoriesReady).toEqual(['passport']);
    expect(row.categoriesNotReady).toEqual(['financas-no-debt']);
    // A warning (not a blocker) leaves its category as the preparation said.
    const soon = passportExpiringSoon();
    expect(buildSummaryRow({ ...facts, consistency: soon }).categoriesReady).toEqual(['passport', 'financas-no-debt']);
  });

  it('a passport expiring within six months is a warning: the client stays ready, in both languages', () => {
    const soon = passportExpiringSoon();
    const row = buildSummaryRow({ ...base, consistency: soon });
    expect(row.status).toBe('ready');
    expect(row.consistency?.passport).toBe('expires-soon');
    expect(problemSentence(readingProblems(soon)[0]!, 'pt')).toContain('O seu passaporte caduca a 1 de março de 2027');
  });

  it('a file name follows a document name with its own brackets without doubling them', () => {
    for (const locale of ['en', 'pt'] as const) {
      const text = problemSentence(readingProblems(stale)[0]!, locale);
      expect(text).toContain(locale === 'en' ? ', file financas.pdf, was issued' : ', ficheiro financas.pdf, foi emitida');
      expect(text).not.toMatch(/\) \(/);
    }
  });

  it('an agency client whose certidão holds another NIF: needs attention, the certidão not ready, said in both languages', () => {
    for (const [locale, said] of [
      ['en', 'the NIF on the Finanças tax status certificate is 245678913, not the NIF in your case (123456789).'],
      ['pt', 'o NIF na certidão de situação tributária (Finanças) é 245678913, e não o NIF do seu processo (123456789).'],
    ] as const) {
      const row = buildSummaryRow(agencyClientWithOtherNif(locale));
      expect(row.status).toBe('needs-attention');
      expect(row.categoriesReady).toEqual(['passport']);
      expect(row.categoriesNotReady).toEqual(['financas-no-debt']);
      expect(row.consistency?.nif).toBe('mismatch');
      const nif = row.problems.filter((p) => p.code === 'READING_NIF_MISMATCH');
      expect(nif).toHaveLength(1);
      expect(problemSentence(nif[0]!, locale)).toBe(
        `financas.pdf: ${said} ${locale === 'en' ? 'Get the certificate for your own NIF, or correct the number in the case.' : 'Obtenha a certidão com o seu NIF ou corrija o número no processo.'}`,
      );
    }
  });

  it('nothing read: no column value, no problem', () => {
    expect(buildSummaryRow(base).consistency).toBeNull();
    expect(readingProblems(null)).toEqual([]);
  });
});
