import { z } from 'zod';
import { afterColonPt } from '../i18n/after-colon';
import type { Locale } from '../i18n';
import { categoryById, categoryIdSchema, type CategoryId } from '../rules/categories';
import { CLIENT_JSON_WHOLE_FILE, fieldIssueText, type ClientFile, type ClientFileParse } from './client-file';
import type { ConsistencyResult } from '../reading/consistency';
import type { EvidenceEntry } from '../case/evidence';
import { documentCategoryOf, readingFlagsOf } from '../case/card-status';
import { clientProblemSchema, type ClientProblem, type ClientStatus, type SummaryRow } from './summary';
import type { Localized } from '../rules/sources';
import { say, sayBoth, sayIn, sayText, type Said, type SaidParam } from './said';

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
  /**
   * The same advice kept as meaning (said.ts), so the agency view can show it in the app's language whatever
   * language the batch ran in. Absent from a stand-in advisor: the strings above are then used as they are.
   */
  said?: {
    route: Said | null;
    nextStepWhenReady: Said | null;
    urgentAction: Said | null;
    nextDeadline: { what: Localized; when: Localized; explanation: Localized } | null;
  };
  /**
   * The case assessment says the client submitted and paid (its next action is to wait for AIMA's decision or
   * card): the documents went to AIMA with the request, so what the folder lacks is a note, not a blocker.
   */
  submittedAndPaid?: boolean;
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
  /**
   * Where this client's PDF passwords come from besides its own passwords.json: the file given with --passwords
   * (its name), and the files that file names for this client (it wins over the client's own).
   */
  passwordFiles?: { batch: string | null; fromBatch: readonly string[] };
  /** An evidence.json that could not be read: its payment is unknown, so the client is not "ready". */
  evidenceProblem?: ClientProblem | null;
  /** Receipts evidence.json names outside the client folder, left out (warnings; their entries still count). */
  receiptProblems?: readonly ClientProblem[];
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
  /**
   * What reading the documents found (electron/batch/client-reading.ts); its blockers are errors. A file whose read
   * did not finish within its deadline is one of its items (file-not-read, shared/reading/not-read-in-time.ts).
   */
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
export function clientFileProblems(parse: ClientFileParse | null): ClientProblem[] {
  if (!parse || parse.ok) return [];
  return parse.issues.map((issue) => ({
    code: 'CLIENT_JSON_INVALID',
    severity: 'error',
    // The whole file ("client.json is not valid JSON …") or one field of it.
    messageKey: issue.field === CLIENT_JSON_WHOLE_FILE ? 'batch.problems.clientJsonFile' : 'batch.problems.clientJsonInvalid',
    // A field check's message is a key of shared/i18n/fields-*.ts (the NIF's check digit, …): in words here.
    params: {
      field: issue.field,
      message: { en: fieldIssueText(issue.message, 'en', issue.params), pt: fieldIssueText(issue.message, 'pt', issue.params) },
    },
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
    if (file.reason === 'unknown-folder')
      return {
        ...base,
        code: 'FOLDER_UNKNOWN',
        messageKey: 'batch.problems.folderUnknown',
        params: { folder: file.relPath.split('/')[0]! },
      };
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
  // A warning about one of its files (a certificate valid 14 days or less after the run) puts a ready category under
  // "with warnings", as the guide's card says "Ready, with warnings": both by readingFlagsOf (shared/case/card-status.ts).
  const flags = readingFlagsByCategory(facts.consistency ?? null, facts.inputFiles ?? []);
  const statusOf = (category: PreparedOutcome['categories'][number]) => {
    const { blocked, warned } = flags.get(category.categoryId) ?? { blocked: false, warned: false };
    if (blocked && (category.status === 'ready' || category.status === 'warning')) return 'not-ready';
    return warned && category.status === 'ready' ? 'warning' : category.status;
  };
  const withStatus = (status: 'ready' | 'warning' | 'not-ready' | 'failed') =>
    prepared.filter((category) => statusOf(category) === status).map((category) => category.categoryId);

  const problems: ClientProblem[] = [
    ...clientFileProblems(facts.clientFile),
    ...(facts.passwordsProblem ? [facts.passwordsProblem] : []),
    ...(facts.evidenceProblem ? [facts.evidenceProblem] : []),
    ...(facts.receiptProblems ?? []),
    ...unsortedProblems(facts.unsorted),
    // Reported, so the agency checks what the content decided.
    ...(facts.sortedByContent ?? []).map((file): ClientProblem => ({
      code: 'FILE_SORTED_BY_CONTENT',
      severity: 'warning',
      messageKey: 'batch.problems.fileSortedByContent',
      // The id for machines (summary.csv, tests); the document's name for the person reading the sentence.
      params: {
        category: file.categoryId,
        document: categoryNames([file.categoryId]),
        words: file.decidingWords.join(', '),
      },
      file: file.relPath,
    })),
    ...skippedProblems(facts.skipped),
    // With the category of the file each is about, so a category's line (the CLI, the agency view) says why.
    ...withCategory(readingProblems(facts.consistency ?? null), facts.inputFiles ?? []),
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
  // Submitted and paid (the assessment's word, from client.json and evidence.json): the documents went to AIMA
  // with the request. What this folder lacks or could not prepare is what AIMA may still ask for: a note in
  // the next action, not "needs attention" — unless the facts themselves cannot be read.
  const submitted = advice?.submittedAndPaid === true;
  const documentsOpen = categoriesMissing.length > 0 || row.categoriesFailed.length > 0 || row.categoriesNotReady.length > 0;
  const status: ClientStatus =
    facts.failure !== null
      ? 'failed'
      : submitted
        ? errors.some((problem) => FACT_ERRORS.has(problem.code))
          ? 'needs-attention'
          : 'submitted'
        : errors.length === 0 && !documentsOpen
          ? 'ready'
          : 'needs-attention';
  const next = nextAction({
    locale: facts.locale,
    errors,
    problems,
    categoriesMissing,
    categoriesNotReady: row.categoriesNotReady,
    categoriesFailed: row.categoriesFailed,
    unsorted: facts.unsorted,
    outputFolder: facts.outputFolder,
    advice,
    passwordsIn: (problem) => passwordsFileOf(facts.client, facts.passwordFiles, problem),
  });
  const deadlineWords = advice?.said?.nextDeadline ?? null;

  return {
    client: facts.client,
    status,
    skipped: false,
    route: advice?.route ?? null,
    nextAction: sayIn(next, facts.locale),
    said: {
      route: advice?.said?.route ?? (advice?.route ? sayText({ en: advice.route, pt: advice.route }) : null),
      nextAction: next,
      nextDeadline: deadlineWords,
    },
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

/** What reading found about each category's files (readingFlagsOf, the guide's card's rule), by category. */
function readingFlagsByCategory(
  consistency: ConsistencyResult | null,
  inputFiles: readonly { relPath: string; categoryId: CategoryId }[],
): Map<CategoryId, { blocked: boolean; warned: boolean }> {
  const filesOf = new Map<CategoryId, string[]>();
  for (const file of inputFiles) filesOf.set(file.categoryId, [...(filesOf.get(file.categoryId) ?? []), file.relPath]);
  const items = consistency?.items ?? [];
  // A file whose read was given up is one of the items (a warning, file-not-read): its category is not plainly "ready".
  return new Map([...filesOf].map(([categoryId, files]) => [categoryId, readingFlagsOf(items, files, categoryId)]));
}

/** A reading item's problem code: READING_<ID>, but a file not read in time keeps the code it has always had in summary.csv. */
const READING_CODES: Partial<Record<ConsistencyResult['items'][number]['id'], string>> = {
  'file-not-read': 'FILE_NOT_READ_IN_TIME',
};

/** The consistency check's items as problems: a blocker (a stale certificate, someone else's NIF) keeps the client from "ready". */
export function readingProblems(consistency: ConsistencyResult | null): ClientProblem[] {
  return (consistency?.items ?? []).map((item) => {
    // A finding about a document itself (an expired passport from client.json) names its category, as report.json does.
    const documentCategory = item.file ? undefined : documentCategoryOf(item.id);
    return {
      code: READING_CODES[item.id] ?? `READING_${item.id.toUpperCase().replace(/-/g, '_')}`,
      severity: item.severity === 'blocker' ? ('error' as const) : ('warning' as const),
      messageKey: 'batch.problems.reading',
      // The rules' sentence in both languages: shown in the language of whoever reads it.
      params: { text: item.text },
      ...(item.file ? { file: item.file } : {}),
      ...(documentCategory ? { categoryId: documentCategory } : {}),
    };
  });
}

/** Each problem about an input file carries that file's category, when the problem has none yet. */
function withCategory(
  problems: ClientProblem[],
  inputFiles: readonly { relPath: string; categoryId: CategoryId }[],
): ClientProblem[] {
  const categoryOf = new Map(inputFiles.map((file) => [file.relPath, file.categoryId]));
  return problems.map((problem) => {
    const categoryId = problem.file === undefined ? undefined : categoryOf.get(problem.file);
    return problem.categoryId === undefined && categoryId ? { ...problem, categoryId } : problem;
  });
}

/** client.json or evidence.json cannot be read: what the case says is unknown, whatever was submitted. */
const FACT_ERRORS = new Set(['CLIENT_JSON_INVALID', 'EVIDENCE_JSON_INVALID']);

/** A category's name in both languages, for a parameter kept as meaning. */
const categoryNames = (ids: readonly CategoryId[]): Localized => ({
  en: ids.map((id) => categoryName(id, 'en')).join(', '),
  pt: ids.map((id) => categoryName(id, 'pt')).join(', '),
});

/**
 * Which passwords file a password problem is about (walk s15: "correct it in passwords.json" when the password came
 * from the --passwords file). A wrong password: the file that gave it (the batch file wins over the client's). A
 * missing one: the client's passwords.json, or the batch file too when one was given.
 */
function passwordsFileOf(client: string, files: RowFacts['passwordFiles'], problem: ClientProblem): Localized {
  const own = `${client}/passwords.json`;
  const batch = files?.batch ?? null;
  const named = (file: string | undefined) =>
    file !== undefined && (files?.fromBatch ?? []).some((key) => key === file || key === file.split('/').pop());
  const batchFile: Localized | null = batch
    ? {
        en: `${batch} (the file given with --passwords, under "${client}")`,
        pt: `${batch} (o ficheiro indicado com --passwords, na entrada "${client}")`,
      }
    : null;
  if (problem.code === 'PDF_WRONG_PASSWORD' && batchFile && named(problem.file)) return batchFile;
  if (problem.code !== 'PDF_WRONG_PASSWORD' && batchFile)
    return { en: `${own} or in ${batchFile.en}`, pt: `${own} ou no ${batchFile.pt}` };
  return { en: own, pt: own };
}

/** The one thing to do next, most blocking first, kept as meaning (said.ts). */
function nextAction(state: {
  locale: Locale;
  errors: ClientProblem[];
  problems: ClientProblem[];
  categoriesMissing: CategoryId[];
  categoriesNotReady: CategoryId[];
  categoriesFailed: CategoryId[];
  unsorted: RowFacts['unsorted'];
  outputFolder: string;
  advice: ClientAdvice | null;
  passwordsIn: (problem: ClientProblem) => Localized;
}): Said {
  const t = (key: string, params?: Record<string, SaidParam>) => say(`batch.next.${key}`, params);
  const firstError = (test: (problem: ClientProblem) => boolean) => state.errors.find(test);
  if (firstError((p) => p.code === 'CLIENT_FAILED')) return t('failed');
  const clientJson = firstError((p) => p.code === 'CLIENT_JSON_INVALID');
  const urgent =
    state.advice?.said?.urgentAction ?? (state.advice?.urgentAction ? sayText(same(state.advice.urgentAction)) : null);
  // A DUC clock or a lapsed right of residence decides before any document does.
  if (urgent) {
    // Submitted and paid: the documents went with the request; what the folder lacks is what AIMA may still ask for.
    // The note points at the lists beside it (agency view, summary, CLI) rather than repeating them.
    const open = [...state.categoriesNotReady, ...state.categoriesFailed, ...state.categoriesMissing];
    return state.advice?.submittedAndPaid && open.length > 0 ? t('submittedNote', { next: sayBoth(urgent) }) : urgent;
  }
  if (clientJson)
    return clientJson.field && clientJson.field !== CLIENT_JSON_WHOLE_FILE
      ? t('fixClientJson', { field: clientJson.field })
      : t('fixClientJsonFile');
  if (firstError((p) => p.code === 'EVIDENCE_JSON_INVALID')) return t('fixEvidenceJson');
  const password = firstError((p) => /PASSWORD/.test(p.code));
  // A wrong password is in passwords.json already: asking to "put its password" there would not help (walk s15).
  if (password)
    return t(password.code === 'PDF_WRONG_PASSWORD' ? 'fixPassword' : 'addPassword', {
      file: password.file ?? 'passwords.json',
      passwords: state.passwordsIn(password),
    });
  // Over the limit is not unreadable: the file is fine, it is too large. The guide's documents card offers what
  // helps (a smaller file at lower quality, previewed first; removing pages), so the advice leads there.
  const tooLarge = firstError((p) => p.code === 'OVER_LIMIT');
  if (tooLarge)
    // The rescan advice only where the compress stage found it would help (not when every page is already 1-bit).
    return t(tooLarge.params?.rescanHelps === 0 ? 'overLimitPagesOnly' : 'overLimit', {
      document: tooLarge.categoryId ? categoryNames([tooLarge.categoryId]) : (tooLarge.file ?? ''),
      sizeMb: plain(tooLarge.params?.sizeMb),
      limitMb: plain(tooLarge.params?.limitMb),
    });
  const fileProblem = firstError((p) => p.file !== undefined && !UNSORTED_CODES.has(p.code) && !p.code.startsWith('READING_'));
  if (fileProblem)
    // The problem names the person's own file(s) (report-outcome.ts), never the prepared PDF; with its category.
    // An office document is not damaged: a "readable copy" is its PDF, made in its own program (walk s15).
    return fileProblem.categoryId && fileProblem.code === 'FILE_OFFICE_DOCUMENT'
      ? t('exportFileIn', { file: fileProblem.file ?? '', document: categoryNames([fileProblem.categoryId]) })
      : fileProblem.categoryId
        ? t('replaceFileIn', { file: fileProblem.file ?? '', document: categoryNames([fileProblem.categoryId]) })
        : t('replaceFile', { file: fileProblem.file ?? '' });
  // What reading the documents found says itself what to do ("Get a new one.").
  const reading = firstError((p) => p.code.startsWith('READING_'));
  if (reading) {
    const text = reading.params?.text;
    return typeof text === 'object' ? sayText(text) : sayText(same(String(text ?? '')));
  }
  if (state.unsorted.length > 0) return t('sortFiles', { count: state.unsorted.length });
  // Written but not uploadable (a blurred page, over the limit): the guide says "not ready" for the same files.
  if (state.categoriesNotReady.length > 0) return t('fixNotReady', { documents: categoryNames(state.categoriesNotReady) });
  if (state.categoriesMissing.length > 0) return t('getMissing', { documents: categoryNames(state.categoriesMissing) });
  const ready =
    state.advice?.said?.nextStepWhenReady ??
    (state.advice?.nextStepWhenReady
      ? sayText(same(state.advice.nextStepWhenReady))
      : t('upload', { folder: state.outputFolder }));
  // After "Depois:" the next step goes on in lower case, as European Portuguese writes after a colon.
  const then = sayBoth(ready);
  return state.problems.length > 0 ? t('checkWarnings', { next: { en: then.en, pt: afterColonPt(then.pt) } }) : ready;
}

/** A string from a stand-in advisor (tests) or an older row: the same words whatever the language. */
const same = (text: string): Localized => ({ en: text, pt: text });

/** A size parameter as a number or '?' (never words). */
const plain = (value: unknown): string | number => (typeof value === 'number' || typeof value === 'string' ? value : '?');
