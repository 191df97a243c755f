import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderLetterDocx } from '../../../electron/writing/letter-docx';
import { renderLetterPdf } from '../../../electron/writing/letter-pdf';
import { caseFileSchema, type CaseFile } from '../../../shared/case/case-file';
import type { EvidenceKind } from '../../../shared/case/evidence';
import { letterFacts, letterPurposes, type LetterFacts, type LetterPurpose } from '../../../shared/rules/letter-purpose';
import { nthWorkingDayAfter } from '../../../shared/rules/working-days';
import { PT_MONTHS } from '../../../shared/writing/dates';
import { buildLetter } from '../../../shared/writing/letter';

/**
 * Must show 2 of issue 13: for each letter purpose, build the facts, write the
 * letter as PDF and .docx, read both back (pdfjs, mammoth) and check every
 * claim the letter makes against the facts. A claim is a sentence the letter
 * may or may not contain; `supported` says, from the facts alone, whether it
 * must be there. A claim the facts do not support must be absent from both.
 */

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    for (const item of (await (await pdf.getPage(n)).getTextContent()).items) if ('str' in item) parts.push(item.str, ' ');
  }
  await pdf.destroy();
  return parts.join('');
}
/** The Portuguese letter only (the reading aid starts at its heading), with all whitespace (no-break spaces too) as one space. */
const portuguese = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .split('English reading aid')[0]!
    .replace(/ \d+ \/ \d+ /g, ' ');

