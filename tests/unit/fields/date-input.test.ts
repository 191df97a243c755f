import { describe, expect, it } from 'vitest';
import { checkDateParts, checkTime, dateProblemText, timeProblemText } from '../../../shared/case/date-input';
import { translate } from '../../../shared/i18n/translate';

const date = (day: string, month: string, year: string) => checkDateParts({ day, month, year });
const words = (locale: 'en' | 'pt') => (key: string, params?: Record<string, string | number>) => translate(locale, key, params);

describe('a date typed as day, month and year', () => {
  it('is a real date', () => {
    expect(date('31', '12', '2026')).toEqual({ ok: true, iso: '2026-12-31' });
    expect(date(' 1 ', '3', '2027')).toEqual({ ok: true, iso: '2027-03-01' });
    expect(date('29', '2', '2028')).toEqual({ ok: true, iso: '2028-02-29' });
  });

  it('names each kind of mistake', () => {
    expect(date('', '', '')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(date('', '12', '2026')).toEqual({ ok: false, problem: { kind: 'missing', parts: ['day'] } });
    expect(date('', '', '2026')).toEqual({ ok: false, problem: { kind: 'missing', parts: ['day', 'month'] } });
    expect(date('31', '2', '2027')).toEqual({ ok: false, problem: { kind: 'dayRange', year: 2027, month: 2, days: 28 } });
    expect(date('1', '13', '2026')).toEqual({ ok: false, problem: { kind: 'monthRange' } });
    expect(date('1', '1', '26')).toEqual({ ok: false, problem: { kind: 'yearDigits' } });
    expect(date('1', 'jan', '2026')).toEqual({ ok: false, problem: { kind: 'notNumbers' } });
  });
});

describe('the messages, in both languages', () => {
  const text = (locale: 'en' | 'pt', day: string, month: string, year: string) => {
    const check = date(day, month, year);
    if (check.ok) throw new Error('expected a problem');
    const t = words(locale);
    return dateProblemText(check.problem, t('ui.dateNames.permitExpiry'), t('situation.errors.permitExpiry'), t, locale);
  };

  it('differ for an empty day, 31 February and month 13', () => {
    expect(text('en', '', '12', '2026')).toBe('The expiry date of your residence permit must include a day');
    expect(text('en', '31', '2', '2027')).toBe(
      'The expiry date of your residence permit must be a real date: February 2027 has 28 days',
    );
    expect(text('en', '1', '13', '2026')).toBe(
      'The expiry date of your residence permit must be a real date: the month is a number from 1 to 12',
    );
    expect(text('pt', '', '', '2026')).toBe('A data de validade da sua autorização de residência tem de incluir o dia e o mês');
    expect(text('pt', '31', '2', '2027')).toBe(
      'A data de validade da sua autorização de residência tem de ser uma data válida: fevereiro de 2027 tem 28 dias',
    );
    expect(text('pt', '1', '13', '2026')).toBe(
      'A data de validade da sua autorização de residência tem de ser uma data válida: o mês é um número de 1 a 12',
    );
    expect(text('pt', '', '', '')).toBe(translate('pt', 'situation.errors.permitExpiry'));
  });
});

describe('a time typed as hours and minutes', () => {
  it('accepts the ways people write it', () => {
    expect(checkTime('14:30')).toEqual({ ok: true, hhmm: '14:30' });
    expect(checkTime('9h05')).toEqual({ ok: true, hhmm: '09:05' });
    expect(checkTime('23.59')).toEqual({ ok: true, hhmm: '23:59' });
  });

  it('tells "25:70" (not a real time) from nothing typed and from text', () => {
    expect(checkTime('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkTime('25:70')).toEqual({ ok: false, problem: 'notReal' });
    expect(checkTime('half past two')).toEqual({ ok: false, problem: 'format' });
    const t = words('en');
    expect(timeProblemText('notReal', t('afterSubmit.errors.time'), t)).toBe(
      'The time must be a real time: hours from 0 to 23 and minutes from 0 to 59',
    );
    expect(timeProblemText('notReal', '', words('pt'))).toBe('A hora tem de ser válida: horas de 0 a 23 e minutos de 0 a 59');
  });
});
