import { z } from 'zod';
import { consistencyResultSchema } from '../reading/consistency';
import { categoryIdSchema } from '../rules/categories';
import { saidParamSchema, saidSchema } from './said';
import { localizedSchema } from '../rules/sources';

/**
 * One client's line in a batch summary (summary.csv, summary.html, the CLI's
 * --json output and the app's agency view all show these rows).
 */
export const clientStatusSchema = z.enum([
  /** Every expected category prepared and no error (warnings, if any, are listed with the row). */
  'ready',
  /** Something is missing, could not be sorted, or failed for one input. */
  'needs-attention',
  /** Nothing could be prepared (the client folder could not be read, the worker crashed…). */
  'failed',
  /**
   * Submitted and paid (client.json / evidence.json): waiting for AIMA. Documents the folder lacks are
   * what AIMA may still ask for, said in the next action, not a reason to need attention.
   */
  'submitted',
]);
export type ClientStatus = z.infer<typeof clientStatusSchema>;

/** Something a person has to look at, in a form both the CSV and the app can show. */
export const clientProblemSchema = z.object({
  /** Stable code: the engine's error code, or one of the batch's own (CLIENT_JSON_INVALID, UNSORTED_FILE, …). */
  code: z.string().min(1),
  /**
   * 'error': something must be done before this client can upload (a file that failed, a wrong
   * password, an invalid client.json, a file that could not be sorted). 'warning': prepared, but
   * worth a look (a low-resolution page, a repaired PDF).
   */
  severity: z.enum(['error', 'warning']),
  /** i18n key the app translates; the CLI and the summary files use the English/Portuguese text. */
  messageKey: z.string().min(1),
  /** A parameter that is words (a rules' sentence, a category's name) is kept in both languages (said.ts). */
  params: z.record(z.string(), saidParamSchema).optional(),
  /** File name relative to the client folder, if the problem concerns one file. */
  file: z.string().optional(),
  /** For an invalid client.json: the exact field path ("situation.permitExpiry"). */
  field: z.string().optional(),
  categoryId: categoryIdSchema.optional(),
});
export type ClientProblem = z.infer<typeof clientProblemSchema>;

export const ducWindowSummarySchema = z.object({
  payableFrom: z.string().min(1),
  lastDayToPay: z.string().min(1),
});

export const summaryRowSchema = z.object({
  /** The client folder's name (also the output folder's name). */
  client: z.string().min(1),
  status: clientStatusSchema,
  /** True when the client was unchanged since its last complete output and was not prepared again. */
  skipped: z.boolean(),
  /** Which portal applies, in words; null when client.json is absent or invalid. */
  route: z.string().nullable(),
  /** What the agency should do next for this client, in words (in the run's language: summary files, CLI). */
  nextAction: z.string(),
  /**
   * The row's words kept as meaning (said.ts): the agency view shows them in the app's language, whatever
   * language the batch ran in. Null in rows written before they were kept.
   */
  said: z
    .object({
      route: saidSchema.nullable(),
      nextAction: saidSchema,
      nextDeadline: z.object({ what: localizedSchema, when: localizedSchema, explanation: localizedSchema }).nullable(),
    })
    .nullable()
    .default(null),
  /** DUC payment window, where the case records a DUC. */
  duc: ducWindowSummarySchema.nullable(),
  /** The deadline to watch (an unpaid DUC first) with its state on the day of the run; null without a valid client.json. */
  nextDeadline: z
    .object({
      what: z.string(),
      /** Lisbon "YYYY-MM-DD" or "YYYY-MM-DD HH:MM". */
      at: z.string(),
      /** The same moment as people read it, in the run's language ("21 de dezembro de 2026, às 10:15"). */
      when: z.string().optional(),
      state: z.enum(['upcoming', 'due-today', 'overdue', 'met', 'unknown']),
      explanation: z.string(),
    })
    .nullable()
    .default(null),
  categoriesReady: z.array(categoryIdSchema),
  categoriesWithWarnings: z.array(categoryIdSchema),
  /**
   * Written but not ready by the guide's definition (over the limit, a blurred page, a blocker): the
   * file is in the not-ready subfolder and the client needs attention. Absent in rows of older runs.
   */
  categoriesNotReady: z.array(categoryIdSchema).default([]),
  categoriesMissing: z.array(categoryIdSchema),
  /** Categories that had inputs but none of them could be prepared. */
  categoriesFailed: z.array(categoryIdSchema),
  unsortedFiles: z.array(z.string()),
  problems: z.array(clientProblemSchema),
  inputBytes: z.number().int().nonnegative(),
  outputBytes: z.number().int().nonnegative(),
  /** The client's upload-ready folder, relative to the batch output folder. */
  outputFolder: z.string(),
  /** How long the preparation took (0 when skipped). */
  millis: z.number().int().nonnegative(),
  /**
   * What reading the client's documents found (names, NIF/NISS, the passport and the certificates on the
   * day of the run), one value per column; null when nothing was read (a client that could not be scanned).
   */
  consistency: consistencyResultSchema.shape.columns.nullable().default(null),
});
export type SummaryRow = z.infer<typeof summaryRowSchema>;

export const batchTotalsSchema = z.object({
  clients: z.number().int().nonnegative(),
  ready: z.number().int().nonnegative(),
  needsAttention: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** Submitted and paid, waiting for AIMA (absent in totals of older runs). */
  submitted: z.number().int().nonnegative().default(0),
  skipped: z.number().int().nonnegative(),
});
export type BatchTotals = z.infer<typeof batchTotalsSchema>;

export const batchSummarySchema = z.object({
  rows: z.array(summaryRowSchema),
  totals: batchTotalsSchema,
  /** Absolute paths of the two summary files. */
  summaryCsv: z.string(),
  summaryHtml: z.string(),
  millis: z.number().int().nonnegative(),
});
export type BatchSummary = z.infer<typeof batchSummarySchema>;

export function totalsOf(rows: readonly SummaryRow[]): BatchTotals {
  return {
    clients: rows.length,
    ready: rows.filter((row) => row.status === 'ready').length,
    needsAttention: rows.filter((row) => row.status === 'needs-attention').length,
    failed: rows.filter((row) => row.status === 'failed').length,
    submitted: rows.filter((row) => row.status === 'submitted').length,
    skipped: rows.filter((row) => row.skipped).length,
  };
}
