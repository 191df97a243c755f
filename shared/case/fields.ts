import { z } from 'zod';

/**
 * One zod schema per personal field, checked the way Portuguese services check
 * them, used by the details form, client.json and the CLI alike (so a NIF the
 * app refuses is refused by a batch too). Each schema trims and normalises
 * what a person types (spaces, lower case, "1200 195") before checking, and
 * every refusal carries a message key (`fields.<field>.<problem>`, translated
 * in shared/i18n/fields-*.ts) naming what is wrong, not just "invalid".
 *
 * Sources, checked 2026-12-01:
 * - NIF check digit: Autoridade Tributária's modulo-11 rule (weights 9…2 over
 *   the first 8 digits; remainder 0 or 1 gives 0, else 11 − remainder), as
 *   applied by the Portal das Finanças; e.g. EDP's NIF 500697256 and CTT's
 *   500077568 pass.
 * - NISS check digit: Portaria n.º 1483/2004 (weights 29, 23, 19, 17, 13, 11,
 *   7, 5, 3, 2 over the first 10 digits; check = 9 − sum mod 10); a person's
 *   NISS starts with 1, a company's with 2.
 * - Postal code: CTT's format NNNN-NNN (4 digits, hyphen, 3 digits).
 * - Phone: Portuguese numbers have 9 digits starting with 2 (fixed), 3 (nomadic)
 *   or 9 (mobile), optionally after +351/00351 (ANACOM's numbering plan);
 *   other countries in E.164 form, "+" and 8 to 15 digits.
 */

export const fieldMessageKeys = {
  nif: { format: 'fields.nif.format', checkDigit: 'fields.nif.checkDigit', prefix: 'fields.nif.prefix' },
  niss: { format: 'fields.niss.format', checkDigit: 'fields.niss.checkDigit', prefix: 'fields.niss.prefix' },
  postalCode: { format: 'fields.postalCode.format' },
  phone: { format: 'fields.phone.format', portuguese: 'fields.phone.portuguese' },
  passportNumber: { format: 'fields.passportNumber.format' },
} as const;

const digitsOnly = (value: string) => value.replace(/[\s.-]/g, '');

/** The NIF's check digit from its first 8 digits. */
export function nifCheckDigit(first8: string): number {
  const sum = [...first8].reduce((total, digit, i) => total + Number(digit) * (9 - i), 0);
  const remainder = sum % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

/** The NISS's check digit from its first 10 digits. */
export function nissCheckDigit(first10: string): number {
  const weights = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2];
  const sum = [...first10].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return 9 - (sum % 10);
}

/**
 * Leading digits the Finanças assign: 1–3 people, 45 non-resident people, 5 companies, 6 public bodies,
 * 7x and 9x other entities, 8 sole traders. A NIF starting with 0 or 4 (other than 45) is never issued.
 */
const NIF_PREFIX = /^(?:[1-3]|45|[5-9])/;

export const nifSchema = z
  .string()
  .transform(digitsOnly)
  .superRefine((value, ctx) => {
    if (!/^\d{9}$/.test(value)) ctx.addIssue({ code: 'custom', message: fieldMessageKeys.nif.format });
    else if (!NIF_PREFIX.test(value)) ctx.addIssue({ code: 'custom', message: fieldMessageKeys.nif.prefix });
    else if (nifCheckDigit(value.slice(0, 8)) !== Number(value[8]))
      ctx.addIssue({ code: 'custom', message: fieldMessageKeys.nif.checkDigit });
  });

export const nissSchema = z
  .string()
  .transform(digitsOnly)
  .superRefine((value, ctx) => {
    if (!/^\d{11}$/.test(value)) ctx.addIssue({ code: 'custom', message: fieldMessageKeys.niss.format });
    else if (!/^[12]/.test(value)) ctx.addIssue({ code: 'custom', message: fieldMessageKeys.niss.prefix });
    else if (nissCheckDigit(value.slice(0, 10)) !== Number(value[10]))
      ctx.addIssue({ code: 'custom', message: fieldMessageKeys.niss.checkDigit });
  });

/** A Portuguese postal code, "1200-195"; "1200 195" and "1200195" are accepted and written with the hyphen. */
export const portuguesePostalCodeSchema = z
  .string()
  .transform((value) => value.trim().replace(/^(\d{4})[\s–-]?(\d{3})$/, '$1-$2'))
  .refine((value) => /^\d{4}-\d{3}$/.test(value), { message: fieldMessageKeys.postalCode.format });

/** Whether an address's country is Portugal, as people write it. */
export function isPortugal(country: string | undefined): boolean {
  return country === undefined || /^(portugal|pt|prt)$/i.test(country.trim());
}

/**
 * A phone number: Portuguese ("912 345 678", "+351 912345678") written as "+351 912 345 678";
 * another country's with its "+" or "00" code, written as "+" and its digits.
 */
export const phoneSchema = z.string().transform((value, ctx) => {
  const compact = value
    .trim()
    .replace(/[\s().-]/g, '')
    .replace(/^00/, '+');
  const national = /^(?:\+351)?(\d{9})$/.exec(compact)?.[1];
  if (national !== undefined || compact.startsWith('+351')) {
    if (national === undefined || !/^[239]/.test(national)) {
      ctx.addIssue({ code: 'custom', message: fieldMessageKeys.phone.portuguese });
      return z.NEVER;
    }
    return `+351 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
  }
  if (!/^\+[1-9]\d{7,14}$/.test(compact)) {
    ctx.addIssue({ code: 'custom', message: fieldMessageKeys.phone.format });
    return z.NEVER;
  }
  return compact;
});

/**
 * A passport number as printed: letters and digits, trimmed, upper-cased, inner spaces removed
 * ("ab 123 456" → "AB123456"); ICAO passport numbers are alphanumeric, so punctuation is refused.
 */
export const passportNumberSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .refine((value) => /^[A-Z0-9]{5,20}$/.test(value), { message: fieldMessageKeys.passportNumber.format });
