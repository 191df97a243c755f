import { categoryById } from '../rules/categories';
import type { ConsistencyInput } from './consistency';
import type { CertificateKind, CertificateReading } from './certificate';
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

/**
 * The certificate each certificate card holds. A file there whose reading found no certificate (a scan whose top
 * is blank, a photo OCR could not read) still gets its verdict: "the issue date could not be read", never nothing
 * (session 7: such a certificate was never dated, and its card and the pre-upload step said nothing about it).
 */
const CERTIFICATE_OF_CATEGORY: Partial<Record<string, CertificateKind>> = {
  'financas-no-debt': 'financas-certificate',
  'social-security-no-debt': 'social-security-declaration',
};

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
    certificates: readings.flatMap((r) => {
      if (r.reading.certificate) return [{ file: r.file, reading: r.reading.certificate }];
      const kind = CERTIFICATE_OF_CATEGORY[r.categoryId];
      return kind ? [{ file: r.file, reading: undated(kind) }] : [];
    }),
    otherNames: readings.flatMap((r) => {
      const category = categoryById(r.categoryId);
      if (!category || !(NAMED_CATEGORIES as readonly string[]).includes(r.categoryId) || !r.reading.labelledName) return [];
      return [{ file: r.file, document: category.name, name: r.reading.labelledName }];
    }),
  };
}

/** A certificate of this kind of which nothing could be read: its issue date is unknown. */
const undated = (kind: CertificateKind): CertificateReading => ({
  kind,
  issuedOn: null,
  statedValidity: null,
  nif: null,
  niss: null,
  name: null,
});
