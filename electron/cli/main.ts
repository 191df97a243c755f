import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchSettingsInput } from '../../shared/batch/settings';
import type { SummaryRow } from '../../shared/batch/summary';
import { translate } from '../../shared/i18n/translate';
import type { Locale } from '../../shared/i18n';
import { instantOfLisbon, lisbonWallTime } from '../../shared/rules/dates';
import { resourceRoots } from '../common/resources';
import { commandOf, parseCommandLine, UsageError } from './args';
import { cliText, ioText, usageText } from './cli-i18n';
import { checkTarget, clientsFolderHint } from './targets';
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

export { UsageError };

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
    throw new UsageError(`cli.usage.${integer ? 'positiveWholeNumber' : 'positiveNumber'}`, { option: flag, value });
  return number;
}

function localeOf(value: string | undefined): Locale {
  if (value === undefined) return 'en';
  if (value === 'en' || value === 'pt') return value;
  throw new UsageError('cli.usage.lang', { value }, value.toLowerCase().startsWith('p') ? 'pt' : undefined);
}

/** The language asked for, before the arguments are checked, so even a usage error speaks it. */
function requestedLocale(argv: readonly string[]): Locale {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at === -1 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  return value === 'pt' ? 'pt' : 'en';
}

function todayOf(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError('cli.usage.today');
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
  if (row.categoriesMissing.length > 0)
    lines.push(`  ${cliText(locale, 'missing', { categories: row.categoriesMissing.join(', ') })}`);
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
  let locale: Locale = requestedLocale(argv);
  try {
    const { values, positionals } = parseCommandLine(argv);
    if (values.version) {
      streams.stdout.write(`${appVersion()}\n`);
      return EXIT.ALL_READY;
    }
    const [command, target, ...extra] = positionals;
    if (values.help || command === undefined || command === 'help') {
      streams.stdout.write(HELP);
      return command === undefined && !values.help ? EXIT.USAGE_OR_IO : EXIT.ALL_READY;
    }
    locale = localeOf(values.lang);
    commandOf(command);
    if (extra.length > 0) throw new UsageError('cli.usage.unexpected', { argument: extra[0]! });
    if (target === undefined) throw new UsageError('cli.usage.needsTarget', { command });
    const now = nowOf(values.now, values.today === undefined ? undefined : todayOf(values.today));
    const today = values.today === undefined ? lisbonWallTime(now).date : todayOf(values.today);

    if ((TEXT_COMMANDS as readonly string[]).includes(command)) {
      const { runTextCommand } = await import('./texts');
      return await runTextCommand(command as TextCommand, target, { ...values, locale, today, now }, streams);
    }
    if (!values.out) throw new UsageError('cli.usage.needsOut', { command });
    if (command === 'prepare' && values.jobs !== undefined) throw new UsageError('cli.usage.jobsForBatch');

    const settings: BatchSettingsInput = {
      limitMb: positiveNumber(values['limit-mb'], '--limit-mb', false),
      jobs: positiveNumber(values.jobs, '--jobs', true),
      locale,
      force: values.force ?? false,
      clientMinutes: positiveNumber(values['client-minutes'], '--client-minutes', false),
    };
    await checkTarget(target, 'folder');
    if (command === 'prepare') {
      const hint = await clientsFolderHint(target);
      if (hint) throw new UsageError('cli.prepareOnClientsFolder', { folder: target, examples: hint.join(', ') });
    }
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
      today,
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
    if (error instanceof UsageError) {
      streams.stderr.write(`aima-prep: ${usageText(error, locale)}\n`);
      return EXIT.USAGE_OR_IO;
    }
    // A folder that cannot be read or written, in words; a BatchSetupError's message already names its folder.
    const io = error as NodeJS.ErrnoException;
    const sentence = ioText(error, locale) ?? io.message ?? String(error);
    streams.stderr.write(`aima-prep: ${sentence}\n`);
    return EXIT.USAGE_OR_IO;
  }
}
