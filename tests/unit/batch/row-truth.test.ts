import { describe, expect, it } from 'vitest';
import { outcomeFromReport } from '../../../electron/batch/report-outcome';
import type { ClientJob } from '../../../electron/batch/preparer';
import { rulesAdvisor } from '../../../shared/batch/advisor';
import { clientFileSchema } from '../../../shared/batch/client-file';
import { problemSentence } from '../../../shared/batch/problem-text';
import { buildSummaryRow, type RowFacts } from '../../../shared/batch/row';
import { sayIn } from '../../../shared/batch/said';
import { summaryRowSchema } from '../../../shared/batch/summary';
import type { Locale } from '../../../shared/i18n';
import { VALID_CLIENT_JSON } from '../../client-json';
import { reportFor } from '../case/assessment-fixtures';

/**
 * What the agency reads about a client is true of the case: one status from the case assessment, the
 * person's own files named (never the prepared PDF they never made), and words kept as meaning so the
 * agency view can show them in the app's language whatever language the batch ran in.
 */
const NOW = '2026-12-01T11:00:00Z';
const paidClient = clientFileSchema.parse({
  ...VALID_CLIENT_JSON,
  duc: { ...VALID_CLIENT_JSON.duc, paidAt: '2026-11-20T12:00:00+00:00' },
});
const unpaidClient = clientFileSchema.parse(VALID_CLIENT_JSON);

function facts(clientFile: typeof paidClient, locale: Locale, extra: Partial<RowFacts> = {}): RowFacts {
  return {
    client: 'ana',
    locale,
    defaultExpected: [],
    // Only the passport was given: the rest of the checklist is missing from the folder.
    categoriesWithInputs: ['passport'],
    unsorted: [],
    clientFile: { ok: true, clientFile },
    passwordsProblem: null,
    outcome: { categories: [{ categoryId: 'passport', status: 'ready', outputBytes: 1000 }], problems: [] },
    failure: null,
    inputBytes: 1000,
    outputFolder: 'ana',
    millis: 0,
    advice: rulesAdvisor(NOW)(clientFile, locale),
    ...extra,
  };
}

describe('a client who submitted and paid', () => {
  it('is "submitted and paid", not "needs attention"; what the folder lacks is a note in the next action, in both languages', () => {
    const en = buildSummaryRow(facts(paidClient, 'en'));
    expect(en.categoriesMissing.length).toBeGreaterThan(0);
    expect(en.status).toBe('submitted');
    expect(en.nextAction).toMatch(/^Payment recorded: wait for AIMA’s decision/);
    expect(en.nextAction).toContain('AIMA may still ask for the documents listed as missing or not ready.');
    // The note points at the Missing / Not ready lists beside it; it does not repeat them.
    expect(en.nextAction).not.toContain('Proof of address');
    const pt = buildSummaryRow(facts(paidClient, 'pt'));
    expect(pt.status).toBe('submitted');
    expect(pt.nextAction).toMatch(/^Pagamento registado: aguarde a decisão da AIMA/);
    expect(pt.nextAction).toContain('A AIMA pode ainda pedir os documentos indicados como em falta ou não prontos.');
  });

  it('an unreadable client.json or evidence.json still needs attention: the payment itself is then unknown', () => {
    const evidenceProblem = {
      code: 'EVIDENCE_JSON_INVALID',
      severity: 'error' as const,
      messageKey: 'batch.problems.evidenceJsonInvalid',
      params: { issues: { en: '0.kind: wrong', pt: '0.kind: errado' } },
      file: 'evidence.json',
    };
    expect(buildSummaryRow(facts(paidClient, 'en', { evidenceProblem })).status).toBe('needs-attention');
  });

  it('a client who has not paid and lacks documents needs attention (the DUC first)', () => {
    const row = buildSummaryRow(facts(unpaidClient, 'en'));
    expect(row.status).toBe('needs-attention');
    expect(row.nextAction).not.toContain('AIMA may still ask');
  });
});

