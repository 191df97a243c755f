import { describe, expect, it } from 'vitest';
import { calendarDayOfIsoDate, daysPhraseEn, daysPhrasePt } from '../../../shared/writing/dates';
import { buildContactFormText } from '../../../shared/writing/contact-form';
import { completeCase } from './writing-fixtures';

/**
 * Dates listed in a letter or contact text are written as a person writes them: the month and the
 * year once ("nos dias 25 e 26 de outubro de 2026"), not after every day.
 */
const days = (...isoDates: string[]) => isoDates.map(calendarDayOfIsoDate);

describe('a list of days in words', () => {
  it.each([
    [['2026-10-25'], 'no dia 25 de outubro de 2026', 'on 25 October 2026'],
    [['2026-10-25', '2026-10-26'], 'nos dias 25 e 26 de outubro de 2026', 'on 25 and 26 October 2026'],
    [['2026-10-26', '2026-10-25', '2026-10-25'], 'nos dias 25 e 26 de outubro de 2026', 'on 25 and 26 October 2026'],
    [['2026-10-25', '2026-11-03'], 'a 25 de outubro e 3 de novembro de 2026', 'on 25 October and 3 November 2026'],
    [
      ['2026-10-25', '2026-10-26', '2026-11-03'],
      'a 25 e 26 de outubro e 3 de novembro de 2026',
      'on 25 and 26 October and 3 November 2026',
    ],
    [['2026-12-30', '2027-01-02'], 'a 30 de dezembro de 2026 e 2 de janeiro de 2027', 'on 30 December 2026 and 2 January 2027'],
    [['2026-10-01', '2026-10-02', '2026-10-03'], 'nos dias 1, 2 e 3 de outubro de 2026', 'on 1, 2 and 3 October 2026'],
    [[], '', ''],
  ])('%j → "%s" / "%s"', (isoDates, pt, en) => {
    expect(daysPhrasePt(days(...isoDates))).toBe(pt);
    expect(daysPhraseEn(days(...isoDates))).toBe(en);
  });

  it('the contact text of a portal error and of an unregistered payment use it, in both languages', () => {
    const c = completeCase();
    const entry = (id: string, at: string, kind: 'portal-error-screenshot' | 'payment-proof') => ({
      type: 'entry' as const,
      id,
      at,
      recordedAt: at,
      kind,
      note: '',
      files: [],
    });
    c.evidence.push(
      entry('a', '2026-10-25T10:00:00Z', 'portal-error-screenshot'),
      entry('b', '2026-10-26T10:00:00Z', 'portal-error-screenshot'),
      entry('c', '2026-11-03T10:00:00Z', 'portal-error-screenshot'),
    );
    const text = buildContactFormText(c, 'renewals-portal-error');
    expect(text.message.pt).toContain('Tentei a 25 e 26 de outubro e 3 de novembro de 2026, sempre sem sucesso.');
    expect(text.message.en).toContain('I tried on 25 and 26 October and 3 November 2026, each time without success.');
    expect(text.message.pt).not.toMatch(/de 2026 e \d+ de \w+ de 2026/);
  });
});
