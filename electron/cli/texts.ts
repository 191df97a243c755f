import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { CLIENT_JSON_WHOLE_FILE, fieldIssueText, parseClientFile, type ClientFile } from '../../shared/batch/client-file';
import { activeEvidence, type EvidenceRecord } from '../../shared/case/evidence';
import { withClientJsonDuc, withClientJsonPayment } from '../../shared/case/client-duc';
import { paymentEntry } from '../../shared/case/case-facts';
import { lisbonWallTime } from '../../shared/rules/dates';
import { CASE_SCHEMA_VERSION, caseFileSchema, type CaseFile } from '../../shared/case/case-file';
import type { Locale } from '../../shared/i18n';
import { contactScenarioIdSchema } from '../../shared/rules/contact-scenarios';
import { assessClientFile } from '../../shared/batch/advisor';
import { localizeIsoDates } from '../../shared/i18n/format';
import { afterColon, labelled } from '../../shared/i18n/after-colon';
import { translate } from '../../shared/i18n/translate';
import { buildContactFormText } from '../../shared/writing/contact-form';
import { buildLetter, letterPlainText } from '../../shared/writing/letter';
import { writeFileAtomic } from '../common/atomic-write';
import { renderLetterDocx } from '../writing/letter-docx';
import { renderLetterPdf } from '../writing/letter-pdf';
import { cliText } from './cli-i18n';
import { evidenceIssuesText, evidenceLogWarnings, readEvidenceLog } from '../clients/evidence-file';
import { scanClientFolder } from '../clients/scan';
import { problemSentence } from '../../shared/batch/problem-text';
import type { ClientProblem } from '../../shared/batch/summary';
import { EXIT } from './exit-codes';
import type { Streams } from './progress';

/**
 * `aima-prep letter | contact-text | duc`: the texts and dates of one client,
 * from its client.json (and the evidence log evidence.json beside it, when there
 * is one), by the same generators the app uses.
 */
export type TextCommand = 'letter' | 'contact-text' | 'duc';

export interface TextOptions {
  locale: Locale;
  today: string;
  /** The moment deadlines are judged at (ISO instant). */
  now: string;
  out?: string;
  scenario?: string;
  json?: boolean;
}

/** A problem with the client's files, already in words (the first line names the file once). */
class TextInputError extends Error {}

interface ClientTexts {
  clientFile: ClientFile;
  name: string;
  evidence: EvidenceRecord[];
  /** What the log left out (receipts outside the folder, malformed records), each said on stderr. */
  logWarnings: ClientProblem[];
  /** The client folder's documents by category (file names, as the batch sorts them): what the case "holds". */
  assignments: Record<string, string[]>;
}

/**
 * The client folder's files by category, sorted by name as the batch sorts them. The letter and the texts say
 * "Junto cópia do passaporte" and warn when the case holds no such file: without this, a folder holding
 * passport.jpg was told "Your case holds no file of them" (session 11's walk). A folder that cannot be listed
 * holds nothing we know of.
 */
async function assignmentsOf(folder: string): Promise<Record<string, string[]>> {
  try {
    const scan = await scanClientFolder(folder);
    return Object.fromEntries(scan.inputs.map((input) => [input.categoryId, input.files.map((file) => file.relPath)]));
  } catch {
    return {};
  }
}

