import { problemSentence } from '../../../shared/batch/problem-text';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { closeOcr } from '../../../electron/reading/ocr';
import { batchSummarySchema, type SummaryRow } from '../../../shared/batch/summary';
import { prepareReportSchema, type PrepareReport } from '../../../shared/engine/report';

/**
 * `aima-prep batch` reads what a client's documents say and checks it against client.json
 * on the run's day: the passport's MRZ (a scan, OCR'd), a Finanças certidão with another NIF
 * and a contract in another name become errors of the row, one per item, and the six
 * consistency columns of summary.csv and lines of summary.html. The next run, after the
 * certidão's validity, reports it stale with the day it was valid until.
 */
const CORPUS = join(import.meta.dirname, '..', '..', 'corpus', 'reading');
let root = '';
afterAll(async () => {
  await closeOcr();
  if (root) await rm(root, { recursive: true, force: true });
});

async function contract(path: string, workerName: string) {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  [
    'CONTRATO DE TRABALHO A TERMO CERTO',
    'Entre Padaria Lisboeta, Lda. (Primeiro Outorgante)',
    `e Nome do trabalhador: ${workerName}, NIF 245 678 913 (Segundo Outorgante),`,
    'é celebrado o presente contrato de trabalho.',
  ].forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 11, font }));
  await writeFile(path, await pdf.save());
}

async function run(
  today: string,
  outName = `out-${today}`,
): Promise<{ row: SummaryRow; csv: string; html: string; out: string }> {
  let stdout = '';
  const sink = { write: (chunk: string) => ((stdout += chunk), true) } as unknown as NodeJS.WritableStream;
  const stderr = { write: () => true } as unknown as NodeJS.WritableStream;
  const out = join(root, outName);
  await main(['batch', join(root, 'clients'), '--out', out, '--today', today, '--json'], { stdout: sink, stderr });
  return {
    row: batchSummarySchema.parse(JSON.parse(stdout)).rows[0]!,
    csv: await readFile(join(out, 'summary.csv'), 'utf8'),
    html: await readFile(join(out, 'summary.html'), 'utf8'),
    out,
  };
}

/** The client's own report.json and report.html in the batch's output folder. */
async function clientReport(out: string): Promise<{ json: PrepareReport; html: string }> {
  return {
    json: prepareReportSchema.parse(JSON.parse(await readFile(join(out, 'santos', 'report.json'), 'utf8'))),
    html: await readFile(join(out, 'santos', 'report.html'), 'utf8'),
  };
}

