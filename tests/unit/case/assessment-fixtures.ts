import type { CategoryReport, PrepareReport } from '../../../shared/engine/report';
import type { Reason, ValidationResult } from '../../../shared/engine/validation';
import { requiredCategoriesOf, type CaseState, type GivenFile } from '../../../shared/case/assessment';
import type { PreparedOutcome, RowFacts } from '../../../shared/batch/row';
import type { CertificateReading } from '../../../shared/reading/certificate';
import { checkConsistency, type ConsistencyInput, type ConsistencyResult } from '../../../shared/reading/consistency';
import type { CategoryId } from '../../../shared/rules/categories';
import type { SituationDraft } from '../../../shared/rules/situation';

/** How a prepared category came out, for building reports the engine would write. */
export type Outcome = 'ready' | 'over-limit' | 'blurred' | 'not-ready';

const LIMIT = 5 * 1024 * 1024;
const HASH = (n: number) => n.toString(16).padStart(64, '0');

function validation(outcome: Outcome, bytes: number): ValidationResult {
  const reasons: Reason[] =
    outcome === 'over-limit'
      ? [
          {
            code: 'OVER_LIMIT',
            severity: 'blocker',
            messageKey: 'validation.reasons.overLimit',
            actionKey: 'validation.actions.splitCategory',
            params: { sizeMb: 1.24, limitMb: 1 },
          },
        ]
      : outcome === 'blurred'
        ? [
            {
              code: 'BLURRY',
              severity: 'warning',
              messageKey: 'validation.reasons.blurry',
              actionKey: 'validation.actions.rescanSharper',
              page: 1,
            },
          ]
        : outcome === 'not-ready'
          ? [
              {
                code: 'BLANK_PAGE',
                severity: 'blocker',
                messageKey: 'validation.reasons.blank',
                actionKey: 'validation.actions.rescan',
                page: 1,
              },
            ]
          : [];
  return {
    parsers: { pdfLib: { ok: true }, pdfjs: { ok: true } },
    encrypted: false,
    bytes,
    limitBytes: LIMIT,
    underLimit: bytes <= LIMIT,
    pageCount: 1,
    pages: [],
    thresholds: { blurScore: 0.01, minDpi: 100, blankInk: 0.002 },
    verdict: outcome === 'ready' ? 'ready' : outcome === 'blurred' ? 'ready-with-warnings' : 'not-ready',
    reasons,
  };
}

/** The files given for a category: one file named after it. */
export function givenFor(categoryId: string): GivenFile[] {
  return [{ name: `${categoryId}.jpg` }];
}

/** A report as the engine writes it for these categories and outcomes. */
export function reportFor(outcomes: Record<string, Outcome>, createdAt = '2026-11-20T10:00:00.000Z'): PrepareReport {
  const categories: CategoryReport[] = Object.entries(outcomes).map(([categoryId, outcome], n) => {
    const bytes = outcome === 'over-limit' ? LIMIT + 1_000_000 : 400_000;
    return {
      categoryId: categoryId as CategoryReport['categoryId'],
      status: 'ready',
      inputs: [
        {
          index: 0,
          file: `${categoryId}.jpg`,
          bytes: 900_000,
          sha256: HASH(n + 1),
          kind: 'jpeg' as CategoryReport['inputs'][number]['kind'],
          status: 'ok',
          pages: 1,
          protection: null,
          decrypted: null,
          repaired: false,
          converted: null,
          warnings: [],
          error: null,
        },
      ],
      output: {
        fileName: `${categoryId}.pdf` as NonNullable<CategoryReport['output']>['fileName'],
        pages: 1,
        bytesBeforeCompression: bytes,
        bytes,
        sha256: HASH(100 + n),
        merged: false,
        validation: validation(outcome, bytes),
      },
      error: null,
    };
  });
  return {
    schemaVersion: 1,
    createdAt,
    limitBytes: LIMIT,
    categories,
    missing: [],
    files: categories.map((c) => c.output!.fileName),
  };
}

/**
 * The people the reading tests are about, built in one place (the assessment, the card, the report and the agency
 * row are checked on the same cases): a person alone, renewing a temporary work permit, with these documents; an
 * agency client whose certidão holds another NIF.
 */
export const WORKER: SituationDraft = {
  permitKind: 'temporary-work',
  permitNumber: 'A1234567',
  permitExpiry: '2027-03-01',
  passportExpiry: '2030-01-01',
  hasNiss: true,
  inPortugal: true,
  emailWithAimaCurrent: true,
  addressChangedSinceLastCard: false,
  biometricsOnFile: true,
};

