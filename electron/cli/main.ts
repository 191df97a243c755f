import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BatchSettingsInput } from '../../shared/batch/settings';
import type { ClientProblem, SummaryRow } from '../../shared/batch/summary';
import { translate } from '../../shared/i18n/translate';
import type { Locale } from '../../shared/i18n';
import { localizeIsoDates } from '../../shared/i18n/format';
import { categoryById } from '../../shared/rules/categories';
import { instantOfLisbon, lisbonWallTime } from '../../shared/rules/dates';
import { listClientFolders } from '../clients/scan';
import { quietConsole } from '../common/quiet-console';
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
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(now) || Number.isNaN(Date.parse(now))) throw new UsageError('cli.usage.now');
    return new Date(now).toISOString();
  }
  return today !== undefined ? instantOfLisbon(today, '12:00').toISOString() : new Date().toISOString();
}

/** Portuguese output writes its dates out ("21 de novembro de 2026"), as the app's screens do; English keeps ISO. */
function inLanguage(text: string, locale: Locale): string {
  return locale === 'pt' ? localizeIsoDates(text, locale) : text;
}

/** "Next deadline: Last moment to pay the DUC, 28 November 2026 at 16:45 — OVERDUE", or null. */
export function deadlineLine(row: SummaryRow, locale: Locale): string | null {
  const d = row.nextDeadline;
  if (!d) return null;
  const state = translate(locale, `batch.summary.deadlineState.${d.state}`);
  // The moment as summary.html writes it (`when`, in the run's language); a row without it has only the ISO form.
  const at = d.when ?? d.at;
  return inLanguage(`${translate(locale, 'batch.summary.deadline')}: ${d.what}, ${at} — ${state}`, locale);
}

/** A client the agency must look at: not ready, or a deadline passed or due today. */
export function needsLook(row: SummaryRow): boolean {
  // Submitted and paid is not a problem: the client waits for AIMA (its next action says so).
  return (
    (row.status !== 'ready' && row.status !== 'submitted') ||
    row.nextDeadline?.state === 'overdue' ||
    row.nextDeadline?.state === 'due-today'
  );
}

async function rowLine(row: SummaryRow, locale: Locale): Promise<string> {
  const { problemText } = await import('../batch/summary-files');
  const status = translate(locale, `batch.summary.status.${row.status}`);
  const lines = [`${row.client}: ${status}${row.skipped ? ` (${translate(locale, 'batch.summary.unchanged')})` : ''}`];
  // Each document that is not ready (or could not be prepared, or is ready with warnings), with the problems that
  // say why under it: the terminal told only the first one, in the next action (session 7).
  const shown = new Set<ClientProblem>();
  const groups = [
    ['failed', row.categoriesFailed],
    ['notReady', row.categoriesNotReady],
    ['withWarnings', row.categoriesWithWarnings],
  ] as const;
  for (const [key, ids] of groups)
    for (const id of ids) {
      lines.push(`  ${cliText(locale, `documents.${key}`, { document: categoryById(id)?.name[locale] ?? id })}`);
      for (const problem of row.problems.filter((p) => p.categoryId === id)) {
        shown.add(problem);
        lines.push(`    - ${problemText(problem, locale)}`);
      }
    }
  for (const problem of row.problems) if (!shown.has(problem)) lines.push(`  - ${problemText(problem, locale)}`);
  if (row.categoriesMissing.length > 0)
    lines.push(
      `  ${cliText(locale, 'missing', { categories: row.categoriesMissing.map((id) => categoryById(id)?.name[locale] ?? id).join(', ') })}`,
    );
  const deadline = deadlineLine(row, locale);
  if (deadline) lines.push(`  ${deadline}`);
  lines.push(`  → ${inLanguage(row.nextAction, locale)}`);
  return lines.join('\n');
}

