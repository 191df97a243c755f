import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCase } from '../../../electron/engine/pipeline';
import { dispatch } from '../../../electron/handlers/dispatch';
import type { Handlers } from '../../../electron/handlers/handler-types';
import { documentHandlers } from '../../../electron/handlers/documents';
import { EngineThread } from '../../../electron/engine/worker/engine-thread';
import type { ApiEvent } from '../../../shared/api/events';
import { NOT_READY_FOLDER, prepareReportSchema, type PrepareReport } from '../../../shared/engine/report';
import { categoryById } from '../../../shared/rules/categories';
import { corpusFile, hashTree, pageCountOf, pdfText, qpdfCli, tempDir } from './helpers';

/**
 * A whole case through the API contract (dispatch → handler → engine, with the
 * real compress and validate stages): 6 categories, 12 mixed inputs (photos,
 * HEIC, CMYK, TIFF, encrypted PDFs with and without a user password, a damaged
 * PDF, an empty file), the upload-ready folder, its names and its reports.
 */
const root = tempDir('case');
const originals = join(root, 'originals');
const ready = join(root, 'ready');
// The engine's own thread, as in the app: every call below crosses the worker boundary.
const engine = new EngineThread();
const handlers = documentHandlers(engine) as unknown as Handlers;
const LIMIT = 4 * 1024 * 1024;

/** Originals as a user would have them (copied from the corpus; one with characters that HTML must escape). */
const inputs = {
  passportPhoto: ['images/example.heic', 'passport photo page.heic'],
  passportRotated: ['images/exif_orientation_6.jpg', 'passport-visa-page.jpg'],
  cardFront: ['images/baiona_cmyk.jpg', 'card front.jpg'],
  cardBack: ['images/baiona_alpha.png', 'card back.png'],
  financas: ['encrypted/rc4-40_R3_pw-623.pdf', 'certidao-financas.pdf'],
  socialSecurity: ['encrypted/aes-256_R6_empty-user-pw.pdf', 'declaracao-ss.pdf'],
  addressScan: ['scans/linn.pdf', 'bill <march> & "april".pdf'],
  addressDamaged: ['broken/xref_keyword_missing.pdf', 'contrato.pdf'],
  payslips: ['scans/multipage.pdf', 'payslips.pdf'],
  statementsTiff: ['images/g4-multi.tiff', 'statements.tiff'],
  emptyDownload: ['broken/zero_bytes.pdf', 'bank-statement-download.pdf'],
  irs: ['encrypted/aes-256_R6_utf8-pw.pdf', 'irs.pdf'],
} as const;
const pathOf = (key: keyof typeof inputs) => join(originals, inputs[key][1]);
const PASSWORDS = { financas: '623', irs: 'æøå' };

function caseInput(operationId: string, withAddress = true) {
  return {
    operationId,
    outputDir: ready,
    limitBytes: LIMIT,
    expectedCategories: [
      'passport',
      'residence-permit',
      'financas-no-debt',
      'social-security-no-debt',
      'proof-of-address',
      'income-proof',
    ],
    categories: [
      { categoryId: 'passport', items: [{ path: pathOf('passportPhoto') }, { path: pathOf('passportRotated') }] },
      { categoryId: 'residence-permit', items: [{ path: pathOf('cardFront') }, { path: pathOf('cardBack') }] },
      { categoryId: 'financas-no-debt', items: [{ path: pathOf('financas'), password: PASSWORDS.financas }] },
      { categoryId: 'social-security-no-debt', items: [{ path: pathOf('socialSecurity') }] },
      ...(withAddress
        ? [{ categoryId: 'proof-of-address', items: [{ path: pathOf('addressScan') }, { path: pathOf('addressDamaged') }] }]
        : []),
      {
        categoryId: 'income-proof',
        items: [
          { path: pathOf('payslips') },
          { path: pathOf('statementsTiff') },
          { path: pathOf('emptyDownload') },
          { path: pathOf('irs'), password: PASSWORDS.irs },
        ],
      },
    ],
  };
}

let report: PrepareReport;
const events: ApiEvent[] = [];
let originalHashes: Record<string, string>;

beforeAll(async () => {
  mkdirSync(originals, { recursive: true });
  for (const [source, name] of Object.values(inputs)) copyFileSync(corpusFile(source), join(originals, name));
  originalHashes = hashTree(originals);
  const result = await dispatch(handlers, 'documentsPrepare', caseInput('case-1'), (event) => events.push(event));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  report = prepareReportSchema.parse((result.value as { report: unknown }).report);
}, 120_000);
afterAll(async () => {
  expect(engine.onWorkerThread).toBe(true);
  await engine.close();
  rmSync(root, { recursive: true, force: true });
});

