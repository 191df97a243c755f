import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../../../shared/case/case-file';
import { nationalityWords } from '../../../shared/reading/nationality';
import { buildContactFormText } from '../../../shared/writing/contact-form';
import { buildEmailDraft } from '../../../shared/writing/email';
import { factValue } from '../../../shared/writing/facts';
import { buildLetter } from '../../../shared/writing/letter';
import { completeCase } from './writing-fixtures';

/**
 * Session 9's walk: Bikash typed "nepalesa" (as the field asks, in Portuguese) and the letter's English reading aid
 * said "I, Bikash Gurung, nationality nepalesa, …". The English text names the nationality in English; the letter
 * to AIMA keeps the Portuguese adjective agreeing with "nacionalidade", also when it was typed in another form.
 */
const withNationality = (nationality: string) => {
  const c = completeCase();
  return caseFileSchema.parse({ ...c, person: { ...c.person, nationality } });
};

describe('a nationality in the letter and in the forms', () => {
  it('knows the word in its Portuguese forms, in English and as the passport code', () => {
    for (const typed of ['nepalesa', 'Nepalês', 'nepales', ' Nepalese ', 'NPL'])
      expect(nationalityWords(typed)).toEqual({ pt: 'nepalesa', en: 'Nepalese' });
    expect(nationalityWords('brasileiro')).toEqual({ pt: 'brasileira', en: 'Brazilian' });
    // A word not in the list is kept as typed, with no English name made up.
    expect(nationalityWords('islandesa')).toEqual({ pt: 'islandesa', en: null });
  });

  it('the English reading aid never carries the Portuguese adjective; the letter keeps it', () => {
    for (const typed of ['nepalesa', 'Nepalese', 'nepalês']) {
      const letter = buildLetter(withNationality(typed), { date: '2026-12-01' });
      expect(letter.introduction[0]).toMatch(/^Eu, Nguyễn Văn An, de nacionalidade nepalesa, com data de nascimento/);
      expect(letter.readingAid.introduction[0]).toMatch(/^I, Nguyễn Văn An, a Nepalese national, born on 3 November 1988,/);
      expect(letter.readingAid.introduction[0]).not.toContain('nepalesa');
    }
    const unknown = buildLetter(withNationality('islandesa'), { date: '2026-12-01' });
    expect(unknown.introduction[0]).toContain('de nacionalidade islandesa,');
    expect(unknown.readingAid.introduction[0]).toContain('I, Nguyễn Văn An, nationality “islandesa” (as you typed it), born on');
  });

  it('a form’s nationality field holds the Portuguese word the letter uses', () => {
    expect(factValue(withNationality('Nepalese'), 'nationality')).toBe('nepalesa');
    expect(factValue(withNationality('islandesa'), 'nationality')).toBe('islandesa');
    const form = buildContactFormText(withNationality('Nepalese'), 'personal-data-change');
    expect(form.fields.find((f) => f.fact === 'nationality')?.value).toBe('nepalesa');
  });

  it('the email and the contact form say it in Portuguese, and in English in their reading aids; so the answer "no NISS"', () => {
    const email = buildEmailDraft(withNationality('nepalesa'), 'personal-data-change');
    expect(email.body).toContain('Nacionalidade: nepalesa');
    expect(email.readingAid).toContain('Nationality: Nepalese');
    expect(email.readingAid).not.toContain('nepalesa');
    const form = buildContactFormText(withNationality('islandesa'), 'personal-data-change');
    const [pt, en] = form.plainText.split('--- English reading aid');
    expect(pt).toContain('Nacionalidade: islandesa');
    expect(en).toContain('Nationality: “islandesa” (as you typed it)');
    const c = completeCase();
    const noNiss = caseFileSchema.parse({
      ...c,
      person: { ...c.person, niss: undefined },
      situation: { ...c.situation, hasNiss: false },
    });
    const niss = buildEmailDraft(noNiss, 'niss-blocked');
    expect(niss.body).toContain('NISS: Não tenho NISS (sem inscrição na Segurança Social)');
    expect(niss.readingAid).toContain('Social Security number (NISS): I have no NISS (not registered with Social Security)');
  });
});