describe("problems name the person's own file, never the prepared PDF", () => {
  function rowFor(outcome: 'blurred' | 'not-ready' | 'over-limit', files: string[]) {
    const report = reportFor({ passport: outcome });
    const category = report.categories[0]!;
    category.inputs = files.map((file, index) => ({ ...category.inputs[0]!, index, file, pages: 1 }));
    category.output!.pages = files.length;
    // The reason is on the last page: the last of the person's files.
    for (const reason of category.output!.validation!.reasons) if (reason.page) reason.page = files.length;
    const job = {
      client: 'ana',
      inputs: [
        { categoryId: 'passport', files: files.map((file) => ({ path: `/in/passport/${file}`, relPath: `passport/${file}` })) },
      ],
    } as unknown as ClientJob;
    return buildSummaryRow({ ...facts(unpaidClient, 'en'), advice: null, outcome: outcomeFromReport(report, job) });
  }

  it("a blocked page names the file it came from, with that file's page; the next action names it with its category", () => {
    const row = rowFor('not-ready', ['IMG_2040.HEIC', 'IMG_2041.HEIC']);
    const problem = row.problems.find((p) => p.code === 'BLANK_PAGE')!;
    expect(problem.file).toBe('passport/IMG_2041.HEIC');
    expect(problem.params).toMatchObject({ page: 1, outputPage: 2 });
    expect(row.nextAction).toBe(
      'Passport: replace passport/IMG_2041.HEIC with a readable copy (see the problem), then run again.',
    );
    expect(sayIn(row.said!.nextAction, 'pt')).toBe(
      'Passaporte: substitua passport/IMG_2041.HEIC por uma cópia legível (veja o problema) e execute de novo.',
    );
    for (const text of [row.nextAction, ...row.problems.map((p) => problemSentence(p, 'en'))])
      expect(text).not.toContain('passport.pdf');
  });

  it('a problem of the whole PDF names every file of the category', () => {
    const row = rowFor('over-limit', ['a.jpg', 'b.jpg']);
    expect(row.problems.find((p) => p.code === 'OVER_LIMIT')?.file).toBe('passport/a.jpg, passport/b.jpg');
  });

  // Walk s15: a 109 MB, 40-page scanned statement read "income-proof/extrato-bancario.pdf: This file is 1.24 MB, …":
  // the size is the prepared PDF's, never the person's file's.
  it("over the limit is said of the PDF prepared from the person's files, not of the files", () => {
    const one = rowFor('over-limit', ['a.jpg']).problems.find((p) => p.code === 'OVER_LIMIT')!;
    expect(problemSentence(one, 'en')).toBe(
      `passport/a.jpg: the PDF prepared from this file is 1.24 MB, even compressed: more than the 1 MB the portal accepts.`,
    );
    expect(problemSentence(one, 'pt')).toBe(
      `passport/a.jpg: o PDF preparado a partir deste ficheiro tem 1,24 MB, mesmo comprimido: mais do que o limite de 1 MB do portal.`,
    );
    const two = rowFor('over-limit', ['a.jpg', 'b.jpg']).problems.find((p) => p.code === 'OVER_LIMIT')!;
    expect(problemSentence(two, 'en')).toContain('passport/a.jpg, passport/b.jpg: the PDF prepared from these files is');
    expect(problemSentence(two, 'pt')).toContain('b.jpg: o PDF preparado a partir destes ficheiros tem');
  });

  // Walk s15: the next action told Tomás to scan his statement again in black and white; its pages already were.
  it('the next action offers a black-and-white scan only when the compress stage says it would help', () => {
    expect(rowFor('over-limit', ['a.jpg']).nextAction).toContain('scan the paper again in black and white');
    const report = reportFor({ passport: 'over-limit' });
    report.categories[0]!.output!.compression = { fitsLimit: false, options: ['remove-pages'] } as never;
    const job = {
      client: 'ana',
      inputs: [{ categoryId: 'passport', files: [{ path: '/in/p.pdf', relPath: 'passport/p.pdf' }] }],
    };
    const row = buildSummaryRow({
      ...facts(unpaidClient, 'en'),
      advice: null,
      outcome: outcomeFromReport(report, job as unknown as ClientJob),
    });
    expect(row.nextAction).toContain('already stored in black and white: scanning the paper again would not give a smaller file');
    expect(row.nextAction).not.toContain('200 or 300 dpi');
    expect(sayIn(row.said!.nextAction, 'pt')).toContain('As páginas já estão guardadas a preto e branco');
  });
});