async function loadClient(target: string, locale: Locale): Promise<ClientTexts> {
  let path = target;
  try {
    if ((await stat(target)).isDirectory()) path = join(target, 'client.json');
  } catch {
    throw new TextInputError(cliText(locale, 'io.notFound', { path: target }));
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new TextInputError(cliText(locale, code === 'ENOENT' ? 'io.notFound' : 'io.cannotRead', { path, reason: code }));
  }
  const parsed = parseClientFile(text);
  if (!parsed.ok) {
    const whole = parsed.issues.find((issue) => issue.field === CLIENT_JSON_WHOLE_FILE);
    // Not JSON at all: one sentence naming the file ("… client.json is not valid JSON: check …").
    if (whole) throw new TextInputError(`${path} ${fieldIssueText(whole.message, locale)}.`);
    throw new TextInputError(
      [
        cliText(locale, 'clientJsonInvalid', { path }),
        ...parsed.issues.map(
          (issue) => `  ${labelled(issue.field, fieldIssueText(issue.message, locale, issue.params), locale)}`,
        ),
      ].join('\n'),
    );
  }
  const log = await readEvidenceLog(join(dirname(path), 'evidence.json'));
  if (!log.ok)
    throw new TextInputError(
      [
        cliText(locale, 'evidenceInvalid', { path: log.path }),
        ...evidenceIssuesText(log.issues, locale).map((i) => `  ${i}`),
      ].join('\n'),
    );
  return {
    clientFile: parsed.clientFile,
    name: parsed.clientFile.person.fullName ?? 'client',
    evidence: log.evidence,
    logWarnings: evidenceLogWarnings(log),
    assignments: await assignmentsOf(dirname(path)),
  };
}

/** The writing tools take a case: client.json's facts, the folder's documents by category, the evidence log beside it. */
function caseOf(client: ClientTexts, today: string): CaseFile {
  const at = `${today}T00:00:00Z`;
  return caseFileSchema.parse({
    schemaVersion: CASE_SCHEMA_VERSION,
    id: 'client',
    title: client.name,
    createdAt: at,
    updatedAt: at,
    person: client.clientFile.person,
    situation: client.clientFile.situation,
    assignments: client.assignments,
    // client.json's DUC and payment count as the log's entries, as they do for `duc` and the batch: a letter for a
    // client whose DUC was generated never says that none was.
    evidence: [...client.evidence, ...clientJsonEntries(client)],
  });
}

/** client.json's DUC and payment as log entries, each unless the log already records one. */
function clientJsonEntries(client: ClientTexts): EvidenceRecord[] {
  const active = activeEvidence(client.evidence);
  return withClientJsonPayment(client.clientFile, withClientJsonDuc(client.clientFile, active)).filter(
    (entry) => !active.includes(entry),
  );
}

/**
 * A text without the English reading aid that follows it (after a line of dashes), for --lang pt: the
 * Portuguese to send, nothing in English. The files written with --out keep the aid on its own page.
 */
function portuguesePart(text: string): string {
  const aid = text.indexOf('English reading aid');
  // Up to the aid's heading, without the line of dashes that opens it.
  return (aid === -1 ? text : text.slice(0, aid).replace(/[\s-]+$/, '')).trimEnd();
}

