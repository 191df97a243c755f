import { parse } from 'mrz';
import { z } from 'zod';

/**
 * The passport's machine-readable zone (ICAO 9303, TD3: two lines of 44 characters),
 * from OCR text to checked fields. Pure: the OCR itself runs in electron/reading.
 *
 * What OCR gets wrong is fixed only where the MRZ layout leaves one possible reading
 * (a digit in a name is a letter, a letter in a date is a digit, the number of trailing
 * fillers). Check digits are never repaired: a line whose check digits fail is
 * "unreadable", and the person types the facts themselves.
 */
export const TD3_LENGTH = 44;

export const mrzFieldsSchema = z.object({
  surname: z.string(),
  givenNames: z.string(),
  /** Given names then surname, as people write them ("ANNA MARIA ERIKSSON"). */
  fullName: z.string(),
  /** ICAO 3-letter codes ("BRA", "IND"; Germany is "D"). */
  nationality: z.string(),
  issuingState: z.string(),
  dateOfBirth: z.iso.date(),
  sex: z.enum(['M', 'F', 'X']),
  passportNumber: z.string(),
  passportExpiry: z.iso.date(),
});
export type MrzFields = z.infer<typeof mrzFieldsSchema>;

export const mrzReadingSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('read'), lines: z.array(z.string()).length(2), fields: mrzFieldsSchema }),
  z.object({
    status: z.literal('unreadable'),
    reason: z.enum(['no-mrz-found', 'wrong-layout', 'check-digit-failed', 'invalid-field']),
    /** What was read, for the person to compare with the page. */
    lines: z.array(z.string()),
    /** Fields whose check digit (or format) failed, by the parser's names. */
    failedFields: z.array(z.string()),
  }),
]);
export type MrzReading = z.infer<typeof mrzReadingSchema>;

const TO_LETTER: Record<string, string> = { '0': 'O', '1': 'I', '2': 'Z', '5': 'S', '6': 'G', '8': 'B' };
const TO_DIGIT: Record<string, string> = { O: '0', D: '0', Q: '0', I: '1', L: '1', Z: '2', S: '5', G: '6', B: '8' };

/** Positions of TD3 line 2 that only hold digits (dates and check digits; 42 may be '<'). */
const LINE2_DIGITS = new Set([9, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 43]);
/** Positions of TD3 line 2 that only hold letters or fillers (nationality, sex). */
const LINE2_LETTERS = new Set([10, 11, 12, 20]);

const clean = (line: string) => line.toUpperCase().replace(/[^A-Z0-9<]/g, '');

/**
 * Line 1 is "P" + type + state + names padded with fillers: digits are letters, and names
 * are separated by one or two fillers, so everything after a run of three is padding.
 */
function fixLine1(line: string): string {
  let fixed = [...line].map((c, i) => (i >= 2 && TO_LETTER[c] ? TO_LETTER[c] : c)).join('');
  const padding = fixed.indexOf('<<<', 5);
  if (padding > 0) fixed = fixed.slice(0, padding);
  return fixed.length <= TD3_LENGTH ? fixed.padEnd(TD3_LENGTH, '<') : fixed;
}

/**
 * Line 2 has fixed positions up to the expiry check digit (28 characters) and ends with two
 * check digits; only the optional personal number in between may carry a run of fillers whose
 * length OCR misjudged. Anything else off-length stays off-length (and fails the layout check).
 */
function fixLine2(line: string): string {
  let fixed = line;
  if (fixed.length !== TD3_LENGTH && fixed.length > 30) {
    const head = fixed.slice(0, 28);
    const tail = fixed.slice(-2);
    let middle = fixed.slice(28, -2);
    const filler = /<+$/.exec(middle);
    if (filler && middle.length > 14) middle = middle.slice(0, Math.max(14, middle.length - filler[0].length)).padEnd(14, '<');
    else if (middle.length < 14 && (middle.endsWith('<') || middle === '')) middle = middle.padEnd(14, '<');
    if (middle.length === 14) fixed = head + middle + tail;
  }
  return [...fixed]
    .map((c, i) => {
      if (LINE2_DIGITS.has(i) && TO_DIGIT[c]) return TO_DIGIT[c];
      if (LINE2_LETTERS.has(i) && TO_LETTER[c]) return TO_LETTER[c];
      return c;
    })
    .join('');
}

