import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { BatchSettingsInput } from '../../shared/batch/settings';
import type { SummaryRow } from '../../shared/batch/summary';
import { translate } from '../../shared/i18n/translate';
import type { Locale } from '../../shared/i18n';
import { instantOfLisbon, lisbonWallTime } from '../../shared/rules/dates';
import { resourceRoots } from '../common/resources';
import { EXIT } from './exit-codes';
import type { Streams } from './progress';

// The batch machinery and the writing tools (pdf-lib, docx, fonts) load only for the command that needs
// them, so `--help` and usage errors answer at once.
const TEXT_COMMANDS = ['letter', 'contact-text', 'duc'] as const;
type TextCommand = (typeof TEXT_COMMANDS)[number];

export const HELP = `aima-prep — prepare residence-permit renewal documents for AIMA, for one client or a whole folder of clients.

Usage:
  aima-prep batch <clients-folder> --out <dir> [--jobs N] [--limit-mb N] [--passwords FILE] [options]
  aima-prep prepare <client-folder> --out <dir> [--limit-mb N] [--passwords FILE] [options]
  aima-prep contact-text <client.json | client-folder> --scenario <id> [--json]
  aima-prep letter <client.json | client-folder> [--out <file.pdf|file.docx|file.txt>]
  aima-prep duc <client.json | client-folder> [--json]

A clients folder holds one folder per client. In a client folder, put documents either in one
subfolder per category (passport/, residence-permit/, financas-no-debt/, social-security-no-debt/,
proof-of-address/, income-proof/, …) or loose, named so a keyword shows the category
("Passaporte.pdf", "extrato-bancario.pdf"; the list is in the README). Optional files:
client.json (the situation and personal facts) and passwords.json ({"file.pdf": "password"}).

Options:
  --out <dir>          Where to write: for batch, one folder per client plus summary.csv and
                       summary.html; for prepare, the client's upload-ready folder.
  --jobs <N>           Clients prepared in parallel (default and maximum: the number of cores).
  --limit-mb <N>       Upload size limit per document in MB (default 1, AIMA's published figure).
  --passwords <file>   PDF passwords for the batch: {"client-folder": {"file.pdf": "password"}}.
                       Passwords are only ever read from files, never from the command line,
                       and never written to any output or log.
  --lang <en|pt>       Language of the summary and the texts (default en).
  --force              Prepare every client again, even if nothing changed since the last run.
  --client-minutes <N> Stop a client still running after N minutes (default 10): it fails with its
                       own message and the rest of the batch and its summary go on.
  --json               Print the result as JSON on stdout (no progress output).
  --today <YYYY-MM-DD> Date the rules use as today (default: today in Lisbon); the clock is then
                       12:00 Lisbon time that day, unless --now gives the moment.
  --now <ISO instant>  The moment deadlines are judged at, e.g. 2026-12-01T11:00:00Z (default: now).
  -h, --help           Show this help.  --version  Show the version.

Exit codes:
  0  every client is ready to upload
  1  some client needs attention (missing documents, a file problem, a failed client)
  2  wrong usage, or a folder or file could not be read or written
`;

const options = {
  out: { type: 'string' },
  jobs: { type: 'string' },
  'limit-mb': { type: 'string' },
  'client-minutes': { type: 'string' },
  passwords: { type: 'string' },
  lang: { type: 'string' },
  scenario: { type: 'string' },
  today: { type: 'string' },
  now: { type: 'string' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

export class UsageError extends Error {
  override name = 'UsageError';
}

function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(resourceRoots().modulesFrom, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function positiveNumber(value: string | undefined, flag: string, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number)))
    throw new UsageError(`${flag} needs a positive ${integer ? 'whole ' : ''}number, not "${value}"`);
  return number;
}

function localeOf(value: string | undefined): Locale {
  if (value === undefined) return 'en';
  if (value === 'en' || value === 'pt') return value;
  throw new UsageError(`--lang must be en or pt, not "${value}"`);
}

function todayOf(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError(`--today must be YYYY-MM-DD`);
  return value;
}

/** The moment the rules judge deadlines at: --now, else noon Lisbon time on --today, else the real clock. */
function nowOf(now: string | undefined, today: string | undefined): string {
  if (now !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(now) || Number.isNaN(Date.parse(now)))
      throw new UsageError('--now must be an ISO date-time, e.g. 2026-12-01T11:00:00Z');
    return new Date(now).toISOString();
  }
  return today !== undefined ? instantOfLisbon(today, '12:00').toISOString() : new Date().toISOString();
}

/** "Next deadline: Last moment to pay the DUC 2026-11-28 16:45 — OVERDUE", or null. */
export function deadlineLine(row: SummaryRow, locale: Locale): string | null {
  const d = row.nextDeadline;
  if (!d) return null;
  const state = translate(locale, `batch.summary.deadlineState.${d.state}`);
  return `${translate(locale, 'batch.summary.deadline')}: ${d.what} ${d.at} — ${state}`;
}

