import { z } from 'zod';
import { PT_MONTHS } from '../writing/dates';
import { addDays } from '../rules/dates';
import { checkFreshness, freshnessIdSchema, freshnessResultSchema, lastDayOfValidity } from '../rules/freshness';
import { nissCheckDigit } from '../case/fields';
import { normalizeText } from './normalize';

/**
 * Reading a Finanças certidão or a Segurança Social declaração from its text (text
 * layer or OCR): which certificate, when it was issued, the validity it states, the
 * NIF/NISS and the name. A field the text does not state clearly stays null: the
 * person enters it; nothing is inferred from "the most recent date on the page".
 */
export const certificateKindSchema = z.enum([
  'financas-certificate',
  'social-security-declaration',
  'fiscal-domicile-certificate',
  'junta-address-certificate',
]);
export type CertificateKind = z.infer<typeof certificateKindSchema>;

export const certificateReadingSchema = z.object({
  kind: certificateKindSchema,
  issuedOn: z.iso.date().nullable(),
  /** The validity the certificate states about itself ("válida por 3 meses"), when it does. */
  statedValidity: z
    .object({ months: z.number().int().positive() })
    .or(z.object({ days: z.number().int().positive() }))
    .nullable(),
  nif: z
    .string()
    .regex(/^\d{9}$/)
    .nullable(),
  niss: z
    .string()
    .regex(/^\d{11}$/)
    .nullable(),
  name: z.string().nullable(),
});
export type CertificateReading = z.infer<typeof certificateReadingSchema>;

// Matched against text with accents removed ("marco"): the letter's month names, stripped.
const MONTHS = PT_MONTHS.map((month) => month.normalize('NFD').replace(/\p{M}/gu, ''));
const NUMBER_WORDS: Record<string, number> = { um: 1, dois: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, trinta: 30, noventa: 90 };

const pad = (n: number) => String(n).padStart(2, '0');
function isoOf(year: number, month: number, day: number): string | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** A date written the Portuguese ways: 2026-11-02, 02-11-2026, 02/11/2026, 2 de novembro de 2026. */
const DATE = String.raw`(\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2} de [a-z]+ de \d{4})`;

function parseDate(written: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(written);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2}) de ([a-z]+) de (\d{4})$/.exec(written);
  if (m) {
    const month = MONTHS.indexOf(m[2]!);
    return month < 0 ? null : isoOf(Number(m[3]), month + 1, Number(m[1]));
  }
  return null;
}

/**
 * Could a page whose title strip (its first lines) says this be one of the certificates? Any word of an issuer
 * or a title, even cut short by OCR ("SEGURANC", "Certid"): a yes only costs reading the rest of the header, a
 * no ends the read of a scan that is none of them after one small OCR (electron/reading/read-document.ts).
 */
export function mayBeCertificate(titleText: string): boolean {
  return /tribut|aduan|financ|certid|seguran|contribut|declara|freguesia|atestad|domicilio|residencia/.test(
    normalizeText(titleText),
  );
}

/** The certificate's kind from its words; null when the text is none of these. */
export function certificateKindOf(text: string): CertificateKind | null {
  const t = normalizeText(text);
  if (/junta de freguesia/.test(t) && /(atestado|certificado|certidao) de (residencia|morada)/.test(t))
    return 'junta-address-certificate';
  if (/autoridade tributaria/.test(t) && /domicilio fiscal/.test(t) && /certid/.test(t)) return 'fiscal-domicile-certificate';
  if (/autoridade tributaria|financas/.test(t) && /certidao/.test(t) && /situacao tributaria|divida/.test(t))
    return 'financas-certificate';
  if (/seguranca social/.test(t) && /situacao contributiva/.test(t)) return 'social-security-declaration';
  return null;
}

/** NIF check digit (mod 11): a number whose last digit does not fit is not a NIF (or was misread). */
export function isValidNif(nif: string): boolean {
  if (!/^\d{9}$/.test(nif)) return false;
  const sum = [...nif.slice(0, 8)].reduce((acc, d, i) => acc + Number(d) * (9 - i), 0);
  const check = 11 - (sum % 11);
  return (check >= 10 ? 0 : check) === Number(nif[8]);
}

/**
 * NISS check digit (Portaria n.º 1483/2004, as shared/case/fields.ts): a number whose last digit does not
 * fit was misread (OCR) or is not a NISS, and is left for the person to enter rather than compared.
 */