const categoryReport = (id: string) => report.categories.find((category) => category.categoryId === id)!;

/** Where the report says a category's file was written: the folder, or the not-ready subfolder. */
function outputPath(name: string): string {
  const entry = report.categories.find((category) => category.output?.fileName === name)!;
  return entry.output!.folder ? join(ready, NOT_READY_FOLDER, name) : join(ready, name);
}

describe('a case of 6 categories and 12 inputs', () => {
  it('writes one PDF per category, named from the category list, plus report.json and report.html', () => {
    const expected = report.categories.map((category) => categoryById(category.categoryId)!.fileName);
    expect(expected).toEqual([
      'passport.pdf',
      'residence-permit.pdf',
      'financas-no-debt.pdf',
      'social-security-no-debt.pdf',
      'proof-of-address.pdf',
      'income-proof.pdf',
    ]);
    // income-proof was written without its empty file: kept apart, never in the upload folder as if ready.
    const apart = ['income-proof.pdf'];
    expect(readdirSync(ready).sort()).toEqual(
      [...expected.filter((name) => !apart.includes(name)), NOT_READY_FOLDER, 'report.html', 'report.json'].sort(),
    );
    expect(readdirSync(join(ready, NOT_READY_FOLDER))).toEqual(apart);
    expect(report.categories.flatMap((category) => category.inputs)).toHaveLength(12);
    expect(report.missing).toEqual([]);
  });

  it('each PDF is sound, unencrypted, and has the pages of its inputs in the given order', async () => {
    const pages: Record<string, number> = {
      'passport.pdf': 2,
      'residence-permit.pdf': 2,
      'financas-no-debt.pdf': 1,
      'social-security-no-debt.pdf': 1,
      'proof-of-address.pdf': 2,
      'income-proof.pdf': 6 + 3 + 1,
    };
    for (const [name, count] of Object.entries(pages)) {
      const path = outputPath(name);
      expect(qpdfCli(['--check', path]).status, name).toBe(0);
      expect(qpdfCli(['--show-encryption', path]).stdout, name).toContain('File is not encrypted');
      expect(pageCountOf(path), name).toBe(count);
      const entry = report.categories.find((category) => category.output?.fileName === name)!;
      expect(entry.output!.pages).toBe(count);
    }
    // Order: payslips (6 pages) first, then the 3 TIFF pages, then the decrypted IRS page, whose text is readable.
    const incomeText = await pdfText(readFileSync(outputPath('income-proof.pdf')));
    expect(incomeText[9]).toContain('Issue 6010');
    expect(incomeText.slice(0, 9).join(' ')).not.toContain('Issue 6010');
    const financasText = await pdfText(readFileSync(join(ready, 'financas-no-debt.pdf')));
    expect(financasText[0]).toContain('Potato');
  });

  it('the report says what was done to each input', () => {
    const [photo, rotated] = categoryReport('passport').inputs;
    expect(photo).toMatchObject({ file: 'passport photo page.heic', kind: 'heic', status: 'ok', pages: 1 });
    expect(rotated!.converted![0]!.rotatedByExif).toBe(true);
    expect(categoryReport('residence-permit').inputs[0]!.converted![0]!.sourceColourSpace).toBe('cmyk');
    expect(categoryReport('financas-no-debt').inputs[0]).toMatchObject({
      protection: 'user-password',
      decrypted: { method: 'RC4 40-bit', revision: 3 },
    });
    expect(categoryReport('social-security-no-debt').inputs[0]).toMatchObject({
      protection: 'owner-only',
      decrypted: { method: 'AES-256' },
    });
    const damaged = categoryReport('proof-of-address').inputs[1]!;
    // Repaired: technical detail in the report, no warning the person cannot act on (issue 18).
    expect(damaged.repaired).toBe(true);
    expect(damaged.warnings).toEqual([]);
    const income = categoryReport('income-proof');
    expect(income.status).toBe('partial');
    expect(income.inputs[2]).toMatchObject({
      status: 'error',
      error: { code: 'FILE_EMPTY', file: 'bank-statement-download.pdf' },
    });
    expect(income.output!.merged).toBe(true);
    for (const category of report.categories) {
      if (category.categoryId !== 'income-proof') expect(category.status, category.categoryId).toBe('ready');
      expect(category.output!.bytes).toBeGreaterThan(0);
      expect(category.output!.bytes).toBeLessThanOrEqual(LIMIT);
      expect(category.output!.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(category.output!.validation, 'validate stage ran').toBeDefined();
      expect(category.output!.compression, 'compress stage ran').toBeDefined();
    }
  });

  it('report.html is readable and escapes file names', () => {
    const html = readFileSync(join(ready, 'report.html'), 'utf8');
    expect(html).toContain('bill &lt;march&gt; &amp; &quot;april&quot;.pdf');
    expect(html).not.toContain('<march>');
    for (const name of ['Passport', 'Proof of means of subsistence', 'income-proof.pdf', 'passport photo page.heic'])
      expect(html).toContain(name);
    expect(html).toContain('is empty (0 bytes)');
    expect(html).toContain('Password protection removed (RC4 40-bit)');
    expect(html).toContain('Repaired');
    expect(html).toContain("default-src 'none'");
    // The validate stage's verdict, translated, for every written file.
    expect(html.match(/Check of the file: (Ready to upload|Ready, with warnings|Not ready)/g)).toHaveLength(6);
  });

  it('progress events come per file, per page and per category', () => {
    expect(events.every((event) => event.operationId === 'case-1')).toBe(true);
    const tiffPages = events.filter((event) => event.stage === 'convert' && event.file === 'statements.tiff');
    expect(tiffPages.map((event) => `${event.done}/${event.total}`)).toEqual(['1/3', '2/3', '3/3']);
    expect(events.filter((event) => event.stage === 'input')).toHaveLength(12);
    expect(events.filter((event) => event.stage === 'write')).toHaveLength(6);
    expect(events.at(-1)).toMatchObject({ stage: 'done', done: 6, total: 6 });
  });

  it('passwords are written nowhere; originals are byte-identical', () => {
    const written = [
      ...readdirSync(ready).filter((name) => name !== NOT_READY_FOLDER),
      ...readdirSync(join(ready, NOT_READY_FOLDER)).map((name) => join(NOT_READY_FOLDER, name)),
    ];
    for (const name of written) {
      const bytes = readFileSync(join(ready, name));
      if (name.endsWith('.pdf')) {
        // In PDFs a 3-byte password can occur by chance inside compressed image data, so look for it
        // as a PDF string, and for the 6-byte UTF-8 one anywhere.
        for (const needle of [...Object.values(PASSWORDS).map((password) => `(${password})`), PASSWORDS.irs])
          expect(bytes.includes(Buffer.from(needle, 'utf8')), `${name} contains ${needle}`).toBe(false);
        continue;
      }
      // Reports are text: no password as a word of its own. A 3-digit one may occur inside a hash, a
      // byte count or a timestamp ("…16.623Z"), which are not the password.
      const text = bytes.toString('utf8');
      for (const password of Object.values(PASSWORDS)) {
        const asWord = new RegExp(`(?<![0-9A-Za-z.:])${password}(?![0-9A-Za-z.:])`, 'u');
        expect(asWord.exec(text)?.[0], `${name} contains ${password}`).toBeUndefined();
      }
    }
    expect(JSON.stringify(events)).not.toContain(PASSWORDS.irs);
    expect(hashTree(originals)).toEqual(originalHashes);
  });

  it('a rerun replaces outputs cleanly: a category no longer given loses its PDF, user files stay', async () => {
    writeFileSync(join(ready, 'my-notes.txt'), 'mine');
    // Straight to the engine this time, without the (slow, separately tested) compress and validate stages.
    const { operationId: _unused, ...options } = caseInput('case-2', false);
    const { report: rerun } = await prepareCase(options.categories, { ...options, stages: { compress: false, validate: false } });
    expect(rerun.missing).toEqual(['proof-of-address']);
    const files = readdirSync(ready).sort();
    expect(files).not.toContain('proof-of-address.pdf');
    expect(files).toContain('my-notes.txt');
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(join(ready, 'report.html'), 'utf8')).toContain('Still missing');
    for (const category of rerun.categories) {
      const folder = category.output!.folder ? join(ready, NOT_READY_FOLDER) : ready;
      const bytes = readFileSync(join(folder, category.output!.fileName));
      expect(createHash('sha256').update(bytes).digest('hex'), category.categoryId).toBe(category.output!.sha256);
    }
    expect(hashTree(originals)).toEqual(originalHashes);
  }, 120_000);
});