describe('batch: what the documents say, as problems and summary columns', () => {
  it('name and NIF mismatches on the day; the certidão stale after its validity', { timeout: 600_000 }, async () => {
    root = await mkdtemp(join(tmpdir(), 'aima-batch-reading-'));
    const client = join(root, 'clients', 'santos');
    await mkdir(client, { recursive: true });
    await copyFile(join(CORPUS, 'passports', 'bra-scan.jpg'), join(client, 'passport.jpg'));
    await copyFile(join(CORPUS, 'certificates', 'financas-text.pdf'), join(client, 'financas.pdf'));
    await contract(join(client, 'contrato de trabalho.pdf'), 'Joana Pereira dos Santos');
    await writeFile(
      join(client, 'client.json'),
      JSON.stringify({
        // Typed one day off the passport's MRZ (22 March 2031): said, never silently overruled.
        situation: { permitKind: 'temporary-work', passportExpiry: '2031-03-21' },
        person: { fullName: 'João Pedro dos Santos', dateOfBirth: '1988-11-05', nif: '123456789' },
      }),
    );

    const first = await run('2026-12-01');
    expect(first.row.consistency).toEqual({
      name: 'mismatch',
      dateOfBirth: 'ok',
      nif: 'mismatch',
      niss: 'unknown',
      passport: 'valid',
      certificates: 'fresh',
    });
    const reading = first.row.problems.filter((p) => p.code.startsWith('READING_'));
    expect(reading.map((p) => [p.code, p.severity, p.file])).toEqual([
      ['READING_NAME_MISMATCH', 'error', 'contrato de trabalho.pdf'],
      ['READING_NIF_MISMATCH', 'error', 'financas.pdf'],
      ['READING_PASSPORT_EXPIRY_MISMATCH', 'error', undefined],
    ]);
    // The same sentence in summary.csv, summary.html and the client's report.html; validity judged on the MRZ's date.
    const expiryMismatch =
      'client.json (situation.passportExpiry) says the client’s passport expires on 21 March 2031; the passport’s MRZ says 22 March 2031. Check the passport and correct client.json.';
    expect(first.csv).toContain(expiryMismatch);
    expect(first.html).toContain(expiryMismatch);
    expect((await clientReport(first.out)).html).toContain(expiryMismatch);
    expect(first.row.status).toBe('needs-attention');
    // The six consistency columns close each line (other cells may hold quoted commas).
    const [header, line] = first.csv.slice(1).split(/\r?\n/);
    expect(
      header!.endsWith(',name_match,date_of_birth_match,nif_match,niss_match,passport_on_run_day,certificates_on_run_day'),
    ).toBe(true);
    expect(line!.endsWith(',mismatch,ok,mismatch,unknown,valid,fresh')).toBe(true);
    expect(first.html).toContain('<li><strong>NIF: differs</strong></li>');
    expect(first.html).toContain(
      'financas.pdf: the NIF on the Finanças tax status certificate is 245678913, not the NIF in client.json (123456789)',
    );
    // The agency reads about its client, never "you" (session 11's walk).
    expect(first.html).not.toMatch(/\byour (case|passport)\b/i);

    // 10 February 2027: the certidão of 2 November 2026 (3 months) was valid until 2 February.
    const later = await run('2027-02-10');
    expect(later.row.consistency?.certificates).toBe('stale');
    const stale = later.row.problems.find((p) => p.code === 'READING_CERTIFICATE_STALE');
    expect(stale).toMatchObject({ severity: 'error', file: 'financas.pdf' });
    expect(problemSentence(stale!, 'en')).toContain('was issued on 2 November 2026 and was valid until 2 February 2027');
    // Kept in both languages: the agency view shows it in the app's language whatever the run's.
    expect(problemSentence(stale!, 'pt')).toContain('foi emitida a 2 de novembro de 2026');
    // The stale certificate's category is not ready anywhere: the row, summary.csv and summary.html.
    expect(later.row.categoriesReady).not.toContain('financas-no-debt');
    expect(later.row.categoriesNotReady).toContain('financas-no-debt');
    // …and the client's report.json and report.html say the same, with the reason and what to do.
    const laterReport = await clientReport(later.out);
    expect(laterReport.json.reading).toMatchObject({ judgedOn: '2027-02-10', basis: 'run-day', reader: 'agency' });
    // Read by the agency: about the client's documents, not "your documents".
    expect(laterReport.html).toContain('<h1>The client’s documents for AIMA</h1>');
    expect(laterReport.json.categories.find((c) => c.categoryId === 'financas-no-debt')).toMatchObject({
      status: 'ready',
      readingFlag: 'blocked',
    });
    expect(laterReport.json.reading?.items.map((item) => [item.id, item.categoryId])).toEqual(
      expect.arrayContaining([
        ['certificate-stale', 'financas-no-debt'],
        ['name-mismatch', 'employment-contract'],
      ]),
    );
    expect(laterReport.html).toContain('needs attention: do not upload it until the problem below is solved');
    expect(laterReport.html).toContain('was issued on 2 November 2026 and was valid until 2 February 2027');
    expect(laterReport.html).toContain('Checked for 10 February 2027, the day of this run');
    // The category's heading says it, not "ready".
    expect(laterReport.html).toContain(
      '<h2>Tax status certificate (Finanças) <span class="status not-ready">needs attention: do not upload it',
    );

    // The first run's folder, run again on the later day with the same files (skipped: nothing to prepare again):
    // its report is judged again, as its row is, and no longer says what it said on 1 December.
    const firstReport = await clientReport(first.out);
    expect(firstReport.json.reading?.judgedOn).toBe('2026-12-01');
    expect(firstReport.json.reading?.items.map((item) => item.id)).not.toContain('certificate-stale');
    const again = await run('2027-02-10', 'out-2026-12-01');
    expect(again.row.skipped).toBe(true);
    const rejudged = await clientReport(again.out);
    expect(rejudged.json.reading?.judgedOn).toBe('2027-02-10');
    expect(rejudged.json.reading?.items.map((item) => item.id)).toContain('certificate-stale');
  });

  it(
    'a junta de freguesia atestado is "not accepted" in summary.csv, summary.html and report.html alike',
    { timeout: 300_000 },
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'aima-batch-junta-'));
      try {
        const client = join(dir, 'clients', 'costa', 'proof-of-address');
        await mkdir(client, { recursive: true });
        await copyFile(join(CORPUS, 'certificates', 'junta-atestado-text.pdf'), join(client, 'atestado.pdf'));
        const out = join(dir, 'out');
        const quiet = { write: () => true } as unknown as NodeJS.WritableStream;
        await main(['batch', join(dir, 'clients'), '--out', out, '--today', '2026-12-01'], { stdout: quiet, stderr: quiet });
        const [, line] = (await readFile(join(out, 'summary.csv'), 'utf8')).slice(1).split(/\r?\n/);
        expect(line!.endsWith(',not-accepted')).toBe(true);
        const html = await readFile(join(out, 'summary.html'), 'utf8');
        expect(html).toContain(
          '<li><strong>Certificates on the day of this run: a junta de freguesia certificate, which AIMA does not accept</strong></li>',
        );
        expect(html).not.toContain('stale');
        const report = await readFile(join(out, 'costa', 'report.html'), 'utf8');
        expect(report).toContain('is a junta de freguesia address certificate: AIMA no longer accepts it');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
