import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseClientFile, type ClientFile } from '../../shared/batch/client-file';
import { CASE_SCHEMA_VERSION, caseFileSchema, type CaseFile } from '../../shared/case/case-file';
import type { Locale } from '../../shared/i18n';
import { contactScenarioIdSchema } from '../../shared/rules/contact-scenarios';
import { assessClientFile } from '../../shared/batch/advisor';
import { translate } from '../../shared/i18n/translate';
import { buildContactFormText } from '../../shared/writing/contact-form';
import { buildLetter, letterPlainText } from '../../shared/writing/letter';
import { writeFileAtomic } from '../batch/client-output';
import { renderLetterDocx } from '../writing/letter-docx';
import { renderLetterPdf } from '../writing/letter-pdf';
import { EXIT } from './exit-codes';
import type { Streams } from './progress';

/**
 * `aima-prep letter | contact-text | duc`: the texts and dates of one client,
 * from its client.json, by the same generators the app uses.
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

class TextInputError extends Error {}

async function loadClientFile(target: string): Promise<{ clientFile: ClientFile; name: string }> {
  let path = target;
  try {
    if ((await stat(target)).isDirectory()) path = join(target, 'client.json');
  } catch {
    throw new TextInputError(`${target}: not found`);
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new TextInputError(`${path}: cannot be read`);
  }
  const parsed = parseClientFile(text);
  if (!parsed.ok) {
    throw new TextInputError(
      [`${path} is not valid:`, ...parsed.issues.map((issue) => `  ${issue.field}: ${issue.message}`)].join('\n'),
    );
  }
  return { clientFile: parsed.clientFile, name: parsed.clientFile.person.fullName ?? 'client' };
}

/** The writing tools take a case; a client.json is a case without files or evidence. */
function caseOf(clientFile: ClientFile, title: string, today: string): CaseFile {
  const at = `${today}T00:00:00Z`;
  return caseFileSchema.parse({
    schemaVersion: CASE_SCHEMA_VERSION,
    id: 'client',
    title,
    createdAt: at,
    updatedAt: at,
    person: clientFile.person,
    situation: clientFile.situation,
  });
}

export async function runTextCommand(
  command: TextCommand,
  target: string,
  options: TextOptions,
  streams: Streams,
): Promise<number> {
  const write = (text: string) => streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  try {
    const { clientFile, name } = await loadClientFile(target);
    if (command === 'duc') {
      if (!clientFile.duc) throw new TextInputError('client.json has no duc.generatedAt: add when the DUC was generated');
      const assessment = assessClientFile(clientFile, options.now);
      const window = assessment.duc;
      if (!window) throw new TextInputError(`no DUC rules for this route (${assessment.route.id})`);
      const deadline = assessment.deadlines.find((d) => d.id === 'duc-payment')!;
      if (options.json) write(JSON.stringify({ ...window, state: { now: options.now, deadline } }, null, 2));
      else {
        const { locale } = options;
        const lisbon = (m: { lisbon: { date: string; time: string } }) => `${m.lisbon.date} ${m.lisbon.time} (Lisbon)`;
        const state = (s: string) => translate(locale, `batch.summary.deadlineState.${s}`);
        write(
          [
            `DUC generated: ${lisbon(window.generated)}`,
            `Try to pay from: ${lisbon(window.tryToPayFrom)}`,
            `Deadline (strictest reading): ${lisbon(window.deadline)} — ${state(deadline.state)}`,
            ...(deadline.other
              ? [
                  `Last day under ${deadline.other.label[locale]}: ${deadline.other.date} ${deadline.other.time ?? ''} (Lisbon) — ${state(deadline.other.state)}`,
                ]
              : []),
            '',
            deadline.explanation[locale],
            '',
            ...window.readings.map((reading) => `- ${lisbon(reading.lastMoment)}: ${reading.explanation[locale]}`),
          ].join('\n'),
        );
      }
      // An unpaid DUC whose strictest deadline has passed needs the person's attention now.
      return deadline.state === 'overdue' ? EXIT.NEEDS_ATTENTION : EXIT.ALL_READY;
    }

    const caseFile = caseOf(clientFile, name, options.today);
    if (command === 'contact-text') {
      const scenario = contactScenarioIdSchema.safeParse(options.scenario);
      if (!scenario.success) throw new TextInputError(`--scenario must be one of: ${contactScenarioIdSchema.options.join(', ')}`);
      const text = buildContactFormText(caseFile, scenario.data);
      write(options.json ? JSON.stringify(text, null, 2) : text.plainText);
      return text.warnings.length > 0 ? EXIT.NEEDS_ATTENTION : EXIT.ALL_READY;
    }

    const letter = buildLetter(caseFile, { date: options.today });
    if (!options.out) {
      write(letterPlainText(letter));
    } else {
      const extension = extname(options.out).toLowerCase();
      if (extension === '.txt') await writeFileAtomic(options.out, letterPlainText(letter));
      else if (extension === '.pdf') await writeFileAtomic(options.out, Buffer.from(await renderLetterPdf(letter)));
      else if (extension === '.docx') await writeFileAtomic(options.out, Buffer.from(await renderLetterDocx(letter)));
      else throw new TextInputError('--out must end in .pdf, .docx or .txt');
      write(options.out);
    }
    for (const warning of letter.warnings) streams.stderr.write(`warning: ${JSON.stringify(warning)}\n`);
    return letter.warnings.length > 0 ? EXIT.NEEDS_ATTENTION : EXIT.ALL_READY;
  } catch (error) {
    if (error instanceof TextInputError) {
      streams.stderr.write(`aima-prep: ${error.message}\n`);
      return EXIT.USAGE_OR_IO;
    }
    throw error;
  }
}
