import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../../electron/batch/run-batch';
import type { DocumentReader } from '../../../electron/batch/read-in-time';
import { DeadlineError } from '../../../electron/common/deadline';
import { notReadInTimeItem } from '../../../shared/reading/not-read-in-time';

/**
 * An agency's overnight batch never hangs: a document read that never settles ends at its deadline with the
 * file named in the row (the client still gets its output), a client stuck anywhere else ends at its budget
 * with CLIENT_TIME_LIMIT, and either way the other clients are prepared and the summary is written. Time
 * spent waiting for a free worker is not the client's.
 */
const fakePreparer = join(import.meta.dirname, 'fake-preparer.ts');
let root: string;

async function put(path: string, content = 'x'): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
}

/** Never answers for a file named "hang"; any other file cannot be read (as the fake inputs cannot). */
const hangingReader: DocumentReader = (path) =>
  basename(path).includes('hang') ? new Promise(() => {}) : Promise.reject(new Error('not a document'));

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'aima-batch-hang-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a batch never hangs', () => {
  it('a read that never settles ends at its deadline: the file is named in the row, the client gets its output', async () => {
    const clients = join(root, 'clients');
    await put(join(clients, 'a', 'passport', 'hang-passport.pdf'));
    await put(join(clients, 'a', 'financas-no-debt', 'certidao.pdf'));
    // A loose file whose name says nothing: read to be sorted, never answers, stays unsorted.
    await put(join(clients, 'a', 'scan0001-hang.pdf'));
    await put(join(clients, 'b', 'passport', 'ok.pdf'));
    const out = join(root, 'out');
    const started = Date.now();
    const summary = await runBatch({
      clientsFolder: clients,
      outDir: out,
      settings: { jobs: 2, locale: 'pt' },
      appVersion: 'test',
      preparerModule: fakePreparer,
      reader: hangingReader,
      readDeadlineMs: 500,
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    const [a, b] = summary.rows;
    // The passport's file was never read (nothing in it checked): its category is "with warnings", not plainly ready.
    expect(a?.categoriesReady).toEqual(['financas-no-debt']);
    expect(a?.categoriesWithWarnings).toEqual(['passport']);
    const notRead = a?.problems.filter((problem) => problem.code === 'FILE_NOT_READ_IN_TIME');
    // One consistency item per file (notReadInTimeItem), the row's problem and the report's item alike.
    expect(notRead).toEqual([
      {
        code: 'FILE_NOT_READ_IN_TIME',
        severity: 'warning',
        messageKey: 'batch.problems.reading',
        params: { text: notReadInTimeItem('scan0001-hang.pdf', 1).text },
        file: 'scan0001-hang.pdf',
      },
      {
        code: 'FILE_NOT_READ_IN_TIME',
        severity: 'warning',
        messageKey: 'batch.problems.reading',
        params: { text: notReadInTimeItem('passport/hang-passport.pdf', 1).text },
        file: 'passport/hang-passport.pdf',
        categoryId: 'passport',
      },
    ]);
    expect(a?.problems.map((problem) => problem.code)).toContain('FILE_UNSORTED');
    expect(b?.categoriesReady).toEqual(['passport']);
    expect(await readdir(join(out, 'a'))).toEqual(expect.arrayContaining(['passport.pdf', 'financas-no-debt.pdf']));
    const csv = await readFile(join(out, 'summary.csv'), 'utf8');
    expect(csv).toContain('não foi possível ler este ficheiro em 1 s');
  }, 60_000);

  it('a deadline inside the read (pdf.js, OCR) names its own wait, and the category is not plainly ready', async () => {
    const clients = join(root, 'clients');
    await put(join(clients, 'a', 'financas-no-debt', 'certidao.pdf'));
    await put(join(clients, 'a', 'passport', 'ok.pdf'));
    // As pdf.js on the reading thread does when it never answers: its own 120-s deadline (here 2 s) rejects the read.
    const innerDeadline: DocumentReader = (path) =>
      basename(path) === 'certidao.pdf'
        ? Promise.reject(new DeadlineError('pdf.js', 2_000))
        : Promise.reject(new Error('not a document'));
    const out = join(root, 'out');
    const summary = await runBatch({
      clientsFolder: clients,
      outDir: out,
      settings: { jobs: 1, locale: 'en' },
      appVersion: 'test',
      preparerModule: fakePreparer,
      reader: innerDeadline,
      readDeadlineMs: 600_000,
    });
    const [a] = summary.rows;
    expect(a?.categoriesReady).toEqual(['passport']);
    expect(a?.categoriesWithWarnings).toEqual(['financas-no-debt']);
    expect(a?.problems.filter((problem) => problem.code === 'FILE_NOT_READ_IN_TIME')).toEqual([
      {
        code: 'FILE_NOT_READ_IN_TIME',
        severity: 'warning',
        messageKey: 'batch.problems.reading',
        params: { text: notReadInTimeItem('financas-no-debt/certidao.pdf', 2).text },
        file: 'financas-no-debt/certidao.pdf',
        categoryId: 'financas-no-debt',
      },
    ]);
    expect(await readFile(join(out, 'summary.csv'), 'utf8')).toContain('this file could not be read within 2 s');
  }, 60_000);

  it('in English too', async () => {
    const clients = join(root, 'clients');
    await put(join(clients, 'a', 'passport', 'hang-passport.pdf'));
    const summary = await runBatch({
      clientsFolder: clients,
      outDir: join(root, 'out'),
      settings: { jobs: 1, locale: 'en' },
      appVersion: 'test',
      preparerModule: fakePreparer,
      reader: hangingReader,
      readDeadlineMs: 300,
    });
    expect(summary.rows[0]?.problems.map((problem) => problem.code)).toContain('FILE_NOT_READ_IN_TIME');
    expect(await readFile(join(root, 'out', 'summary.csv'), 'utf8')).toContain('this file could not be read within 1 s');
  }, 60_000);

  it('a client stuck outside its preparation fails alone at its budget; the others are ready and the summary is written', async () => {
    const clients = join(root, 'clients');
    // Its read never answers and its deadline is far away: only the client's watchdog can end it.
    await put(join(clients, 'a', 'passport', 'hang-passport.pdf'));
    await put(join(clients, 'b', 'passport', 'ok.pdf'));
    await put(join(clients, 'c', 'passport', 'ok.pdf'));
    const out = join(root, 'out');
    const started = Date.now();
    const summary = await runBatch({
      clientsFolder: clients,
      outDir: out,
      settings: { jobs: 2, clientMinutes: 0.05, locale: 'en' },
      appVersion: 'test',
      preparerModule: fakePreparer,
      reader: hangingReader,
      readDeadlineMs: 600_000,
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(summary.rows.map((row) => row.status)).toEqual(['failed', 'needs-attention', 'needs-attention']);
    expect(summary.rows[0]?.problems).toContainEqual({
      code: 'CLIENT_TIME_LIMIT',
      severity: 'error',
      messageKey: 'batch.problems.clientTimeLimit',
      params: { minutes: 0.05 },
    });
    expect(summary.rows.slice(1).map((row) => row.categoriesReady)).toEqual([['passport'], ['passport']]);
    expect(await readdir(out)).toEqual(expect.arrayContaining(['summary.csv', 'summary.html', 'b', 'c']));
    // Nothing is committed for the stopped client, even though its preparation finished.
    expect(await readdir(out)).not.toContain('a');
  }, 60_000);

  it('waiting for a free worker is not the client’s time: three 6 s clients on one worker, 12 s budget each, all ready', async () => {
    const clients = join(root, 'clients');
    // Each client's own work is 4 × 1.5 s; the third waits ≈ 12 s for the worker, which its budget does not count.
    for (const name of ['a', 'b', 'c'])
      for (let file = 1; file <= 4; file += 1) await put(join(clients, name, 'passport', `slow-${file}.pdf`));
    const summary = await runBatch({
      clientsFolder: clients,
      outDir: join(root, 'out'),
      settings: { jobs: 1, clientMinutes: 0.2, locale: 'en' },
      appVersion: 'test',
      preparerModule: fakePreparer,
    });
    expect(summary.rows.map((row) => row.categoriesReady)).toEqual([['passport'], ['passport'], ['passport']]);
  }, 90_000);
});
