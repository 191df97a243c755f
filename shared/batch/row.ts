import { z } from 'zod';
import type { Locale } from '../i18n';
import { categoryById, categoryIdSchema, type CategoryId } from '../rules/categories';
import { CLIENT_JSON_WHOLE_FILE, fieldIssueText, type ClientFile, type ClientFileParse } from './client-file';
import type { ConsistencyResult } from '../reading/consistency';
import type { EvidenceEntry } from '../case/evidence';
import { clientProblemSchema, type ClientProblem, type ClientStatus, type SummaryRow } from './summary';
import { translate } from '../i18n/translate';

/**
 * Turns what a batch learnt about one client into its summary row: status,
 * categories ready / with warnings / missing / failed, problems, and the next
 * action in words. Pure, so the CLI, the app and tests build rows the same way.
 */
/** What preparing the documents produced; kept in the completion marker so a skipped client's row can be rebuilt with today's rules. */
export const preparedOutcomeSchema = z.object({
  categories: z.array(
    z.object({
      categoryId: categoryIdSchema,
      status: z.enum(['ready', 'warning', 'not-ready', 'failed']),
      outputBytes: z.number().int().nonnegative(),
    }),
  ),
  problems: z.array(clientProblemSchema),
});
export type PreparedOutcome = z.infer<typeof preparedOutcomeSchema>;

/**
 * The documents almost every renewal needs, used when the permit kind is not
 * known (no or invalid client.json): a client is never called "ready" without them.
 */
export const COMMON_RENEWAL_CATEGORIES: readonly CategoryId[] = [
  'passport',
  'residence-permit',
  'financas-no-debt',
  'social-security-no-debt',
  'proof-of-address',
  'income-proof',
];

/** What the rules can say about a client whose client.json is valid. */
export interface ClientAdvice {
  route: string | null;
  /** A route-specific next step once the documents are ready ("Apply on the Portal das Renovações from …"). */
  nextStepWhenReady: string | null;
  duc: { payableFrom: string; lastDayToPay: string } | null;
  /** Categories this client's permit kind needs; null = the full list. */
  expectedCategories: CategoryId[] | null;
  /** The deadline to watch (an unpaid DUC first) and its state, from the case assessment. */
  nextDeadline: SummaryRow['nextDeadline'];
  /** The assessment's next action when it comes before the documents (an unpaid or overdue DUC, a lapse). */
  urgentAction: string | null;
}
/**
 * The rules' view of one client. `evidence` is the active entries of the client's evidence log
 * (evidence.json beside client.json), so a payment recorded there counts as it does for `aima-prep duc`.
 */
export type ClientAdvisor = (clientFile: ClientFile, locale: Locale, evidence?: readonly EvidenceEntry[]) => ClientAdvice;

/**
 * An entry of a client folder that is not read, and why: a hidden file or folder (its name starts with a
 * dot, or "~$" for an office program's lock file), or a symbolic link (never followed: one pointing outside
 * the client folder could pull in another client's or the system's files; one inside duplicates a file).
 */
export interface SkippedEntry {
  relPath: string;
  reason: 'hidden' | 'link-outside' | 'link-inside';
}

export interface RowFacts {
  client: string;
  locale: Locale;
  /** Categories a client is expected to have when the rules cannot narrow it. */
  defaultExpected: readonly CategoryId[];
  categoriesWithInputs: CategoryId[];
  /** Each input file's category, so a reading blocker about a file (a stale certificate) blocks its category. */
  inputFiles?: { relPath: string; categoryId: CategoryId }[];
  unsorted: { relPath: string; reason: 'no-keyword' | 'ambiguous' | 'unknown-folder'; candidates?: CategoryId[] }[];
  /** Loose files whose name decided nothing, sorted by what they say (electron/batch/content-sort.ts). */
  sortedByContent?: { relPath: string; categoryId: CategoryId; decidingWords: string[] }[];
  /** Entries not read (hidden files, links), each reported so nothing is left out without a word. */
  skipped?: SkippedEntry[];
  clientFile: ClientFileParse | null;
  passwordsProblem: ClientProblem | null;
  /** An evidence.json that could not be read: its payment is unknown, so the client is not "ready". */
  evidenceProblem?: ClientProblem | null;
  /** null when the client could not be prepared at all. */
  outcome: PreparedOutcome | null;
  /**
   * Why the client could not be prepared (when outcome is null): a reason shown inside the generic
   * "could not be prepared" problem, or a problem of its own (a client stopped at its time or memory budget).
   */
  failure: string | ClientProblem | null;
  inputBytes: number;
  outputFolder: string;
  millis: number;
  /** The rules' advice, when client.json is valid (see `adviceFor`). */
  advice: ClientAdvice | null;
  /** What reading the documents found (electron/batch/client-reading.ts); its blockers are errors. */
  consistency?: ConsistencyResult | null;
}