export function isValidNiss(niss: string): boolean {
  return /^[12]\d{10}$/.test(niss) && nissCheckDigit(niss.slice(0, 10)) === Number(niss[10]);
}

function issueDate(t: string): string | null {
  const labelled = new RegExp(String.raw`(?:emitid[ao] em|data de emissao:?|emissao:?|data:)\s*` + DATE).exec(t);
  if (labelled) return parseDate(labelled[1]!);
  // The closing line of a letter-style declaration: "Lisboa, 2 de novembro de 2026".
  const closing = new RegExp(String.raw`(?:^|\n)[a-z][a-z ]{1,30}, (\d{1,2} de [a-z]+ de \d{4})`).exec(t);
  return closing ? parseDate(closing[1]!) : null;
}

function statedValidity(t: string): CertificateReading['statedValidity'] {
  const m = /valid[ao] (?:pelo prazo de |por )?(\d+|[a-z]+) (meses|mes|dias)/.exec(t);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!];
  if (!n) return null;
  return m[2] === 'dias' ? { days: n } : { months: n };
}

function labelledNumber(t: string, label: string, digits: number): string | null {
  const m = new RegExp(String.raw`\b${label}\b[^0-9\n]{0,30}((?:\d[ .]?){${digits}})`).exec(t);
  if (!m) return null;
  const number = m[1]!.replace(/[ .]/g, '');
  return number.length === digits ? number : null;
}

/** The person's name where the document labels it ("Nome:", "Nome do trabalhador:"), up to a comma, a wide gap or the next number label. */
export function labelledName(text: string): string | null {
  const m = /\bnome(?: completo| do trabalhador| do titular)?\s*[:-]\s*([^\n,;]{3,120})/i.exec(text);
  if (!m) return null;
  const name = m[1]!
    .split(/ {2,}|\t|\b(?:NIF|NISS|N\.º)\b/i)[0]!
    .trim()
    .replace(/\s+/g, ' ');
  return name.length >= 3 ? name : null;
}

export function readCertificate(text: string): CertificateReading | null {
  const kind = certificateKindOf(text);
  if (!kind) return null;
  const t = normalizeText(text);
  const nif = labelledNumber(t, '(?:nif|numero de identificacao fiscal|contribuinte n\\.?o?)', 9);
  const niss = labelledNumber(t, '(?:niss|numero de identificacao de seguranca social)', 11);
  return {
    kind,
    issuedOn: issueDate(t),
    statedValidity: statedValidity(t),
    nif: nif && isValidNif(nif) ? nif : null,
    niss: niss && isValidNiss(niss) ? niss : null,
    name: labelledName(text),
  };
}

export const certificateVerdictSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.enum(['fresh', 'stale', 'not-yet-issued']),
    id: freshnessIdSchema,
    issuedOn: z.iso.date(),
    lastFreshDay: z.iso.date(),
    submitOn: z.iso.date(),
    freshness: freshnessResultSchema,
  }),
  z.object({ status: z.literal('no-issue-date') }),
  /** AIMA no longer accepts the junta de freguesia address certificate (rules: juntaNotAccepted). */
  z.object({ status: z.literal('not-accepted') }),
]);
export type CertificateVerdict = z.infer<typeof certificateVerdictSchema>;

/**
 * Fresh on the day the person plans to submit? The rules' validity decides; when the
 * certificate states a shorter one, the shorter one does.
 */
export function certificateVerdict(reading: CertificateReading, submitOn: string): CertificateVerdict {
  if (reading.kind === 'junta-address-certificate') return { status: 'not-accepted' };
  if (!reading.issuedOn) return { status: 'no-issue-date' };
  const freshness = checkFreshness(reading.kind, reading.issuedOn, submitOn);
  let lastFreshDay = freshness.lastFreshDay;
  if (reading.statedValidity) {
    // "Válida por N meses/dias" is a period counted from the issue date (Código Civil art. 279 b) and c)):
    // months end on the corresponding day; days do not count the day of issue.
    const stated =
      'months' in reading.statedValidity
        ? lastDayOfValidity(reading.issuedOn, reading.statedValidity)
        : addDays(reading.issuedOn, reading.statedValidity.days);
    if (stated < lastFreshDay) lastFreshDay = stated;
  }
  const status = submitOn < reading.issuedOn ? 'not-yet-issued' : submitOn <= lastFreshDay ? 'fresh' : 'stale';
  return { status, id: reading.kind, issuedOn: reading.issuedOn, lastFreshDay, submitOn, freshness };
}
