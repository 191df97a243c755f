import { describe, expect, it } from 'vitest';
import { buildContactFormText } from '../../../shared/writing/contact-form';
import { completeCase } from './writing-fixtures';

/**
 * What a person who moved is told to pick on AIMA's contact form, in both languages, as the research quotes it
 * (aima-facts §4: "Alteração de dados sem necessidade de agendamento" > "Comunicar/retificar Morada", two variants,
 * the "sem emissão" one reported removed). Before, the text named "Portal de Renovações" > "Comunicar/retificar
 * morada" as a verified pair, which no source quotes, and said nothing of the variants.
 */
describe('the contact-form option for a new address', () => {
  const form = buildContactFormText(completeCase(), 'address-change');

  it('names the tipo and subtipo the source quotes, the variant it reports as remaining', () => {
    expect(form.subject).toMatchObject({ label: 'Alteração de dados sem necessidade de agendamento', verified: true });
    expect(form.subtype).toMatchObject({ label: 'Comunicar/retificar Morada – com emissão de novo cartão', verified: true });
    expect(form.plainText).toContain('Tipo de assunto: Alteração de dados sem necessidade de agendamento\n');
    expect(form.plainText).toContain('Subtipo: Comunicar/retificar Morada – com emissão de novo cartão\n');
    expect(form.plainText).toContain('Subject type: Alteração de dados sem necessidade de agendamento\n');
  });

  it('the January 2026 route is the alternative, its option name said to be unconfirmed, in both languages', () => {
    expect(form.alternativeRoute?.subject.label).toBe('Portal de Renovações');
    expect(form.alternativeRoute?.subtype).toMatchObject({ label: null, verified: false });
    expect(form.plainText).toContain(
      'Alternativa: Portal de Renovações > [escolha: atualização da morada (indicação da AIMA de janeiro de 2026; o nome exato da opção não foi encontrado)]',
    );
    expect(form.plainText).toContain('Alternative: Portal de Renovações > [choose: Update the address');
    expect(form.plainText).not.toContain('Comunicar/retificar morada');
  });

  it('names the contradiction about the "Sem emissão de novo cartão" variant where it chooses, in both languages', () => {
    const note = form.notes.find((n) => n.en.includes('Sem emissão de novo cartão'))!;
    expect(note.en).toContain('September 2025');
    expect(note.en).toContain('November 2025');
    expect(note.pt).toContain('«Sem emissão de novo cartão»');
    expect(note.pt).toContain('setembro de 2025');
    expect(note.pt).toContain('novembro de 2025');
  });
});
