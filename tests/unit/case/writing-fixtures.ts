import { caseFileSchema, type CaseFile } from '../../../shared/case/case-file';
import type { PersonFact } from '../../../shared/rules/contact-scenarios';

/** A case that holds every fact any contact scenario asks for. */
export function completeCase(): CaseFile {
  return caseFileSchema.parse({
    schemaVersion: 1,
    id: 'nguyen-van-an',
    title: 'Nguyễn Văn An',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    person: {
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1988-11-03',
      nationality: 'vietnamita',
      phone: '+351 913 000 111',
      email: 'an.nguyen@example.org',
      previousEmail: 'an.old@example.com',
      address: { street: 'Avenida Almirante Reis 100, 3.º Dto.', postalCode: '1150-022', locality: 'Lisboa' },
      addressOnRecord: { street: 'Rua do Ouro 5', postalCode: '1100-060', locality: 'Lisboa' },
      nif: '287654320',
      niss: '12345678902',
      passportNumber: 'N9876543',
    },
    situation: { permitKind: 'temporary-work', permitNumber: 'PT-AR-4455', permitExpiry: '2026-06-30', hasNiss: true },
    evidence: [
      {
        type: 'entry',
        id: 'duc-1',
        at: '2026-03-05T10:00:00Z',
        recordedAt: '2026-03-05T10:05:00Z',
        kind: 'duc-reference',
        note: '',
        reference: '712 345 678 901',
        files: [],
      },
    ],
  });
}

/** The exact text each fact must appear as in the generated texts. */
export const expectedValues: Record<PersonFact, string> = {
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '03/11/1988',
  nationality: 'vietnamita',
  phone: '+351 913 000 111',
  email: 'an.nguyen@example.org',
  permitNumber: 'PT-AR-4455',
  passportNumber: 'N9876543',
  nif: '287654320',
  niss: '12345678902',
  currentAddress: 'Rua do Ouro 5, 1100-060 Lisboa, Portugal',
  newAddress: 'Avenida Almirante Reis 100, 3.º Dto., 1150-022 Lisboa, Portugal',
  oldEmail: 'an.old@example.com',
  newEmail: 'an.nguyen@example.org',
  ducReference: '712 345 678 901',
};

/** Where the English reading aid says a value in English (the form's value is Portuguese words). */
export const expectedValuesEn: Partial<Record<PersonFact, string>> = { nationality: 'Vietnamese' };

/** The same case without one fact, removed where the case keeps it. */
export function withoutFact(caseFile: CaseFile, fact: PersonFact): CaseFile {
  const c = structuredClone(caseFile);
  const person = c.person as Record<string, unknown>;
  switch (fact) {
    case 'permitNumber':
      delete c.situation.permitNumber;
      break;
    case 'currentAddress':
      delete person.addressOnRecord;
      c.situation.addressChangedSinceLastCard = true;
      break;
    case 'newAddress':
      delete person.address;
      break;
    case 'oldEmail':
      delete person.previousEmail;
      break;
    case 'newEmail':
      delete person.email;
      break;
    case 'ducReference':
      c.evidence = [];
      break;
    case 'niss':
      delete person.niss;
      delete c.situation.hasNiss;
      break;
    default:
      delete person[fact];
  }
  return c;
}
