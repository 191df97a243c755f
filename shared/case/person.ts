import { z } from 'zod';
import { isPortugal, nifSchema, nissSchema, passportNumberSchema, phoneSchema, portuguesePostalCodeSchema } from './fields';

/**
 * Personal facts of the permit holder, as the contact form, the email and the
 * registered letter need them. Every field is optional: a case is filled in
 * over time, and the texts warn about what is missing instead of leaving
 * blanks. Permit facts (number, expiry, NISS yes/no) live in the situation
 * (`shared/rules/situation.ts`), not here.
 */
const trimmed = (max: number) => z.string().trim().min(1).max(max);

const addressShape = {
  /** Street, number, floor ("Rua da Prata, 10, 2.º Esq."). */
  street: trimmed(200),
  /** Portuguese postal codes are NNNN-NNN (checked for a Portuguese address); other countries differ. */
  postalCode: trimmed(20),
  /** Town or city ("Lisboa"). */
  locality: trimmed(100),
  country: trimmed(60).default('Portugal'),
};

/** An address as stored in a case.json: read as it was saved, so a case saved before the checks below still opens. */
export const storedPostalAddressSchema = z.object(addressShape);

/** An address as typed (details form, client.json, the API): a Portuguese one needs a NNNN-NNN postal code. */
export const postalAddressSchema = z.object(addressShape).transform((address, ctx) => {
  if (!isPortugal(address.country)) return address;
  const postalCode = portuguesePostalCodeSchema.safeParse(address.postalCode);
  if (!postalCode.success) {
    for (const issue of postalCode.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: ['postalCode'] });
    return z.NEVER;
  }
  return { ...address, postalCode: postalCode.data };
});
export type PostalAddress = z.infer<typeof storedPostalAddressSchema>;

const personShape = {
  fullName: trimmed(200).optional(),
  dateOfBirth: z.iso.date().optional(),
  /** As written on the passport, in Portuguese where the user knows it ("brasileira", "vietnamita"). */
  nationality: trimmed(80).optional(),
  /** With country code where possible (+351…). */
  phone: trimmed(40).optional(),
  email: z.email().max(200).optional(),
  /** Where the person lives now (the address AIMA should hold). */
  address: storedPostalAddressSchema.optional(),
  /** The address AIMA still holds (printed on the card), when the person has moved since. */
  addressOnRecord: storedPostalAddressSchema.optional(),
  /** The old email AIMA may still hold, when asking AIMA to replace it with `email`. */
  previousEmail: z.email().max(200).optional(),
  /** Portuguese tax number (NIF), 9 digits. */
  nif: z
    .string()
    .trim()
    .regex(/^\d{9}$/, 'nine digits')
    .optional(),
  /** Social Security number (NISS), 11 digits, when the person has one. */
  niss: z
    .string()
    .trim()
    .regex(/^\d{11}$/, 'eleven digits')
    .optional(),
  passportNumber: trimmed(40).optional(),
  /** AIMA process or request number, when one was given (e.g. after submitting a renewal). */
  aimaProcessNumber: trimmed(60).optional(),
};

/**
 * The person as stored in case.json. Lenient on purpose: a case saved before the checks of
 * `personFactsSchema` existed (a NIF with a wrong check digit, say) must still open; the details
 * form then shows the field's error when the person next saves.
 */
export const storedPersonFactsSchema = z.object(personShape);

/**
 * The person as typed or imported (details form, client.json, the case API): every field through the
 * one schema of shared/case/fields.ts that checks it as Portuguese services do, normalised.
 */
export const personFactsSchema = z.object({
  ...personShape,
  phone: phoneSchema.optional(),
  address: postalAddressSchema.optional(),
  addressOnRecord: postalAddressSchema.optional(),
  nif: nifSchema.optional(),
  niss: nissSchema.optional(),
  passportNumber: passportNumberSchema.optional(),
});
export type PersonFacts = z.infer<typeof storedPersonFactsSchema>;
export const personFactKeys = personFactsSchema.keyof().options;
export type PersonFactKey = (typeof personFactKeys)[number];

/** How each person fact is named, in Portuguese (the form's wording) and English. */
export const personFactLabels: Record<PersonFactKey, { pt: string; en: string }> = {
  fullName: { pt: 'Nome completo', en: 'Full name' },
  dateOfBirth: { pt: 'Data de nascimento', en: 'Date of birth' },
  nationality: { pt: 'Nacionalidade', en: 'Nationality' },
  phone: { pt: 'Telefone / telemóvel', en: 'Phone / mobile' },
  email: { pt: 'Endereço de e-mail ativo', en: 'Active email address' },
  address: { pt: 'Morada', en: 'Address' },
  addressOnRecord: { pt: 'Morada registada na AIMA', en: 'Address AIMA holds' },
  previousEmail: { pt: 'E-mail anterior', en: 'Previous email' },
  nif: { pt: 'NIF (número de identificação fiscal)', en: 'Tax number (NIF)' },
  niss: { pt: 'NISS (número de identificação da Segurança Social)', en: 'Social Security number (NISS)' },
  passportNumber: { pt: 'Número do passaporte', en: 'Passport number' },
  aimaProcessNumber: { pt: 'Número do processo AIMA', en: 'AIMA process number' },
};

/** One line per address part, as written on an envelope. */
export function addressLines(address: PostalAddress): string[] {
  return [address.street, `${address.postalCode} ${address.locality}`, address.country];
}