/** A batch that could not start (BatchSetupError) in words, or null for any other error. */
async function setupText(error: unknown, locale: Locale): Promise<string | null> {
  if (!(error instanceof Error) || error.name !== 'BatchSetupError') return null;
  const { BatchSetupError, passwordsFileMessage } = await import('../batch/run-batch');
  if (!(error instanceof BatchSetupError)) return null;
  const { path, cause } = error.details;
  // A missing or unreadable file or folder: "… does not exist", "permission denied".
  const io = cause === undefined ? null : ioText(cause, locale);
  if (io) return io;
  switch (error.code) {
    case 'PASSWORDS_FILE_INVALID': {
      const { messageKey, params } = passwordsFileMessage(error);
      return translate(locale, messageKey, { ...params, file: path });
    }
    case 'CLIENTS_FOLDER_UNREADABLE':
      return cliText(locale, 'setup.clientsFolderUnreadable', { path });
    case 'OUTPUT_FOLDER_UNWRITABLE':
      return cliText(locale, 'setup.outputFolderUnwritable', { path });
    case 'OUTPUT_FOLDER_BUSY':
      return cliText(locale, 'setup.outputFolderBusy', { path });
  }
}

/**
 * Runs the batch with the libraries' console output kept out of the command's own (quiet-console.ts): the reading
 * of the documents runs on this thread, and pdf-lib printed "Invalid object ref: 2 0 R" between the progress lines.
 */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const restore = quietConsole();
  try {
    return await run();
  } finally {
    restore();
  }
}

/**
 * A run that prepares one client on this thread (`prepare`, or `batch` on a folder of one client: run-batch.ts's
 * in-process runner) starts pdf.js's check thread now, on the free core, if the rule for a free core allows
 * (check-core.ts). The runner started it only once the batch machinery and the engine's first modules had loaded
 * (0.25–0.6 s into the run), and that thread then took longer to load pdf.js than this one took to reach a small
 * client's validation, which waited for it. Nothing is started for a batch of several clients (each worker of its
 * pool starts its own) or a test's stand-in preparer.
 */
async function warmChecksForOneClient(command: string, target: string, outDir: string): Promise<void> {
  try {
    if (command === 'batch' && (await listClientFolders(target, [resolve(outDir)])).length !== 1) return;
    (await import('../engine/validate/check-core')).warmChecks();
  } catch {
    // The runner starts the thread when it loads the engine, as before.
  }
}

const exitFor = (rows: readonly SummaryRow[]) =>
  rows.every((row) => row.status === 'ready' || row.status === 'submitted') ? EXIT.ALL_READY : EXIT.NEEDS_ATTENTION;

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
      streams.stdout.write(cliText(locale, 'help'));
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
    // Awaited (a folder listing and a small module): while the batch machinery below is compiled and evaluated, this
    // thread runs nothing else, and the thread's start would wait for all of it.
    if (!testing.preparerModule) await warmChecksForOneClient(command, target, values.out);
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
      // Nothing else runs on this thread: a single client is prepared here, without a worker's start-up.
      inProcess: true,
    };

    if (command === 'prepare') {
      const row = await quietly(() => runSingleClient({ ...common, clientFolder: target }));
      endProgress(mode, streams);
      streams.stdout.write(values.json ? `${JSON.stringify(row, null, 2)}\n` : `${await rowLine(row, locale)}\n`);
      return exitFor([row]);
    }
    const summary = await quietly(() => runBatch({ ...common, clientsFolder: target }));
    endProgress(mode, streams);
    if (values.json) streams.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      for (const row of summary.rows) if (needsLook(row)) streams.stdout.write(`${await rowLine(row, locale)}\n`);
      const totals = translate(locale, 'batch.summary.totals', { ...summary.totals });
      streams.stdout.write(`${totals}\n`);
      streams.stdout.write(
        `${translate(locale, 'batch.progress.finished', { seconds: Math.round(summary.millis / 100) / 10, summary: summary.summaryHtml })}\n`,
      );
    }
    return exitFor(summary.rows);
  } catch (error) {
    if (error instanceof UsageError) {
      streams.stderr.write(`aima-prep: ${usageText(error, locale)}\n`);
      return EXIT.USAGE_OR_IO;
    }
    // A folder that cannot be read or written, in words, in the language asked for.
    const io = error as NodeJS.ErrnoException;
    const sentence = (await setupText(error, locale)) ?? ioText(error, locale) ?? io.message ?? String(error);
    streams.stderr.write(`aima-prep: ${sentence}\n`);
    return EXIT.USAGE_OR_IO;
  }
}