/** The two MRZ lines in OCR text: the last line starting "P" followed by a long line. */
export function findMrzLines(text: string): [string, string] | null {
  const lines = text
    .split(/\r?\n/)
    .map(clean)
    .filter((line) => line.length >= 30);
  for (let i = lines.length - 2; i >= 0; i -= 1) {
    if (lines[i]!.startsWith('P') && lines[i]!.includes('<<')) return [lines[i]!, lines[i + 1]!];
  }
  return null;
}

/** Two-digit birth year: the latest century that does not put the birth in the future. */
function birthDate(yymmdd: string, today: string): string {
  const yy = Number(yymmdd.slice(0, 2));
  const thisYear = Number(today.slice(0, 4));
  const year = 2000 + yy > thisYear ? 1900 + yy : 2000 + yy;
  return `${year}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

/** Expiry: passports are valid at most ten years, so the century is the one within 50 years of today. */
function expiryDate(yymmdd: string, today: string): string {
  const yy = Number(yymmdd.slice(0, 2));
  const century = Math.floor(Number(today.slice(0, 4)) / 100) * 100;
  let year = century + yy;
  if (year > Number(today.slice(0, 4)) + 50) year -= 100;
  return `${year}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

const isRealDate = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

/** Parse and check a TD3 MRZ from OCR text; `today` (ISO) resolves two-digit years. */
export function readMrz(text: string, today: string): MrzReading {
  const found = findMrzLines(text);
  if (!found) return { status: 'unreadable', reason: 'no-mrz-found', lines: [], failedFields: [] };
  // A line read at the wrong length is not repaired by trying deletions until a check digit passes:
  // the reader places characters on the 44 cells (shared/reading/mrz-glyphs.ts) instead.
  return readLines(fixLine1(found[0]), fixLine2(found[1]), today);
}

function readLines(line1: string, line2: string, today: string): MrzReading {
  const lines = [line1, line2];
  if (lines.some((line) => line.length !== TD3_LENGTH)) {
    return { status: 'unreadable', reason: 'wrong-layout', lines, failedFields: [] };
  }
  let result: ReturnType<typeof parse>;
  try {
    result = parse(lines);
  } catch {
    return { status: 'unreadable', reason: 'wrong-layout', lines, failedFields: [] };
  }
  if (result.format !== 'TD3') return { status: 'unreadable', reason: 'wrong-layout', lines, failedFields: [] };
  const failed = result.details.filter((detail) => !detail.valid).map((detail) => String(detail.field));
  if (failed.length > 0) {
    const reason = failed.some((field) => field.endsWith('CheckDigit')) ? 'check-digit-failed' : 'invalid-field';
    return { status: 'unreadable', reason, lines, failedFields: failed };
  }
  const f = result.fields;
  const dob = birthDate(f.birthDate ?? '', today);
  const expiry = expiryDate(f.expirationDate ?? '', today);
  if (!isRealDate(dob) || !isRealDate(expiry)) {
    return {
      status: 'unreadable',
      reason: 'invalid-field',
      lines,
      failedFields: isRealDate(dob) ? ['expirationDate'] : ['birthDate'],
    };
  }
  const surname = f.lastName ?? '';
  const givenNames = f.firstName ?? '';
  return {
    status: 'read',
    lines,
    fields: {
      surname,
      givenNames,
      fullName: [givenNames, surname].filter(Boolean).join(' '),
      nationality: f.nationality ?? '',
      issuingState: f.issuingState ?? '',
      dateOfBirth: dob,
      sex: f.sex === 'male' ? 'M' : f.sex === 'female' ? 'F' : 'X',
      passportNumber: f.documentNumber ?? '',
      passportExpiry: expiry,
    },
  };
}

/** ICAO 9303 check digit (weights 7, 3, 1; '<' = 0, A = 10 … Z = 35): for generating test passports and checks. */
export function mrzCheckDigit(field: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  [...field].forEach((c, i) => {
    const value = c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * weights[i % 3]!;
  });
  return String(sum % 10);
}
