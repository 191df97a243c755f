import { categoryById } from '../rules/categories';
import type { ConsistencyInput } from './consistency';
import type { DocumentReading } from './document-reading';

/**
 * What the app read from a case's files, turned into the consistency check's input:
 * the passport's MRZ (from the passport card), every certificate read (whichever card
 * holds it), and the name an employment contract labels. Pure, so the app, the batch and
 * tests build the same input; the check itself is `checkConsistency`.
 */
export interface CaseReading {
  categoryId: string;
  /** The name the person knows the file by (what a pre-upload item names). */
  file: string;
  reading: DocumentReading;
}

export interface CaseFacts {
  fullName?: string | undefined;
  dateOfBirth?: string | undefined;
  nif?: string | undefined;
  niss?: string | undefined;
  passportExpiry?: string | undefined;
}

/**
 * The categories whose files say something the consistency check compares (the MRZ, a
 * certificate, a labelled name): only these are read in the background; reading a bank
 * statement's scans would cost OCR time for nothing.
 */
export const CONSISTENCY_CATEGORIES: readonly string[] = [
  'passport',
  'financas-no-debt',
  'social-security-no-debt',
  'proof-of-address',
  'employment-contract',
];

/** Documents whose labelled name is compared with the passport's. */
const NAMED_CATEGORIES = ['employment-contract'] as const;

export function consistencyInputOf(
  readings: readonly CaseReading[],
  facts: CaseFacts,
  submitOn: string,
  judgedOn: ConsistencyInput['judgedOn'] = 'planned-submission',
): ConsistencyInput {
  const passport = readings.find((r) => r.categoryId === 'passport' && r.reading.mrz?.status === 'read');
  const mrz = passport?.reading.mrz?.status === 'read' ? passport.reading.mrz.fields : null;
  const defined = Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined && value !== ''));
  return {
    submitOn,
    judgedOn,
    facts: defined,
    mrz,
    certificates: readings.flatMap((r) => (r.reading.certificate ? [{ file: r.file, reading: r.reading.certificate }] : [])),
    otherNames: readings.flatMap((r) => {
      const category = categoryById(r.categoryId);
      if (!category || !(NAMED_CATEGORIES as readonly string[]).includes(r.categoryId) || !r.reading.labelledName) return [];
      return [{ file: r.file, document: category.name, name: r.reading.labelledName }];
    }),
  };
}
