import { describe, expect, it } from 'vitest';
import { parseClientFile } from '../../../shared/batch/client-file';
import {
  nifCheckDigit,
  nifSchema,
  nissCheckDigit,
  nissSchema,
  passportNumberSchema,
  phoneSchema,
  portuguesePostalCodeSchema,
} from '../../../shared/case/fields';
import { personFactsSchema, storedPersonFactsSchema } from '../../../shared/case/person';
import { situationDraftSchema } from '../../../shared/rules/situation';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : result.error!.issues[0]!.message;

describe('NIF', () => {
  // Public NIFs of Portuguese companies (printed on every invoice): EDP, CTT; 123456789 is the Finanças' own example.
  it.each(['500697256', '500077568', '123456789', '5000 7756 8'])('accepts %s', (nif) => {
    expect(nifSchema.safeParse(nif).success).toBe(true);
  });

  it('computes the check digit as the Finanças do (modulo 11, weights 9…2)', () => {
    expect(nifCheckDigit('50069725')).toBe(6);
    expect(nifCheckDigit('12345678')).toBe(9);
  });

  it('refuses 123456780 by its check digit', () => {
    expect(messageOf(nifSchema.safeParse('123456780'))).toBe('fields.nif.checkDigit');
    expect(messageOf(nifSchema.safeParse('500697257'))).toBe('fields.nif.checkDigit');
  });

  it('refuses wrong lengths, letters and prefixes no NIF has', () => {
    expect(messageOf(nifSchema.safeParse('12345678'))).toBe('fields.nif.format');
    expect(messageOf(nifSchema.safeParse('12AB'))).toBe('fields.nif.format');
    expect(messageOf(nifSchema.safeParse('012345678'))).toBe('fields.nif.prefix');
    expect(messageOf(nifSchema.safeParse('412345678'))).toBe('fields.nif.prefix');
  });

  it('keeps the digits only ("500 697 256" → "500697256")', () => {
    expect(nifSchema.parse(' 500 697 256 ')).toBe('500697256');
  });
});

describe('NISS', () => {
  // 12345678910 is the example of the validate-niss package's documentation; the others follow Portaria 1483/2004.
  it.each(['12345678910', '11111111110', '12345678902', '123 4567 8910'])('accepts %s', (niss) => {
    expect(nissSchema.safeParse(niss).success).toBe(true);
  });

  it('computes the check digit with weights 29, 23, …, 2', () => {
    expect(nissCheckDigit('1234567891')).toBe(0);
    expect(nissCheckDigit('1111111111')).toBe(0);
    expect(nissCheckDigit('1234567890')).toBe(2);
  });

  it('refuses a wrong check digit, a wrong length and a wrong first digit', () => {
    expect(messageOf(nissSchema.safeParse('12345678901'))).toBe('fields.niss.checkDigit');
    expect(messageOf(nissSchema.safeParse('1234567890'))).toBe('fields.niss.format');
    expect(messageOf(nissSchema.safeParse('32345678901'))).toBe('fields.niss.prefix');
  });
});

describe('postal code', () => {
  it('accepts NNNN-NNN and writes "1200 195" / "1200195" with the hyphen', () => {
    expect(portuguesePostalCodeSchema.parse('1100-148')).toBe('1100-148');
    expect(portuguesePostalCodeSchema.parse('1200 195')).toBe('1200-195');
    expect(portuguesePostalCodeSchema.parse('1200195')).toBe('1200-195');
  });

  it.each(['1200', '1200-19', 'ABCD-EFG', '12000-195'])('refuses %s', (code) => {
    expect(messageOf(portuguesePostalCodeSchema.safeParse(code))).toBe('fields.postalCode.format');
  });

  it('checks a Portuguese address but not a foreign one', () => {
    const address = { street: 'Rua da Prata, 10', postalCode: '1200', locality: 'Lisboa' };
    const refused = personFactsSchema.safeParse({ address });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ path: ['address', 'postalCode'], message: 'fields.postalCode.format' });
    expect(
      personFactsSchema.parse({ address: { ...address, country: 'Brasil', postalCode: '01310-100' } }).address?.postalCode,
    ).toBe('01310-100');
  });
});

describe('phone', () => {
  it('writes Portuguese numbers as +351 NNN NNN NNN', () => {
    expect(phoneSchema.parse('912345678')).toBe('+351 912 345 678');
    expect(phoneSchema.parse('+351 21 000 0000')).toBe('+351 210 000 000');
    expect(phoneSchema.parse('00351 912-345-678')).toBe('+351 912 345 678');
  });

  it('keeps international numbers in E.164 form', () => {
    expect(phoneSchema.parse('+48 600 100 200')).toBe('+48600100200');
    expect(phoneSchema.parse('0055 11 91234 5678')).toBe('+5511912345678');
  });

  it('refuses a Portuguese number of the wrong length or first digit, and text', () => {
    expect(messageOf(phoneSchema.safeParse('+351 12345'))).toBe('fields.phone.portuguese');
    expect(messageOf(phoneSchema.safeParse('512345678'))).toBe('fields.phone.portuguese');
    expect(messageOf(phoneSchema.safeParse('call me'))).toBe('fields.phone.format');
    expect(messageOf(phoneSchema.safeParse('12345'))).toBe('fields.phone.format');
  });
});

