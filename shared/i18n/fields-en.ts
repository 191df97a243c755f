/**
 * Messages of the field checks in shared/case/fields.ts (NIF, NISS, postal code, phone, passport),
 * shown by the details form, the client.json validation and the CLI. Each says what is wrong and
 * where to find the right value. Portuguese in fields-pt.ts with exactly these keys.
 */
export const fieldsEn = {
  nif: {
    format: 'Enter the NIF as 9 digits',
    prefix: 'This is not a NIF: no NIF starts with 0, or with 4 other than 45. Check it on a letter from the Finanças.',
    checkDigit:
      'This NIF is not valid: its last digit (the check digit) does not match the other 8. Check it on your NIF card or a letter from the Finanças.',
  },
  niss: {
    format: 'Enter the NISS as 11 digits',
    prefix: 'This is not a NISS: a NISS starts with 1 (or 2 for a company). Check it on a letter from Social Security.',
    checkDigit:
      'This NISS is not valid: its last digit (the check digit) does not match the other 10. Check it on a letter from Social Security or in Segurança Social Direta.',
  },
  postalCode: {
    format: 'Enter a Portuguese postal code as 4 digits, a hyphen and 3 digits, for example 1100-148',
  },
  phone: {
    format: 'Enter the phone number with its country code, for example +351 912 345 678',
    portuguese: 'A Portuguese phone number has 9 digits and starts with 2, 3 or 9, for example 912 345 678',
  },
  /** client.json as a whole; each follows "client.json" in a sentence. */
  clientJson: {
    notJson: 'is not valid JSON: check the commas, quotes and braces',
    unreadable: 'cannot be read: check that it is a text file you can open',
  },
  unknownField: 'unknown field: check how it is spelt',
  passportNumber: {
    format: 'Enter the passport number as printed: letters and digits only, 5 to 20 of them',
  },
} as const;