describe('the output folder', () => {
  it('is refused when writing into it would replace one of the chosen originals', async () => {
    const folder = join(root, 'mixed');
    mkdirSync(folder, { recursive: true });
    const original = join(folder, 'passport.pdf');
    copyFileSync(corpusFile('scans/linn.pdf'), original);
    const before = readFileSync(original);
    const result = await dispatch(
      handlers,
      'documentsPrepare',
      { operationId: 'x', outputDir: folder, categories: [{ categoryId: 'passport', items: [{ path: original }] }] },
      () => undefined,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'OUTPUT_OVERWRITES_ORIGINAL', file: 'passport.pdf' } });
    expect(readFileSync(original).equals(before)).toBe(true);
    expect(readdirSync(folder)).toEqual(['passport.pdf']);
  });
});

describe('documentsInspect', () => {
  it('tells what each file is and whether it needs a password, without changing anything', async () => {
    const result = await dispatch(
      handlers,
      'documentsInspect',
      {
        items: [
          { path: pathOf('financas') },
          { path: pathOf('financas'), password: 'nope' },
          { path: pathOf('financas'), password: PASSWORDS.financas },
          { path: pathOf('socialSecurity') },
          { path: pathOf('statementsTiff') },
          { path: pathOf('emptyDownload') },
          { path: corpusFile('broken/not_a_pdf.pdf') },
        ],
      },
      () => undefined,
    );
    expect(result.ok).toBe(true);
    const [needs, wrong, right, ownerOnly, tiff, empty, odt] = (result as { value: Record<string, unknown>[] }).value;
    expect(needs).toMatchObject({
      kind: 'pdf',
      protection: 'user-password',
      needsPassword: true,
      error: { code: 'PDF_PASSWORD_NEEDED' },
    });
    expect(wrong).toMatchObject({ needsPassword: true, error: { code: 'PDF_WRONG_PASSWORD' } });
    expect(right).toMatchObject({ needsPassword: false, pages: 1, error: null });
    expect(ownerOnly).toMatchObject({ protection: 'owner-only', needsPassword: false, pages: 1 });
    expect(tiff).toMatchObject({ kind: 'tiff', pages: 3 });
    expect(empty).toMatchObject({ kind: 'empty', error: { code: 'FILE_EMPTY' } });
    expect(odt).toMatchObject({ kind: 'odt', error: { code: 'FILE_OFFICE_DOCUMENT', params: { kind: 'odt' } } });
  });
});