describe('passport and permit numbers', () => {
  it('are trimmed, upper-cased and without inner spaces', () => {
    expect(passportNumberSchema.parse(' ab 123 456 ')).toBe('AB123456');
    expect(situationDraftSchema.parse({ permitNumber: ' ar 99 88 ' }).permitNumber).toBe('AR9988');
  });

  it('refuses punctuation in a passport number', () => {
    expect(messageOf(passportNumberSchema.safeParse('N.º 123'))).toBe('fields.passportNumber.format');
  });
});

describe('one schema for the form, client.json and the API; a stored case still opens', () => {
  it('client.json with NIF 123456780 and postal code 1200 is refused with the reasons in words', () => {
    const parsed = parseClientFile(
      JSON.stringify({
        person: { nif: '123456780', address: { street: 'Rua da Prata, 10', postalCode: '1200', locality: 'Lisboa' } },
      }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual(
      expect.arrayContaining([
        { field: 'person.nif', message: 'fields.nif.checkDigit' },
        { field: 'person.address.postalCode', message: 'fields.postalCode.format' },
      ]),
    );
    expect(parsed.issues).toHaveLength(2);
  });

  it('a case.json saved before the checks keeps its values', () => {
    expect(storedPersonFactsSchema.parse({ nif: '123456780' }).nif).toBe('123456780');
  });
});

describe('the test fixtures', () => {
  // A fixture with a wrong check digit would let the texts' tests pass on a number the app refuses in a form.
  it('carry NIFs and NISSs with right check digits', async () => {
    const { completeCase, expectedValues } = await import('../case/writing-fixtures');
    const { spellingCases } = await import('../spelling/sources');
    const { VALID_CLIENT_JSON } = await import('../../client-json');
    const people = [completeCase().person, ...Object.values(spellingCases()).map((c) => c.person), VALID_CLIENT_JSON.person];
    const nifs = [...people.map((p) => p.nif), expectedValues.nif].filter((n): n is string => n !== undefined);
    const nisses = [...people.map((p) => ('niss' in p ? p.niss : undefined)), expectedValues.niss].filter(
      (n): n is string => n !== undefined,
    );
    expect(nifs.length).toBeGreaterThanOrEqual(4);
    expect(nisses.length).toBeGreaterThanOrEqual(3);
    for (const nif of nifs) expect(messageOf(nifSchema.safeParse(nif)), nif).toBeNull();
    for (const niss of nisses) expect(messageOf(nissSchema.safeParse(niss)), niss).toBeNull();
  });

  // The reading corpus (tests/corpus/reading): a certificate whose NISS fails its check digit would be read as
  // no NISS (shared/reading/certificate.ts), so the tests would compare nothing. Every number the generated
  // documents print (scripts/make-reading-corpus.ts) and every one the manifest expects must validate.
  it('the reading corpus prints and expects only NIFs, NIPCs and NISSs with right check digits', async () => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '..', '..', 'corpus', 'reading');
    const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')) as {
      expect: { nif?: string | null; niss?: string | null } | string;
    }[];
    const expected = manifest.flatMap((entry) => (typeof entry.expect === 'object' ? [entry.expect] : []));
    const source = await readFile(join(import.meta.dirname, '..', '..', '..', 'scripts', 'make-reading-corpus.ts'), 'utf8');
    const printed = (label: string, digits: number) =>
      [...source.matchAll(new RegExp(String.raw`\b${label}:? ((?:\d ?){${digits}})\b`, 'g'))].map((m) => m[1]!.replace(/ /g, ''));
    const nifs = [...expected.map((e) => e.nif), ...printed('(?:NIF|NIPC)', 9)].filter((n): n is string => !!n);
    const nisses = [...expected.map((e) => e.niss), ...printed('NISS', 11)].filter((n): n is string => !!n);
    expect(nifs.length).toBeGreaterThanOrEqual(8);
    expect(nisses.length).toBeGreaterThanOrEqual(4);
    for (const nif of nifs) expect(messageOf(nifSchema.safeParse(nif)), nif).toBeNull();
    for (const niss of nisses) expect(messageOf(nissSchema.safeParse(niss)), niss).toBeNull();
  });
});
