import { caseFileSchema, type CaseFile } from '../../../shared/case/case-file';
import { keyPaths, messages } from '../../../shared/i18n';
import { readerOverlay } from '../../../shared/i18n/reader';
import { translate } from '../../../shared/i18n/translate';
import { contactScenarioIdSchema } from '../../../shared/rules/contact-scenarios';
import { ducRouteSchema, ducWindow } from '../../../shared/rules/duc';
import { ducCalendarIcs } from '../../../shared/rules/duc-calendar';
import { choosePurpose, letterFacts } from '../../../shared/rules/letter-purpose';
import { checklistFor } from '../../../shared/rules/checklist';
import { preUploadChecklistFor } from '../../../shared/rules/pre-upload';
import { decideRoute } from '../../../shared/rules/route';
import { permitKinds } from '../../../shared/rules/situation';
import { buildTimeline } from '../../../shared/rules/timeline';
import { troubleshootingFor } from '../../../shared/rules/troubleshooting';
import { buildContactFormText } from '../../../shared/writing/contact-form';
import { buildEmailDraft } from '../../../shared/writing/email';
import { buildLetter, letterPlainText } from '../../../shared/writing/letter';

/**
 * Every Portuguese text the app shows or writes, for the spelling test: the
 * UI strings, every `pt` of the rules and texts modules (scenarios, sources,
 * troubleshooting, checklist…), and the generated texts of every contact
 * scenario, e-mail and letter purpose for cases that differ where the texts do
 * (NISS or not, evidence or not).
 */

export interface PtText {
  where: string;
  text: string;
}

export function uiStrings(): PtText[] {
  const agency = readerOverlay('agency', 'pt');
  return [
    ...keyPaths(messages.pt).map((key) => ({ where: `i18n ${key}`, text: translate('pt', key) })),
    // The guide as an agency reads a client's case (shared/i18n/agency-reader-pt.ts).
    ...keyPaths(agency).map((key) => ({
      where: `i18n agency ${key}`,
      text: key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], agency) as string,
    })),
  ];
}

