import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE_MARKER } from '../../../electron/batch/client-output';
import { main } from '../../../electron/cli/main';
import { EXIT } from '../../../electron/cli/exit-codes';
import { batchSummarySchema, type BatchSummary, type SummaryRow } from '../../../shared/batch/summary';
import { NOT_READY_FOLDER, prepareReportSchema } from '../../../shared/engine/report';
import { buildEightClients, PASSWORDS } from './fixtures';
import { filesUnder, hashTree, parseCsv } from './helpers';

/**
 * End to end, with the real document engine: eight client folders built from
 * the corpus, prepared by `aima-prep batch` (in-process, two worker threads),
 * then every client's output folder and summary row checked.
 */
let root: string;
let clients: string;
let out: string;
let exitCode: number;
let summary: BatchSummary;
let originalsBefore: Record<string, string>;
const rows: Record<string, SummaryRow> = {};

async function pdfPages(path: string): Promise<number> {
  // Loading without ignoreEncryption throws on an encrypted PDF: so this also proves the output is decrypted.
  const doc = await PDFDocument.load(await readFile(path));
  return doc.getPageCount();
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aima-batch-e2e-'));
  ({ clients } = await buildEightClients(root));
  out = join(root, 'out');
  originalsBefore = await hashTree(clients);
  let stdout = '';
  const sink = { write: (chunk: string) => ((stdout += chunk), true) } as unknown as NodeJS.WritableStream;
  const stderr = { write: () => true } as unknown as NodeJS.WritableStream;
  exitCode = await main(
    [
      'batch',
      clients,
      '--out',
      out,
      '--jobs',
      '2',
      '--passwords',
      join(root, 'batch-passwords.json'),
      '--today',
      '2026-11-25',
      '--json',
    ],
    { stdout: sink, stderr },
  );
  summary = batchSummarySchema.parse(JSON.parse(stdout));
  for (const row of summary.rows) rows[row.client] = row;
}, 600_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('aima-prep batch over eight corpus clients', () => {
  it('reports every client, exits 1 because some need attention, and never changes an original', async () => {
    expect(Object.keys(rows)).toEqual([
      '01-ana-folders',
      '02-bruno-loose',
      '03-carla-broken',
      '04-duarte-wrong-password',
      '05-eva-invalid-json',
      '06-filipe-mixed',
      '07-gina-batch-passwords',
      '08-hugo-complete',
    ]);
    expect(exitCode).toBe(EXIT.NEEDS_ATTENTION);
    expect(summary.totals).toMatchObject({ clients: 8, failed: 0, skipped: 0 });
    expect(await hashTree(clients)).toEqual(originalsBefore);
  });

  it('subfolder style: every category the work permit needs, the password from passwords.json, two statements merged', async () => {
    const row = rows['01-ana-folders'] as SummaryRow;
    expect(row.status).toBe('ready');
    expect([...row.categoriesReady, ...row.categoriesWithWarnings].sort()).toEqual(
      [
        'employment-contract',
        'financas-no-debt',
        'income-proof',
        'passport',
        'proof-of-address',
        'residence-permit',
        'social-security-no-debt',
      ].sort(),
    );
    expect(row.categoriesMissing).toEqual([]);
    expect(row.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(row.route).toBe('Portal das Renovações');
    // DUC generated Friday 20 Nov 2026 10:15: AIMA's 24-hour reading is the strictest deadline.
    expect(row.duc).toEqual({ payableFrom: '2026-11-20 10:15', lastDayToPay: '2026-11-21 10:15' });
    const dir = join(out, '01-ana-folders');
    expect(await filesUnder(dir)).toEqual(
      [
        COMPLETE_MARKER,
        'employment-contract.pdf',
        'financas-no-debt.pdf',
        'income-proof.pdf',
        'passport.pdf',
        'proof-of-address.pdf',
        'report.html',
        'report.json',
        'residence-permit.pdf',
        'social-security-no-debt.pdf',
      ].sort(),
    );
    expect(await pdfPages(join(dir, 'financas-no-debt.pdf'))).toBeGreaterThan(0);
    expect(await pdfPages(join(dir, 'income-proof.pdf'))).toBe(2);
    const report = prepareReportSchema.parse(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')));
    expect(report.categories.find((c) => c.categoryId === 'financas-no-debt')?.inputs[0]?.decrypted).not.toBeNull();
    expect(report.categories.find((c) => c.categoryId === 'income-proof')?.output?.merged).toBe(true);
    expect(row.outputBytes).toBeGreaterThan(0);
  });

  it('loose-file style: sorted by PT/EN keywords, the unsortable file reported', async () => {
    const row = rows['02-bruno-loose'] as SummaryRow;
    expect(row.status).toBe('needs-attention');
    expect(row.unsortedFiles).toEqual(['IMG_0042.webp']);
    expect(row.problems).toContainEqual(expect.objectContaining({ code: 'FILE_UNSORTED', file: 'IMG_0042.webp' }));
    expect([...row.categoriesReady, ...row.categoriesWithWarnings]).toHaveLength(6);
    expect(row.nextAction).toMatch(/unsorted/);
    const dir = join(out, '02-bruno-loose');
    expect(await pdfPages(join(dir, 'proof-of-address.pdf'))).toBe(3); // the 3-page G4 TIFF
    expect(await pdfPages(join(dir, 'income-proof.pdf'))).toBe(4); // the 4-page rotated scan
    expect(await pdfPages(join(dir, 'financas-no-debt.pdf'))).toBeGreaterThan(0); // RC4-40, password "view"
  });

  it('a broken file is reported with its path while the rest of the client is prepared', async () => {
    const row = rows['03-carla-broken'] as SummaryRow;
    expect(row.status).toBe('needs-attention');
    expect(row.problems).toContainEqual(
      expect.objectContaining({ code: 'PDF_DAMAGED', file: 'passport/1-scan.pdf', severity: 'error' }),
    );
    expect(row.problems).toContainEqual(expect.objectContaining({ code: 'FILE_EMPTY', file: 'income-proof/recibo.pdf' }));
    // One input of two left out: not ready (the guide's definition), not a mere warning.
    expect(row.categoriesNotReady).toContain('passport');
    expect(row.categoriesFailed).toEqual(['income-proof']);
    expect(row.nextAction).toContain('passport/1-scan.pdf');
    const files = await filesUnder(join(out, '03-carla-broken'));
    // Written without its broken file: kept apart from the upload-ready files, never beside them.
    expect(files).toContain(`${NOT_READY_FOLDER}/passport.pdf`);
    expect(files).not.toContain('passport.pdf');
    expect(files.filter((file) => file.endsWith('income-proof.pdf'))).toEqual([]);
    expect(await pdfPages(join(out, '03-carla-broken', NOT_READY_FOLDER, 'passport.pdf'))).toBe(1);
  });

  it('a wrong PDF password is reported as such, and the client is retried on the next run', async () => {
    const row = rows['04-duarte-wrong-password'] as SummaryRow;
    expect(row.problems).toContainEqual(
      expect.objectContaining({ code: 'PDF_WRONG_PASSWORD', file: 'financas-no-debt/certidao.pdf' }),
    );
    expect(row.categoriesFailed).toEqual(['financas-no-debt']);
    expect(row.categoriesReady).toContain('passport');
    expect(row.nextAction).toContain('passwords.json');
    const marker = JSON.parse(await readFile(join(out, '04-duarte-wrong-password', COMPLETE_MARKER), 'utf8'));
    expect(marker.passwordProblem).toBe(true);
  });

  it('an invalid client.json is reported field by field; the documents are still prepared', async () => {
    const row = rows['05-eva-invalid-json'] as SummaryRow;
    const fields = row.problems.filter((p) => p.code === 'CLIENT_JSON_INVALID').map((p) => p.field);
    expect(fields.sort()).toEqual(['person.nif', 'situation.hasNis', 'situation.permitExpiry']);
    expect(row.route).toBeNull();
    expect(row.nextAction).toContain('client.json');
    expect(row.categoriesReady).toEqual(['passport']);
  });

  it('mixed layout, an owner-only encrypted PDF needing no password, and a password from the --passwords file', async () => {
    const filipe = rows['06-filipe-mixed'] as SummaryRow;
    expect([...filipe.categoriesReady, ...filipe.categoriesWithWarnings].sort()).toEqual(
      ['passport', 'proof-of-address', 'social-security-no-debt'].sort(),
    );
    expect([...filipe.categoriesMissing].sort()).toEqual(['financas-no-debt', 'income-proof', 'residence-permit']);
    expect(await pdfPages(join(out, '06-filipe-mixed', 'proof-of-address.pdf'))).toBe(6);
    const gina = rows['07-gina-batch-passwords'] as SummaryRow;
    expect([...gina.categoriesReady, ...gina.categoriesWithWarnings].sort()).toEqual(['financas-no-debt', 'residence-permit']);
    expect(gina.problems.filter((p) => /PASSWORD/.test(p.code))).toEqual([]);
  });

  it('a complete client with a DUC is ready, with route and deadline', async () => {
    const row = rows['08-hugo-complete'] as SummaryRow;
    expect(row.status).toBe('ready');
    expect(row.categoriesMissing).toEqual([]);
    expect(row.route).toBe('Portal das Renovações');
    expect(row.duc?.lastDayToPay).toBe('2026-11-21 10:15');
    // On 25 November the strictest deadline has passed and the guide's 10 working days still run: the DUC comes first.
    expect(row.nextDeadline).toMatchObject({ at: '2026-11-21 10:15', state: 'overdue' });
    expect(row.nextAction).toContain('deadline passed on 21 November 2026 at 10:15');
  });

  it('summary.csv and summary.html hold the same rows', async () => {
    const csv = parseCsv(await readFile(join(out, 'summary.csv'), 'utf8'));
    expect(csv.map((r) => r.client)).toEqual(summary.rows.map((r) => r.client));
    for (const row of summary.rows) {
      const line = csv.find((r) => r.client === row.client);
      expect(line?.status, row.client).toBe(row.status);
      expect(line?.categories_missing, row.client).toBe(row.categoriesMissing.join('; '));
      expect(line?.categories_ready, row.client).toBe(row.categoriesReady.join('; '));
      expect(line?.next_action, row.client).toBe(row.nextAction);
      expect(line?.next_deadline_state, row.client).toBe(row.nextDeadline?.state ?? '');
      expect(Number(line?.output_bytes), row.client).toBe(row.outputBytes);
      expect(line?.duc_last_day, row.client).toBe(row.duc?.lastDayToPay ?? '');
    }
    const html = await readFile(join(out, 'summary.html'), 'utf8');
    for (const row of summary.rows) {
      // Each client links to its own readable report, which exists.
      expect(html).toContain(`<a href="${encodeURIComponent(row.outputFolder)}/report.html">${row.client}</a>`);
      expect(await filesUnder(join(out, row.outputFolder))).toContain('report.html');
    }
    expect(html).toContain('Needs attention');
    // The same last day as summary.csv's duc_last_day, as people read it on the page.
    expect(html).toContain('Last day to pay <strong>21 November 2026 at 10:15</strong>');
  });

  it('no password appears in any output, marker or summary', async () => {
    const secrets = [PASSWORDS.ana, PASSWORDS.gina, PASSWORDS.duartWrong];
    for (const file of await filesUnder(out)) {
      const content = (await readFile(join(out, file))).toString('latin1');
      for (const secret of secrets) expect(content.includes(secret), `${secret} in ${file}`).toBe(false);
    }
  });
});