/** The rules' advice for a client, or null without a valid client.json. */
export function adviceFor(
  clientFile: ClientFileParse | null,
  advisor: ClientAdvisor | undefined,
  locale: Locale,
  evidence: readonly EvidenceEntry[] = [],
): ClientAdvice | null {
  return clientFile?.ok && advisor ? advisor(clientFile.clientFile, locale, evidence) : null;
}

function categoryName(id: CategoryId, locale: Locale): string {
  return categoryById(id)?.name[locale] ?? id;
}

/** An invalid client.json as problems, one per field. */
export function clientFileProblems(parse: ClientFileParse | null, locale: Locale = 'en'): ClientProblem[] {
  if (!parse || parse.ok) return [];
  return parse.issues.map((issue) => ({
    code: 'CLIENT_JSON_INVALID',
    severity: 'error',
    // The whole file ("client.json is not valid JSON …") or one field of it.
    messageKey: issue.field === CLIENT_JSON_WHOLE_FILE ? 'batch.problems.clientJsonFile' : 'batch.problems.clientJsonInvalid',
    // A field check's message is a key of shared/i18n/fields-*.ts (the NIF's check digit, …): in words here.
    params: { field: issue.field, message: fieldIssueText(issue.message, locale, issue.params) },
    file: 'client.json',
    field: issue.field,
  }));
}

/** A file that fits no category was not prepared: it may be the missing document, so it is an error. */
export function unsortedProblems(unsorted: RowFacts['unsorted']): ClientProblem[] {
  return unsorted.map((file): ClientProblem => {
    const base = { severity: 'error' as const, file: file.relPath };
    if (file.reason === 'ambiguous')
      return {
        ...base,
        code: 'FILE_AMBIGUOUS',
        messageKey: 'batch.problems.fileAmbiguous',
        params: { categories: (file.candidates ?? []).join(', ') },
      };
    if (file.reason === 'unknown-folder') return { ...base, code: 'FOLDER_UNKNOWN', messageKey: 'batch.problems.folderUnknown' };
    return { ...base, code: 'FILE_UNSORTED', messageKey: 'batch.problems.fileUnsorted' };
  });
}

const SKIPPED_CODES: Record<SkippedEntry['reason'], { code: string; messageKey: string }> = {
  hidden: { code: 'FILE_SKIPPED_HIDDEN', messageKey: 'batch.problems.fileSkippedHidden' },
  'link-outside': { code: 'FILE_SKIPPED_LINK_OUTSIDE', messageKey: 'batch.problems.fileSkippedLinkOutside' },
  'link-inside': { code: 'FILE_SKIPPED_LINK', messageKey: 'batch.problems.fileSkippedLink' },
};

/** One warning per skipped entry: the person sees what was not read and why. */
export function skippedProblems(skipped: readonly SkippedEntry[] = []): ClientProblem[] {
  return skipped.map((entry) => ({ severity: 'warning', file: entry.relPath, ...SKIPPED_CODES[entry.reason] }));
}

const UNSORTED_CODES = new Set(['FILE_UNSORTED', 'FILE_AMBIGUOUS', 'FOLDER_UNKNOWN']);

