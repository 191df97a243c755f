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
  /** A field of client.json or evidence.json that does not fit: what is wrong and what to write. */
  zod: {
    missing: 'is missing: add it',
    type: {
      string: 'must be text in double quotes, for example "Ana Sousa" (here it is {{written}})',
      date: 'must be a date in double quotes, year-month-day, for example "2026-12-31" (here it is {{written}})',
      boolean: 'must be true or false, without quotes (here it is {{written}})',
      number: 'must be a number, without quotes (here it is {{written}})',
      object: 'must be a group of fields in braces, { … } (here it is {{written}})',
      array: 'must be a list in square brackets, [ … ] (here it is {{written}})',
      other: 'has the wrong kind of value (here it is {{written}})',
    },
    kinds: {
      string: 'text',
      number: 'a number',
      boolean: 'true or false',
      object: 'a group of fields',
      array: 'a list',
      null: 'null',
      other: 'something else',
    },
    date: 'must be a real date, year-month-day, for example "2026-12-31"',
    datetime: 'must be a date and time with its offset from UTC, for example "2026-11-20T18:00:00+00:00"',
    time: 'must be a time, hours:minutes, for example "10:15"',
    email: 'must be an email address, for example "ana.sousa@example.com"',
    format: 'is not written in the expected form',
    oneOf: 'must be one of: {{values}}',
    ducGeneratedAt:
      'must be either { "instant": "2026-11-20T10:15:00+00:00" } or { "lisbonDate": "2026-11-20", "lisbonTime": "10:15" }',
    shape: 'does not have any of the accepted forms',
    empty: 'is empty: write the value, or leave the field out',
    tooShort: 'is too short: at least {{minimum}} characters',
    tooLong: 'is too long: at most {{maximum}} characters',
    tooSmall: 'must be at least {{minimum}}',
    tooBig: 'must be at most {{maximum}}',
    invalid: 'is not valid',
  },
  passportNumber: {
    format: 'Enter the passport number as printed: letters and digits only, 5 to 20 of them',
  },
} as const;