/** Every string under a `pt` key of an exported object, however deep; zod schemas and functions are skipped. */
export function localizedStrings(modules: Record<string, Record<string, unknown>>): PtText[] {
  const found: PtText[] = [];
  const seen = new WeakSet<object>();
  const walk = (value: unknown, where: string, underPt: boolean, depth: number) => {
    if (depth > 14) return;
    if (typeof value === 'string') {
      if (underPt) found.push({ where, text: value });
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    if ('_zod' in value || '~standard' in value) return;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`, underPt || key === 'pt', depth + 1);
  };
  for (const [file, exports] of Object.entries(modules))
    for (const [name, value] of Object.entries(exports)) walk(value, `${file} ${name}`, false, 0);
  return found;
}

function baseCase(person: Record<string, unknown>, situation: Record<string, unknown>, evidence: unknown[] = []): CaseFile {
  return caseFileSchema.parse({
    schemaVersion: 1,
    id: 'spelling',
    title: 'Verificação ortográfica',
    createdAt: '2026-10-01T10:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
    person,
    situation,
    evidence,
  });
}

const entry = (id: string, kind: string, at: string, extra: Record<string, unknown> = {}) => ({
  type: 'entry',
  id,
  at,
  recordedAt: at,
  kind,
  note: '',
  files: [],
  ...extra,
});

/** Cases whose texts differ: everything known with evidence; no NISS and no evidence; nothing known. */
export function spellingCases(): Record<string, CaseFile> {
  const person = {
    fullName: 'Maria João Ferreira',
    dateOfBirth: '1988-11-03',
    nationality: 'brasileira',
    phone: '+351 913 000 111',
    email: 'maria@example.org',
    previousEmail: 'maria.antigo@example.com',
    address: { street: 'Rua da Prata, 10', postalCode: '1100-420', locality: 'Lisboa' },
    addressOnRecord: { street: 'Rua do Ouro, 5', postalCode: '1100-060', locality: 'Lisboa' },
    nif: '123456789',
    niss: '12345678910',
    passportNumber: 'FZ123456',
  };
  const situation = { permitKind: 'temporary-work', permitNumber: 'A1234567', permitExpiry: '2026-09-30', hasNiss: true };
  return {
    complete: baseCase(person, situation, [
      entry('e1', 'portal-error-screenshot', '2026-10-25T00:30:00Z'),
      entry('e2', 'submitted-form', '2026-10-26T09:00:00Z'),
      entry('e3', 'duc-reference', '2026-10-27T10:00:00Z', { reference: '712 345 678 901' }),
      entry('e4', 'payment-proof', '2026-10-28T10:00:00Z'),
      entry('e5', 'email-sent', '2026-11-10T15:00:00Z'),
    ]),
    noNiss: baseCase({ ...person, niss: undefined }, { ...situation, hasNiss: false }),
    empty: baseCase({}, {}),
    // The letters for an approved renewal and for a permit that lapsed are written only for such cases.
    approved: baseCase(person, situation, [
      entry('a1', 'payment-proof', '2026-05-05T10:00:00Z'),
      entry('a2', 'approval-declaration', '2026-08-01T10:00:00Z'),
    ]),
    lapsed: baseCase(person, { ...situation, permitExpiry: '2026-03-10' }, [
      entry('l1', 'portal-error-screenshot', '2026-03-01T10:00:00Z'),
    ]),
  };
}

/** The Portuguese part of a text that ends with an English reading aid. */
function portuguesePart(text: string): string {
  const cut = text.search(/^-{3}.*English|^-{10,}$/m);
  return cut === -1 ? text : text.slice(0, cut);
}

export function generatedTexts(): PtText[] {
  const texts: PtText[] = [];
  for (const [name, caseFile] of Object.entries(spellingCases())) {
    for (const id of contactScenarioIdSchema.options) {
      const form = buildContactFormText(caseFile, id);
      texts.push({ where: `contact form ${id} (${name})`, text: portuguesePart(form.plainText) });
      texts.push(...form.warnings.map((w) => ({ where: `contact form ${id} warning (${name})`, text: w.text.pt })));
      const email = buildEmailDraft(caseFile, id);
      texts.push({ where: `email ${id} (${name})`, text: `${email.subject}\n${portuguesePart(email.body)}` });
      texts.push(...email.warnings.map((w) => ({ where: `email ${id} warning (${name})`, text: w.text.pt })));
    }
    const fitting = choosePurpose(undefined, letterFacts(caseFile, '2026-12-01')).options.filter((o) => o.fits);
    // A letter the case's facts do not support is refused, never written: only the fitting ones exist.
    for (const { purpose } of fitting) {
      const letter = buildLetter(caseFile, { purpose, date: '2026-12-01' });
      texts.push({ where: `letter ${purpose} (${name})`, text: portuguesePart(letterPlainText(letter)) });
    }
  }
  return texts;
}

/** The DUC window's advice, readings and reminders, and the .ics made of them, for every DUC route. */
export function ducTexts(): PtText[] {
  return ducRouteSchema.options.flatMap((route) => {
    const window = ducWindow({ route, generatedAt: { lisbonDate: '2026-11-20', lisbonTime: '10:15' } });
    const ics = ducCalendarIcs(window, 'pt')
      .replace(/\r?\n[ \t]/g, '') // unfold the 75-octet lines of RFC 5545
      .split(/\r?\n/)
      .filter((line) => /^(SUMMARY|DESCRIPTION)/.test(line))
      .map((line) =>
        line
          .replace(/^[A-Z]+[^:]*:/, '')
          .replace(/\\n/g, ' ')
          .replace(/\\([,;])/g, '$1'),
      );
    return [...localizedStrings({ [`duc window ${route}`]: { window } }), { where: `ics ${route}`, text: ics.join(' ') }];
  });
}

/** The modules whose exported objects hold `{ pt, en }` texts. */
export async function textModules(): Promise<Record<string, Record<string, unknown>>> {
  const { readdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const modules: Record<string, Record<string, unknown>> = {};
  const root = join(import.meta.dirname, '../../../shared');
  for (const dir of ['rules', 'writing', 'batch', 'case', 'engine', 'api/calls'])
    for (const file of readdirSync(join(root, dir)).filter((name) => name.endsWith('.ts')))
      modules[`${dir}/${file}`] = (await import(/* @vite-ignore */ join(root, dir, file))) as Record<string, unknown>;
  return modules;
}

/**
 * The rules' sentences as an agency reads them about its client (the route, timeline, checklist, pre-upload checks,
 * troubleshooting rows and the contact texts of a client folder): computed for situations that raise every warning,
 * since the agency's words are chosen inside the rules' functions, not exported as data.
 */
export function agencyRulesTexts(): PtText[] {
  const days = ['2025-11-20', '2026-03-01', '2026-12-01'];
  const expiries = ['2019-08-15', '2024-08-15', '2026-01-15', '2026-09-15', '2026-12-31', '2027-08-15'];
  const everything = {
    inPortugal: false,
    emailWithAimaCurrent: false,
    addressChangedSinceLastCard: true,
    hasNiss: false,
    biometricsOnFile: false,
  };
  const texts = new Map<string, string>();
  const add = (where: string, text: { pt: string }) => texts.set(text.pt, where);
  for (const today of days)
    for (const permitKind of permitKinds)
      for (const permitExpiry of expiries)
        for (const extra of [{ passportExpiry: '2025-01-01', ...everything }, { passportExpiry: '2026-12-20' }]) {
          const s = { permitKind, permitExpiry, ...extra };
          const decision = decideRoute(s, today, 'agency');
          for (const w of [...decision.why, ...decision.warnings]) add(`agency route ${permitKind} ${permitExpiry}`, w.text);
          for (const item of buildTimeline(s, today, { lisbonDate: '2026-11-20', lisbonTime: '10:15' }, {}, 'agency').items)
            for (const text of [item.title, item.detail]) add(`agency timeline ${item.id}`, text);
          const checklist = checklistFor(s, today, 'agency');
          for (const item of checklist.items)
            for (const text of [item.validity, ...(item.condition ? [item.condition] : [])])
              add(`agency checklist ${item.ruleId}`, text);
          for (const note of checklist.notes) add(`agency checklist note ${permitKind}`, note.text);
        }
  for (const s of [
    {},
    { permitKind: 'temporary-study', permitExpiry: '2026-12-20', hasNiss: false, addressChangedSinceLastCard: true },
  ] as const)
    for (const item of preUploadChecklistFor(s, '2026-12-01', 'agency')) add(`agency pre-upload ${item.id}`, item.text);
  for (const row of troubleshootingFor('agency'))
    for (const text of [row.problem, row.mayMean, ...row.tryThis]) add(`agency trouble ${row.id}`, text);
  for (const [name, caseFile] of Object.entries(spellingCases()))
    for (const scenario of contactScenarioIdSchema.options) {
      const form = buildContactFormText(caseFile, scenario, 'client-folder');
      for (const text of [...form.notes, ...form.warnings.map((w) => w.text)])
        add(`agency contact form ${scenario} ${name}`, text);
    }
  return [...texts].map(([text, where]) => ({ where, text }));
}