export function buildSummaryRow(facts: RowFacts): SummaryRow {
  const advice = facts.advice;
  const expected = advice?.expectedCategories ?? facts.defaultExpected;
  const prepared = facts.outcome?.categories ?? [];
  // A category the consistency check blocks (a stale certificate, someone else's NIF) is not ready, whatever the
  // preparation said of its PDF: listed under "not ready" in the row, summary.csv and summary.html alike.
  const blocked = blockedCategories(facts.consistency ?? null, facts.inputFiles ?? []);
  const statusOf = (category: PreparedOutcome['categories'][number]) =>
    blocked.has(category.categoryId) && (category.status === 'ready' || category.status === 'warning')
      ? 'not-ready'
      : category.status;
  const withStatus = (status: 'ready' | 'warning' | 'not-ready' | 'failed') =>
    prepared.filter((category) => statusOf(category) === status).map((category) => category.categoryId);

  const problems: ClientProblem[] = [
    ...clientFileProblems(facts.clientFile, facts.locale),
    ...(facts.passwordsProblem ? [facts.passwordsProblem] : []),
    ...(facts.evidenceProblem ? [facts.evidenceProblem] : []),
    ...unsortedProblems(facts.unsorted),
    // Reported, so the agency checks what the content decided.
    ...(facts.sortedByContent ?? []).map((file): ClientProblem => ({
      code: 'FILE_SORTED_BY_CONTENT',
      severity: 'warning',
      messageKey: 'batch.problems.fileSortedByContent',
      // The id for machines (summary.csv, tests); the document's name for the person reading the sentence.
      params: {
        category: file.categoryId,
        document: categoryName(file.categoryId, facts.locale),
        words: file.decidingWords.join(', '),
      },
      file: file.relPath,
    })),
    ...skippedProblems(facts.skipped),
    ...readingProblems(facts.consistency ?? null, facts.locale),
    ...(facts.outcome?.problems ?? []),
    ...(facts.failure === null
      ? []
      : typeof facts.failure === 'string'
        ? [
            {
              code: 'CLIENT_FAILED',
              severity: 'error' as const,
              messageKey: 'batch.problems.clientFailed',
              params: { reason: facts.failure },
            },
          ]
        : [facts.failure]),
  ];
  const categoriesMissing = expected.filter((id) => !facts.categoriesWithInputs.includes(id));
  const row = {
    categoriesReady: withStatus('ready'),
    categoriesWithWarnings: withStatus('warning'),
    categoriesNotReady: withStatus('not-ready'),
    categoriesFailed: withStatus('failed'),
    categoriesMissing,
  };
  const errors = problems.filter((problem) => problem.severity === 'error');
  const status: ClientStatus =
    facts.failure !== null
      ? 'failed'
      : errors.length === 0 &&
          categoriesMissing.length === 0 &&
          row.categoriesFailed.length === 0 &&
          row.categoriesNotReady.length === 0
        ? 'ready'
        : 'needs-attention';

  return {
    client: facts.client,
    status,
    skipped: false,
    route: advice?.route ?? null,
    nextAction: nextAction({
      locale: facts.locale,
      errors,
      problems,
      categoriesMissing,
      categoriesNotReady: row.categoriesNotReady,
      unsorted: facts.unsorted,
      outputFolder: facts.outputFolder,
      advice,
    }),
    duc: advice?.duc ?? null,
    nextDeadline: advice?.nextDeadline ?? null,
    ...row,
    unsortedFiles: facts.unsorted.map((file) => file.relPath),
    problems,
    inputBytes: facts.inputBytes,
    outputBytes: prepared.reduce((sum, category) => sum + category.outputBytes, 0),
    outputFolder: facts.outputFolder,
    millis: facts.millis,
    consistency: facts.consistency?.columns ?? null,
  };
}