describe("the row keeps its words as meaning: shown in any language, whatever the run's", () => {
  it('a run in Portuguese reads in English in the agency view, and the other way round', () => {
    for (const [run, shown] of [
      ['pt', 'en'],
      ['en', 'pt'],
    ] as const) {
      const runRow = summaryRowSchema.parse(buildSummaryRow(facts(paidClient, run)));
      const shownRow = buildSummaryRow(facts(paidClient, shown));
      // The words the run would have written in the shown language, from the row the run kept.
      expect(sayIn(runRow.said!.nextAction, shown)).toBe(shownRow.nextAction);
      expect(runRow.said!.nextDeadline?.what[shown]).toBe(shownRow.nextDeadline?.what);
      expect(runRow.said!.nextDeadline?.when[shown]).toBe(shownRow.nextDeadline?.when);
      expect(runRow.said!.nextDeadline?.explanation[shown]).toBe(shownRow.nextDeadline?.explanation);
      // The string columns stay in the run's language (summary.csv/html, the CLI).
      expect(runRow.nextAction).toBe(sayIn(runRow.said!.nextAction, run));
    }
  });

  it('problems with words as parameters (what reading found, a client.json field) read in either language', () => {
    const row = buildSummaryRow({
      ...facts(unpaidClient, 'en'),
      clientFile: { ok: false, issues: [{ field: 'person.nif', message: 'fields.nif.checkDigit' }] },
      advice: null,
    });
    const problem = row.problems.find((p) => p.code === 'CLIENT_JSON_INVALID')!;
    expect(problemSentence(problem, 'en')).not.toBe(problemSentence(problem, 'pt'));
    expect(problemSentence(problem, 'pt')).toContain('client.json');
    expect(problemSentence(problem, 'pt')).not.toMatch(/\[object|\{\{/);
  });
});

describe('a password-protected PDF in a batch', () => {
  it('the next action says what it is and both ways forward, with passwords.json, in English and Portuguese', () => {
    const problem = {
      code: 'PDF_PASSWORD_NEEDED',
      severity: 'error' as const,
      messageKey: 'engine.errors.passwordNeeded',
      file: 'financas-no-debt/certidao.pdf',
      categoryId: 'financas-no-debt' as const,
    };
    const outcome = {
      categories: [{ categoryId: 'passport' as const, status: 'ready' as const, outputBytes: 1 }],
      problems: [problem],
    };
    const en = buildSummaryRow({ ...facts(unpaidClient, 'en'), advice: null, outcome });
    expect(en.nextAction).toBe(
      'financas-no-debt/certidao.pdf is a PDF protected by a password: put its password in ana/passwords.json (read for the run only, never written to any output), or add a copy without a password, then run again.',
    );
    expect(sayIn(en.said!.nextAction, 'pt')).toContain(
      'é um PDF protegido por palavra-passe: indique a palavra-passe no ana/passwords.json',
    );
  });

  // Walk s15: an .odt renamed recibo.pdf was "damaged"-style advice: "replace it with a readable copy".
  it('an office document is to be saved as PDF in its own program', () => {
    const problem = {
      code: 'FILE_OFFICE_DOCUMENT',
      severity: 'error' as const,
      messageKey: 'engine.errors.officeDocument',
      params: { kind: 'odt' },
      file: 'proof-of-address/recibo.pdf',
      categoryId: 'proof-of-address' as const,
    };
    const outcome = {
      categories: [{ categoryId: 'passport' as const, status: 'ready' as const, outputBytes: 1 }],
      problems: [problem],
    };
    const row = buildSummaryRow({ ...facts(unpaidClient, 'en'), advice: null, outcome });
    expect(row.nextAction).toBe(
      'Proof of address: proof-of-address/recibo.pdf is an office document, not a PDF: open it in its program, save it as PDF ("Save as PDF" or "Export as PDF"), put that PDF in its place, then run again.',
    );
    expect(sayIn(row.said!.nextAction, 'pt')).toBe(
      'Comprovativo de morada: proof-of-address/recibo.pdf é um documento de um programa de escritório, não um PDF: abra-o nesse programa, guarde-o como PDF ("Guardar como PDF" ou "Exportar como PDF"), coloque esse PDF no lugar dele e execute de novo.',
    );
  });

  // Walk s15: with a wrong password in passwords.json, the next action still said "put its password in passwords.json".
  it('a wrong password asks to correct the one given, not to add one', () => {
    const problem = {
      code: 'PDF_WRONG_PASSWORD',
      severity: 'error' as const,
      messageKey: 'engine.errors.wrongPassword',
      file: 'proof-of-address/fatura.pdf',
      categoryId: 'proof-of-address' as const,
    };
    const outcome = {
      categories: [{ categoryId: 'passport' as const, status: 'ready' as const, outputBytes: 1 }],
      problems: [problem],
    };
    const row = buildSummaryRow({ ...facts(unpaidClient, 'en'), advice: null, outcome });
    expect(row.nextAction).toBe(
      'proof-of-address/fatura.pdf does not open with the password given for it: correct it in ana/passwords.json (read for the run only, never written to any output), or add a copy without a password, then run again.',
    );
    expect(sayIn(row.said!.nextAction, 'pt')).toBe(
      'proof-of-address/fatura.pdf não abre com a palavra-passe indicada para ele: corrija-a no ana/passwords.json (lido só durante a execução e nunca escrito em nenhum resultado) ou junte uma cópia sem palavra-passe e execute de novo.',
    );
  });
});

describe('which passwords file a password problem is about (walk s15)', () => {
  const problemOf = (code: string) => ({
    code,
    severity: 'error' as const,
    messageKey: 'engine.errors.wrongPassword',
    file: 'proof-of-address/fatura.pdf',
    categoryId: 'proof-of-address' as const,
  });
  const rowWith = (code: string, locale: Locale, fromBatch: string[]) =>
    buildSummaryRow({
      ...facts(unpaidClient, locale, {
        passwordFiles: { batch: 'agency-passwords.json', fromBatch },
      }),
      advice: null,
      outcome: {
        categories: [{ categoryId: 'passport' as const, status: 'ready' as const, outputBytes: 1 }],
        problems: [problemOf(code)],
      },
    });

  it('a wrong password given with --passwords names that file and the client’s entry', () => {
    const row = rowWith('PDF_WRONG_PASSWORD', 'en', ['fatura.pdf']);
    expect(row.nextAction).toContain(
      'correct it in agency-passwords.json (the file given with --passwords, under "ana") (read for the run only',
    );
    expect(sayIn(row.said!.nextAction, 'pt')).toContain(
      'corrija-a no agency-passwords.json (o ficheiro indicado com --passwords, na entrada "ana")',
    );
  });

  it('a wrong password from the client’s own file names that one', () => {
    expect(rowWith('PDF_WRONG_PASSWORD', 'en', ['other.pdf']).nextAction).toContain('correct it in ana/passwords.json (read');
  });

  it('a missing password may go in either file', () => {
    expect(rowWith('PDF_PASSWORD_NEEDED', 'en', []).nextAction).toContain(
      'put its password in ana/passwords.json or in agency-passwords.json (the file given with --passwords, under "ana")',
    );
  });
});

describe('the next action after warnings', () => {
  it('"Depois:" goes on in lower case in Portuguese (session 12: a capital after a colon)', () => {
    const warning = {
      code: 'FILE_SKIPPED_HIDDEN',
      severity: 'warning' as const,
      messageKey: 'batch.problems.fileSkippedHidden',
      file: '.x',
    };
    // No DUC yet: nothing urgent comes first, and every expected document is ready.
    const { duc: _duc, ...withoutDuc } = VALID_CLIENT_JSON;
    const client = clientFileSchema.parse(withoutDuc);
    const ready = { categoriesWithInputs: rulesAdvisor(NOW)(client, 'pt')?.expectedCategories ?? [] };
    const row = (locale: Locale) =>
      buildSummaryRow(
        facts(client, locale, {
          ...ready,
          outcome: {
            categories: ready.categoriesWithInputs.map((categoryId) => ({
              categoryId,
              status: 'ready' as const,
              outputBytes: 1000,
            })),
            problems: [warning],
          },
        }),
      );
    expect(row('en').nextAction).toMatch(/^Check the warnings in report\.html first\. Then: [A-Z]/);
    expect(row('pt').nextAction).toMatch(/^Veja primeiro os avisos no report\.html\. Depois: [a-zà-ú]/);
  });
});