/** The day the assessment is made in these tests: 1 December 2026, 11:00 Lisbon. */
export const DEC_1_NOON = '2026-12-01T11:00:00Z';

/**
 * A person alone with these documents: 'none' given, or 'every-required-ready' (each required category given,
 * prepared and ready, the pre-upload list ticked), with what reading found.
 */
export function personAlone(
  documents: 'none' | 'every-required-ready',
  consistency: CaseState['consistency'],
  situation: SituationDraft = WORKER,
): CaseState {
  const required = documents === 'none' ? [] : requiredCategoriesOf(situation, DEC_1_NOON.slice(0, 10))!;
  return {
    situation,
    situationConfirmed: true,
    documents: Object.fromEntries(required.map((id) => [id, givenFor(id)])),
    report: documents === 'none' ? null : reportFor(Object.fromEntries(required.map((id) => [id, 'ready' as Outcome]))),
    preUpload: { ticked: documents === 'none' ? 0 : 10, total: 10 },
    duc: null,
    evidence: [],
    consistency,
  };
}

type CertificateFields = Partial<CertificateReading> & Pick<CertificateReading, 'issuedOn'>;

/** A Finanças certidão as reading finds it (kind, issue date; no stated validity, NIF, NISS or name unless given). */
export function certidao(file: string, fields: CertificateFields): { file: string; reading: CertificateReading } {
  return {
    file,
    reading: { kind: 'financas-certificate', statedValidity: null, nif: null, niss: null, name: null, ...fields },
  };
}

/** The consistency check of a case holding only these certificates (and these facts), judged on `submitOn`. */
export function certificatesChecked(
  submitOn: string,
  certificates: ReturnType<typeof certidao>[],
  facts: ConsistencyInput['facts'] = {},
  judgedOn: ConsistencyInput['judgedOn'] = 'planned-submission',
): ConsistencyResult {
  return checkConsistency({ submitOn, judgedOn, facts, mrz: null, certificates });
}

/** A certidão issued on 2 November 2026 holding NIF 245678913, where the case says 123456789. */
export const wrongNif = (file = 'financas.pdf', submitOn = '2026-12-01') =>
  certificatesChecked(submitOn, [certidao(file, { issuedOn: '2026-11-02', nif: '245678913' })], { nif: '123456789' });

/** The same certidão judged on 10 February 2027: stale since 2 February (three months, the rule's default). */
export const staleCertidao = (file = 'financas.pdf') =>
  certificatesChecked('2027-02-10', [certidao(file, { issuedOn: '2026-11-02' })]);

/**
 * An agency client's summary-row facts: each category given one file (`<category>/<category>.pdf` unless named),
 * prepared as `status`, with what reading found. The client of the walks: "santos".
 */
export function agencyClient(
  categories: Partial<Record<CategoryId, { status?: PreparedOutcome['categories'][number]['status']; file?: string }>>,
  consistency: ConsistencyResult | null = null,
  locale: RowFacts['locale'] = 'en',
): RowFacts {
  const ids = Object.keys(categories) as CategoryId[];
  return {
    client: 'santos',
    locale,
    defaultExpected: ids,
    categoriesWithInputs: ids,
    inputFiles: ids.map((categoryId) => ({
      relPath: categories[categoryId]?.file ?? `${categoryId}/${categoryId}.pdf`,
      categoryId,
    })),
    unsorted: [],
    clientFile: null,
    passwordsProblem: null,
    outcome: {
      categories: ids.map((categoryId) => ({ categoryId, status: categories[categoryId]?.status ?? 'ready', outputBytes: 10 })),
      problems: [],
    },
    failure: null,
    inputBytes: 10 * ids.length,
    outputFolder: 'santos',
    millis: 1,
    advice: null,
    consistency,
  };
}

/** An agency client whose certidão holds another NIF (wrongNif), its passport ready. */
export const agencyClientWithOtherNif = (locale: RowFacts['locale'] = 'en') =>
  agencyClient(
    { passport: { file: 'passport.jpg' }, 'financas-no-debt': { file: 'financas.pdf' } },
    wrongNif('financas.pdf'),
    locale,
  );

/** A case whose passport expires on 1 March 2027, judged on 1 December 2026: a warning (under six months), no blocker. */
export const passportExpiringSoon = () => certificatesChecked('2026-12-01', [], { passportExpiry: '2027-03-01' });