/** A client the agency must look at: not ready, or a deadline passed or due today. */
export function needsLook(row: SummaryRow): boolean {
  return row.status !== 'ready' || row.nextDeadline?.state === 'overdue' || row.nextDeadline?.state === 'due-today';
}

async function rowLine(row: SummaryRow, locale: Locale): Promise<string> {
  const { problemText } = await import('../batch/summary-files');
  const status = translate(locale, `batch.summary.status.${row.status}`);
  const lines = [`${row.client}: ${status}${row.skipped ? ` (${translate(locale, 'batch.summary.unchanged')})` : ''}`];
  for (const problem of row.problems) lines.push(`  - ${problemText(problem, locale)}`);
  if (row.categoriesMissing.length > 0) lines.push(`  missing: ${row.categoriesMissing.join(', ')}`);
  const deadline = deadlineLine(row, locale);
  if (deadline) lines.push(`  ${deadline}`);
  lines.push(`  → ${row.nextAction}`);
  return lines.join('\n');
}

const exitFor = (rows: readonly SummaryRow[]) =>
  rows.every((row) => row.status === 'ready') ? EXIT.ALL_READY : EXIT.NEEDS_ATTENTION;

/** Run the command line; returns the exit code. `streams` and `preparerModule` are for tests. */
export async function main(
  argv: string[],
  streams: Streams = { stdout: process.stdout, stderr: process.stderr },
  testing: { preparerModule?: string } = {},
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    if (values.version) {
      streams.stdout.write(`${appVersion()}\n`);
      return EXIT.ALL_READY;
    }
    const [command, target, ...extra] = positionals;
    if (values.help || command === undefined || command === 'help') {
      streams.stdout.write(HELP);
      return command === undefined && !values.help ? EXIT.USAGE_OR_IO : EXIT.ALL_READY;
    }
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (target === undefined) throw new UsageError(`${command} needs a folder or file`);
    const locale = localeOf(values.lang);
    const now = nowOf(values.now, values.today === undefined ? undefined : todayOf(values.today));
    const today = values.today === undefined ? lisbonWallTime(now).date : todayOf(values.today);

    if ((TEXT_COMMANDS as readonly string[]).includes(command)) {
      const { runTextCommand } = await import('./texts');
      return await runTextCommand(command as TextCommand, target, { ...values, locale, today, now }, streams);
    }
    if (command !== 'batch' && command !== 'prepare') throw new UsageError(`unknown command "${command}"`);
    if (!values.out) throw new UsageError(`${command} needs --out <dir>`);
    if (command === 'prepare' && values.jobs !== undefined) throw new UsageError('--jobs is for batch');

    const settings: BatchSettingsInput = {
      limitMb: positiveNumber(values['limit-mb'], '--limit-mb', false),
      jobs: positiveNumber(values.jobs, '--jobs', true),
      locale,
      force: values.force ?? false,
      clientMinutes: positiveNumber(values['client-minutes'], '--client-minutes', false),
    };
    const [{ rulesAdvisor }, { runBatch, runSingleClient }, { endProgress, progressReporter }] = await Promise.all([
      import('../../shared/batch/advisor'),
      import('../batch/run-batch'),
      import('./progress'),
    ]);
    const mode = values.json ? 'silent' : streams.stderr.isTTY && command === 'batch' ? 'tty' : 'lines';
    const onEvent = progressReporter(mode, streams, locale);
    const common = {
      outDir: values.out,
      settings,
      passwordsFile: values.passwords,
      appVersion: appVersion(),
      advisor: rulesAdvisor(now),
      preparerModule: testing.preparerModule,
      onEvent,
    };

    if (command === 'prepare') {
      const row = await runSingleClient({ ...common, clientFolder: target });
      endProgress(mode, streams);
      streams.stdout.write(values.json ? `${JSON.stringify(row, null, 2)}\n` : `${await rowLine(row, locale)}\n`);
      return exitFor([row]);
    }
    const summary = await runBatch({ ...common, clientsFolder: target });
    endProgress(mode, streams);
    if (values.json) streams.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      for (const row of summary.rows) if (needsLook(row)) streams.stdout.write(`${await rowLine(row, locale)}\n`);
      const totals = translate(locale, 'batch.summary.totals', { ...summary.totals });
      streams.stdout.write(`${totals}\n`);
      streams.stdout.write(
        `${translate(locale, 'batch.progress.finished', { seconds: (summary.millis / 1000).toFixed(1), summary: summary.summaryHtml })}\n`,
      );
    }
    return exitFor(summary.rows);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      streams.stderr.write(`aima-prep: ${(error as Error).message}\nRun "aima-prep --help" for usage.\n`);
      return EXIT.USAGE_OR_IO;
    }
    // A folder that cannot be read or written (BatchSetupError carries its own code), or any other IO failure.
    const io = error as NodeJS.ErrnoException;
    streams.stderr.write(`aima-prep: ${io.code ? `${io.code}: ` : ''}${io.message ?? String(error)}\n`);
    return EXIT.USAGE_OR_IO;
  }
}