describe('display names', () => {
  it("reports, errors and progress use the name the person knows, not a case copy's hash-prefixed name", async () => {
    // A case's stored copies are named "<hash>-<name>" (electron/cases/copy-in.ts); the guide passes the original name.
    const folder = join(root, 'case-copies');
    mkdirSync(folder, { recursive: true });
    const scan = join(folder, '3f2a9c1b4d5e-passaporte.pdf');
    const empty = join(folder, '9be0c4aa12f0-recibo.pdf');
    copyFileSync(corpusFile('scans/linn.pdf'), scan);
    copyFileSync(corpusFile('broken/zero_bytes.pdf'), empty);
    const events: ApiEvent[] = [];
    const prepared = await dispatch(
      handlers,
      'documentsPrepare',
      {
        operationId: 'names',
        outputDir: join(root, 'names-ready'),
        categories: [
          { categoryId: 'passport', items: [{ path: scan, name: 'passaporte.pdf' }] },
          { categoryId: 'income-proof', items: [{ path: empty, name: 'recibo.pdf' }] },
        ],
      },
      (event) => events.push(event),
    );
    expect(prepared.ok).toBe(true);
    const report = prepareReportSchema.parse((prepared as { value: { report: unknown } }).value.report);
    const inputsOf = (id: string) => report.categories.find((c) => c.categoryId === id)!.inputs;
    expect(inputsOf('passport')[0]).toMatchObject({ file: 'passaporte.pdf', status: 'ok' });
    expect(inputsOf('income-proof')[0]).toMatchObject({ file: 'recibo.pdf', error: { code: 'FILE_EMPTY', file: 'recibo.pdf' } });
    expect(events.some((e) => e.stage === 'input' && e.file === 'passaporte.pdf')).toBe(true);
    expect(readFileSync(join(root, 'names-ready', 'report.html'), 'utf8')).not.toContain('3f2a9c1b4d5e');

    const inspected = await dispatch(
      handlers,
      'documentsInspect',
      { items: [{ path: empty, name: 'recibo.pdf' }] },
      () => undefined,
    );
    expect(inspected).toMatchObject({ ok: true, value: [{ name: 'recibo.pdf', error: { file: 'recibo.pdf' } }] });
  });
});