export async function runTextCommand(
  command: TextCommand,
  target: string,
  options: TextOptions,
  streams: Streams,
): Promise<number> {
  const write = (text: string) => streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  try {
    const client = await loadClient(target, options.locale);
    const { clientFile } = client;
    const t = (key: string, params?: Record<string, string | number>) => cliText(options.locale, key, params);
    // "Atenção: o texto diz…": Portuguese writes lower case after the colon (shared/i18n/after-colon.ts).
    const warn = (text: string) => t('warning', { text: afterColon(text, options.locale) });
    // Said, not fatal: the log's payment still counts without the receipt (the batch says the same).
    for (const warning of client.logWarnings) streams.stderr.write(`${warn(problemSentence(warning, options.locale))}\n`);
    if (command === 'duc') {
      if (!clientFile.duc) throw new TextInputError(t('noDuc'));
      // A payment recorded in evidence.json (as the app's log records it) makes the DUC paid, not overdue.
      const evidence = activeEvidence(client.evidence);
      const assessment = assessClientFile(clientFile, options.now, evidence);
      const logged = paymentEntry(evidence);
      const payment = logged ?? (clientFile.duc.paidAt ? { at: clientFile.duc.paidAt } : null);
      const window = assessment.duc;
      if (!window) throw new TextInputError(t('noDucRules', { route: assessment.route.id }));
      const deadline = assessment.deadlines.find((d) => d.id === 'duc-payment')!;
      if (options.json) write(JSON.stringify({ ...window, state: { now: options.now, deadline } }, null, 2));
      else {
        const { locale } = options;
        const lisbon = (m: { lisbon: { date: string; time: string } }) =>
          t('duc.lisbon', { date: m.lisbon.date, time: m.lisbon.time });
        // Paid after a reading's last moment is said so, never a plain "met" beside that moment.
        const state = (s: string, paidAfter?: boolean) =>
          paidAfter ? t('duc.paidAfter') : translate(locale, `batch.summary.deadlineState.${s}`);
        const other = deadline.other;
        const lines = [
          t('duc.generated', { when: lisbon(window.generated) }),
          t('duc.tryFrom', { when: lisbon(window.tryToPayFrom) }),
          `${t('duc.deadline', { when: lisbon(window.deadline) })} — ${state(deadline.state, deadline.paidAfter)}`,
          ...(other
            ? [
                t('duc.other', {
                  reading: other.label[locale],
                  when: other.time ? lisbon({ lisbon: { date: other.date, time: other.time } }) : other.date,
                  state: state(other.state, other.paidAfter),
                }),
              ]
            : []),
          // Said where it is recorded, so the agency knows which file to correct if it is wrong.
          ...(payment
            ? [t(logged ? 'duc.paid' : 'duc.paidInClientJson', { when: lisbon({ lisbon: lisbonWallTime(payment.at) }) })]
            : []),
          '',
          deadline.explanation[locale],
          '',
          ...window.readings.map((reading) => `- ${labelled(lisbon(reading.lastMoment), reading.explanation[locale], locale)}`),
        ].join('\n');
        // Portuguese writes its dates out ("7 de dezembro de 2026"), as the app's screens do.
        write(locale === 'pt' ? localizeIsoDates(lines, locale) : lines);
      }
      // An unpaid DUC whose strictest deadline has passed needs the person's attention now.
      return deadline.state === 'overdue' ? EXIT.NEEDS_ATTENTION : EXIT.ALL_READY;
    }

    const caseFile = caseOf(client, options.today);
    if (command === 'contact-text') {
      const scenario = contactScenarioIdSchema.safeParse(options.scenario);
      if (!scenario.success)
        throw new TextInputError(t('usage.scenario', { scenarios: contactScenarioIdSchema.options.join(', ') }));
      // Built from client.json: a missing fact is added there (its field named), not in the app's "your details".
      const text = buildContactFormText(caseFile, scenario.data, 'client-folder');
      if (options.json) write(JSON.stringify(text, null, 2));
      else if (options.locale === 'pt') {
        // In Portuguese: the text to send and what to check, without the English reading aid.
        write([portuguesePart(text.plainText), '', ...text.warnings.map((w) => warn(w.text.pt))].join('\n'));
      } else write(text.plainText);
      return text.warnings.length > 0 ? EXIT.NEEDS_ATTENTION : EXIT.ALL_READY;
    }

    // A missing fact is added in client.json (its field named), as for contact-text.
    const letter = buildLetter(caseFile, { date: options.today }, 'client-folder');
    if (!options.out) {
      const plain = letterPlainText(letter);
      write(options.locale === 'pt' ? portuguesePart(plain) : plain);
    } else {
      const extension = extname(options.out).toLowerCase();
      if (extension === '.txt') await writeFileAtomic(options.out, letterPlainText(letter));
      else if (extension === '.pdf') await writeFileAtomic(options.out, Buffer.from(await renderLetterPdf(letter)));
      else if (extension === '.docx') await writeFileAtomic(options.out, Buffer.from(await renderLetterDocx(letter)));
      else throw new TextInputError(t('usage.outExtension'));
      write(t('written', { path: options.out }));
    }
    // Warnings are sentences for a person; --json keeps them as data.
    for (const warning of letter.warnings)
      streams.stderr.write(options.json ? `${JSON.stringify(warning)}\n` : `${warn(warning.text[options.locale])}\n`);
    return letter.warnings.length > 0 ? EXIT.NEEDS_ATTENTION : EXIT.ALL_READY;
  } catch (error) {
    if (error instanceof TextInputError) {
      streams.stderr.write(`aima-prep: ${error.message}\n`);
      return EXIT.USAGE_OR_IO;
    }
    throw error;
  }
}