/** The categories of the files a consistency blocker is about. */
function blockedCategories(
  consistency: ConsistencyResult | null,
  inputFiles: readonly { relPath: string; categoryId: CategoryId }[],
): Set<CategoryId> {
  const categoryOf = new Map(inputFiles.map((file) => [file.relPath, file.categoryId]));
  const blocked = new Set<CategoryId>();
  for (const item of consistency?.items ?? []) {
    const category = item.severity === 'blocker' && item.file ? categoryOf.get(item.file) : undefined;
    if (category) blocked.add(category);
  }
  return blocked;
}

/** The consistency check's items as problems: a blocker (a stale certificate, someone else's NIF) keeps the client from "ready". */
export function readingProblems(consistency: ConsistencyResult | null, locale: Locale): ClientProblem[] {
  return (consistency?.items ?? []).map((item) => ({
    code: `READING_${item.id.toUpperCase().replace(/-/g, '_')}`,
    severity: item.severity === 'blocker' ? ('error' as const) : ('warning' as const),
    messageKey: 'batch.problems.reading',
    params: { text: item.text[locale] },
    ...(item.file ? { file: item.file } : {}),
  }));
}

/** The one thing to do next, most blocking first. */
function nextAction(state: {
  locale: Locale;
  errors: ClientProblem[];
  problems: ClientProblem[];
  categoriesMissing: CategoryId[];
  categoriesNotReady: CategoryId[];
  unsorted: RowFacts['unsorted'];
  outputFolder: string;
  advice: ClientAdvice | null;
}): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(state.locale, `batch.next.${key}`, params);
  const firstError = (test: (problem: ClientProblem) => boolean) => state.errors.find(test);
  if (firstError((p) => p.code === 'CLIENT_FAILED')) return t('failed');
  // A DUC clock or a lapsed right of residence decides before any document does.
  if (state.advice?.urgentAction) return state.advice.urgentAction;
  const clientJson = firstError((p) => p.code === 'CLIENT_JSON_INVALID');
  if (clientJson)
    return clientJson.field && clientJson.field !== CLIENT_JSON_WHOLE_FILE
      ? t('fixClientJson', { field: clientJson.field })
      : t('fixClientJsonFile');
  if (firstError((p) => p.code === 'EVIDENCE_JSON_INVALID')) return t('fixEvidenceJson');
  const password = firstError((p) => /PASSWORD/.test(p.code));
  if (password) return t('addPassword', { file: password.file ?? 'passwords.json' });
  // Over the limit is not unreadable: the file is fine, it is too large. The guide's documents card offers what
  // helps (a smaller file at lower quality, previewed first; removing pages), so the advice leads there.
  const tooLarge = firstError((p) => p.code === 'OVER_LIMIT');
  if (tooLarge)
    return t('overLimit', {
      document: tooLarge.categoryId ? categoryName(tooLarge.categoryId, state.locale) : (tooLarge.file ?? ''),
      sizeMb: tooLarge.params?.sizeMb ?? '?',
      limitMb: tooLarge.params?.limitMb ?? '?',
    });
  const fileProblem = firstError((p) => p.file !== undefined && !UNSORTED_CODES.has(p.code) && !p.code.startsWith('READING_'));
  if (fileProblem) return t('replaceFile', { file: fileProblem.file ?? '' });
  // What reading the documents found says itself what to do ("Get a new one.").
  const reading = firstError((p) => p.code.startsWith('READING_'));
  if (reading) return String(reading.params?.text ?? '');
  if (state.unsorted.length > 0) return t('sortFiles', { count: state.unsorted.length });
  // Written but not uploadable (a blurred page, over the limit): the guide says "not ready" for the same files.
  if (state.categoriesNotReady.length > 0)
    return t('fixNotReady', {
      documents: state.categoriesNotReady.map((id) => categoryName(id, state.locale)).join(', '),
    });
  if (state.categoriesMissing.length > 0)
    return t('getMissing', { documents: state.categoriesMissing.map((id) => categoryName(id, state.locale)).join(', ') });
  const ready = state.advice?.nextStepWhenReady ?? t('upload', { folder: state.outputFolder });
  return state.problems.length > 0 ? t('checkWarnings', { next: ready }) : ready;
}