/** "2 de janeiro de 2026": the letters' month names, the one list in shared/writing/dates.ts. */
const day = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} de ${PT_MONTHS[m - 1]} de ${y}`;
};

interface Claim {
  text: (f: LetterFacts) => string;
  supported: (f: LetterFacts) => boolean;
}
/** Every factual claim any letter can make, and when the facts support it. */
const claims: Record<string, Claim> = {
  'tried within the deadline': {
    text: () => 'procurei renovar a minha autorização de residência dentro do prazo',
    supported: (f) => f.firstAttemptBeforeExpiry,
  },
  'submission in time (tempestivo)': { text: () => 'tempestivo', supported: (f) => f.firstAttemptBeforeExpiry },
  'could not submit': {
    text: () => 'a falta de submissão não me é imputável',
    supported: (f) => !f.submission && !f.duc && !f.payment,
  },
  'no DUC generated': {
    text: () => 'Não foi gerado qualquer Documento Único de Cobrança (DUC)',
    supported: (f) => !f.duc && !f.payment && !f.submission,
  },
  'first attempt on its date': {
    text: (f) => (f.firstAttempt ? day(f.firstAttempt.at.slice(0, 10)) : '(no attempt)'),
    supported: (f) => !!f.firstAttempt,
  },
  'submitted on a date': {
    text: (f) => `Em ${f.submission ? day(f.submission.at.slice(0, 10)) : '?'}, submeti o pedido de renovação`,
    supported: (f) => !!f.submission,
  },
  'DUC generated': {
    // The date once for steps of one day: "No mesmo dia, foi gerado …" after the submission of that day.
    text: (f) =>
      `${f.duc && f.submission?.at.slice(0, 10) === f.duc.at.slice(0, 10) ? 'No mesmo dia' : `Em ${f.duc ? day(f.duc.at.slice(0, 10)) : '?'}`}, foi gerado o Documento Único de Cobrança (DUC)`,
    supported: (f) => !!f.duc,
  },
  'paid on a date': {
    text: (f) => `Em ${f.payment ? day(f.payment.at.slice(0, 10)) : '?'}, paguei a taxa devida.`,
    supported: (f) => !!f.payment,
  },
  'no decision came': { text: () => 'não me foi notificada qualquer decisão', supported: (f) => !!f.payment && !f.approval },
  'tacitly approved': {
    text: () => 'o pedido de renovação entende-se como deferido, sendo a emissão do título de residência imediata',
    // CPA art. 130 n.º 2: formed once no decision was dispatched by the first working day after the 60th.
    supported: (f) =>
      !!f.payment && !!f.tacitApprovalFrom && f.today > nthWorkingDayAfter(f.tacitApprovalFrom, 1).date && !f.approval,
  },
  'certificate asked of AIMA': { text: () => 'certidão de deferimento tácito', supported: () => false },
  approved: {
    text: (f) => `Em ${f.approval ? day(f.approval.at.slice(0, 10)) : '?'}, foi-me comunicado o deferimento`,
    supported: (f) => !!f.approval,
  },
  'card not received': { text: () => 'não recebi o novo título de residência', supported: (f) => !!f.approval },
  'expired more than six months ago': { text: () => 'há mais de seis meses', supported: (f) => f.lapsedOverSixMonths },
  chronology: { text: () => 'Apresento abaixo a cronologia', supported: (f) => f.entryCount > 0 },
};

function caseWith(expiry: string, evidence: Array<[string, EvidenceKind]>): CaseFile {
  return caseFileSchema.parse({
    schemaVersion: 1,
    id: 'ana-silva',
    title: 'Ana Silva',
    createdAt: '2026-01-01T10:00:00Z',
    updatedAt: '2026-01-01T10:00:00Z',
    person: {
      fullName: 'Ana Maria da Conceição Silva Nguyễn',
      dateOfBirth: '1991-02-14',
      nationality: 'brasileira',
      email: 'ana@example.org',
      address: { street: 'Rua da Prata 10, 2.º Esq.', postalCode: '1100-420', locality: 'Lisboa' },
      passportNumber: 'FX123456',
    },
    situation: { permitKind: 'temporary-work', permitNumber: 'AR-123', permitExpiry: expiry },
    evidence: evidence.map(([at, kind], i) => ({
      type: 'entry',
      id: `e${i}`,
      at: `${at}T10:00:00Z`,
      recordedAt: `${at}T10:00:00Z`,
      kind,
      note: '',
      ...(kind === 'duc-reference' ? { reference: '712 111 222 333' } : {}),
      files: [],
    })),
  });
}

/** One case per purpose, dated so that the purpose is the one the facts choose. */
const scenarios: Array<{ purpose: LetterPurpose; expiry: string; today: string; evidence: Array<[string, EvidenceKind]> }> = [
  { purpose: 'portal-failure', expiry: '2026-06-30', today: '2026-07-10', evidence: [['2026-06-20', 'portal-error-screenshot']] },
  {
    purpose: 'payment-not-registered',
    expiry: '2026-06-30',
    today: '2026-07-10',
    evidence: [
      ['2026-06-18', 'submitted-form'],
      ['2026-06-18', 'duc-reference'],
    ],
  },
  {
    purpose: 'no-decision',
    expiry: '2026-01-31',
    // The 62nd working day: no decision was dispatched by the first working day after the 60th (CPA art. 130 n.º 2).
    today: nthWorkingDayAfter('2026-01-05', 62).date,
    evidence: [
      ['2026-01-02', 'submitted-form'],
      ['2026-01-05', 'payment-proof'],
    ],
  },
  {
    purpose: 'card-not-received',
    expiry: '2026-01-31',
    today: '2026-09-01',
    evidence: [
      ['2026-01-05', 'payment-proof'],
      ['2026-04-01', 'approval-declaration'],
    ],
  },
  // The journey of issue 13: expired on 10 March, today 1 December 2026, nothing submitted.
  { purpose: 'lapsed-renewal', expiry: '2026-03-10', today: '2026-12-01', evidence: [] },
];

describe('each letter purpose, read back from PDF and .docx, claims only what the facts support', () => {
  it('covers every purpose', () => {
    expect(scenarios.map((s) => s.purpose).sort()).toEqual([...letterPurposes].sort());
  });

  for (const scenario of scenarios) {
    it(scenario.purpose, async () => {
      const caseFile = caseWith(scenario.expiry, scenario.evidence);
      const facts = letterFacts(caseFile, scenario.today);
      const letter = buildLetter(caseFile, { date: scenario.today });
      // The facts alone choose this purpose.
      expect(letter.purpose).toBe(scenario.purpose);
      const pdf = portuguese(await pdfText(await renderLetterPdf(letter)));
      const docx = portuguese((await mammoth.extractRawText({ buffer: Buffer.from(await renderLetterDocx(letter)) })).value);
      const made: string[] = [];
      for (const [name, claim] of Object.entries(claims)) {
        const sentence = claim.text(facts);
        for (const [format, text] of [
          ['pdf', pdf],
          ['docx', docx],
        ] as const) {
          if (text.includes(sentence)) {
            expect(claim.supported(facts), `${format}: "${name}" is claimed but the facts do not support it`).toBe(true);
            if (format === 'pdf') made.push(name);
          }
        }
      }
      // The letter argues its case: each purpose makes the claims that define it.
      const defining: Record<LetterPurpose, string[]> = {
        'portal-failure': ['could not submit', 'no DUC generated', 'first attempt on its date', 'tried within the deadline'],
        'payment-not-registered': ['submitted on a date', 'DUC generated'],
        'no-decision': ['submitted on a date', 'paid on a date', 'no decision came', 'tacitly approved'],
        'card-not-received': ['approved', 'card not received'],
        'lapsed-renewal': ['expired more than six months ago'],
      };
      expect(made).toEqual(expect.arrayContaining(defining[scenario.purpose]));
      // The same words in both formats.
      expect(docx).toContain(letter.introduction[1]!.slice(0, 80));
      expect(pdf).toContain(letter.introduction[1]!.slice(0, 80));
    });
  }

  it('a case with a DUC never gets the "could not submit" letter, in any format, whatever the problem asks', async () => {
    const caseFile = caseWith('2026-06-30', [
      ['2026-06-10', 'portal-error-screenshot'],
      ['2026-06-18', 'duc-reference'],
    ]);
    for (const asked of ['portal-failure', 'lapsed-renewal', 'from-facts'] as const) {
      const letter = buildLetter(caseFile, { date: '2026-07-10', asked });
      expect(letter.purpose).not.toBe('portal-failure');
      const pdf = portuguese(await pdfText(await renderLetterPdf(letter)));
      const docx = portuguese((await mammoth.extractRawText({ buffer: Buffer.from(await renderLetterDocx(letter)) })).value);
      for (const text of [pdf, docx]) {
        expect(text).not.toContain('falta de submissão');
        expect(text).not.toContain('impossibilidade de submissão');
        expect(text).not.toContain('Não foi gerado qualquer');
      }
    }
    expect(() => buildLetter(caseFile, { date: '2026-07-10', purpose: 'portal-failure' })).toThrow('LETTER_PURPOSE_UNTRUE');
  });
});
