import { describe, expect, it } from 'vitest';
import { afterColonEn, afterColonPt, labelled } from '../../../shared/i18n/after-colon';
import { problemSentence } from '../../../shared/batch/problem-text';
import { notReadInTimeItem } from '../../../shared/reading/not-read-in-time';
import { ducWindow } from '../../../shared/rules/duc';

/** Session 11's walk: "…carregar: A certidão". European Portuguese writes lower case after a colon. */
describe('a Portuguese sentence after a colon', () => {
  it('starts in lower case, unless a file name, an acronym or a proper noun opens it', () => {
    expect(afterColonPt('A certidão de situação tributária (Finanças) é válida.')).toBe(
      'a certidão de situação tributária (Finanças) é válida.',
    );
    expect(afterColonPt('O NIF na certidão é 245678913.')).toBe('o NIF na certidão é 245678913.');
    expect(afterColonPt('Não foi possível ler a data.')).toBe('não foi possível ler a data.');
    expect(afterColonPt('AIMA pede um passaporte válido.')).toBe('AIMA pede um passaporte válido.');
    expect(afterColonPt('Finanças emite a certidão.')).toBe('Finanças emite a certidão.');
    expect(afterColonPt('Atestado.pdf é um atestado da junta.')).toBe('Atestado.pdf é um atestado da junta.');
  });

  it('the DUC calendar reminder: "das fontes: um guia…", never "das fontes: Um guia…"', () => {
    const window = ducWindow({ generatedAt: { lisbonDate: '2026-11-20', lisbonTime: '10:15' }, route: 'portal-renovacoes' });
    const texts = window.reminders.map((r) => r.description.pt).filter((pt) => pt.includes('das fontes: '));
    expect(texts.length).toBeGreaterThan(0);
    for (const pt of texts) expect(pt).not.toMatch(/das fontes: [A-Z][a-zà-ú]/);
  });
});

/**
 * Session 15: the command line printed "file: Sentence", built in several places (a problem's file, a client.json
 * field, a file whose read timed out, a DUC reading's date, "Warning:"). One formatter, `labelled`, in both languages.
 */
describe('"label: sentence", one formatter', () => {
  it('English lowers the first word after a colon, unless an acronym, a file name or a proper noun opens it', () => {
    expect(afterColonEn('The NIF on the certificate is 245678913.')).toBe('the NIF on the certificate is 245678913.');
    expect(afterColonEn('This file could not be read.')).toBe('this file could not be read.');
    expect(afterColonEn('AIMA asks for a valid passport.')).toBe('AIMA asks for a valid passport.');
    expect(afterColonEn('NIF 123 is not valid.')).toBe('NIF 123 is not valid.');
    expect(afterColonEn('DUC generated.')).toBe('DUC generated.');
    expect(afterColonEn('AIMA’s address was not found.')).toBe('AIMA’s address was not found.');
    expect(afterColonEn('Finanças issues it.')).toBe('Finanças issues it.');
    expect(afterColonEn('I tried twice.')).toBe('I tried twice.');
    expect(afterColonEn('passport.pdf is protected.')).toBe('passport.pdf is protected.');
    expect(afterColonEn('Passport.pdf is protected.')).toBe('Passport.pdf is protected.');
    expect(afterColonEn('iPhone photos are converted.')).toBe('iPhone photos are converted.');
    // A name opens the sentence: kept, never "ana Costa’s" (only our own sentence words are lowered).
    expect(afterColonEn('Ana Costa’s passport expired.')).toBe('Ana Costa’s passport expired.');
    expect(afterColonEn('Contrato trabalho.pdf is protected.')).toBe('Contrato trabalho.pdf is protected.');
    expect(afterColonEn('Its folder, misc/, is not a document category.')).toBe('its folder, misc/, is not a document category.');
  });

  it('labelled joins a label and a sentence the same way in both languages', () => {
    expect(labelled('person.nif', 'This NIF is not valid.', 'en')).toBe('person.nif: this NIF is not valid.');
    expect(labelled('person.nif', 'O NIF não é válido.', 'pt')).toBe('person.nif: o NIF não é válido.');
    expect(labelled('titulo.pdf', 'AIMA pede um passaporte válido.', 'pt')).toBe('titulo.pdf: AIMA pede um passaporte válido.');
  });

  it('a problem of the batch and a file not read in time are said through it', () => {
    const problem = {
      code: 'FILE_UNSORTED',
      severity: 'warning' as const,
      messageKey: 'batch.problems.fileUnsorted',
      file: 'IMG_0042.jpg',
    };
    expect(problemSentence(problem, 'en')).toMatch(/^IMG_0042\.jpg: [a-z]/);
    expect(problemSentence(problem, 'pt')).toMatch(/^IMG_0042\.jpg: [a-z]/);
    const item = notReadInTimeItem('financas/certidao.pdf', 120);
    expect(item.text.en).toMatch(/^financas\/certidao\.pdf: this file could not be read/);
    expect(item.text.pt).toMatch(/^financas\/certidao\.pdf: não foi possível ler/);
  });
});
