import { describe, expect, it } from 'vitest';
import { afterColonPt } from '../../../shared/i18n/after-colon';
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
