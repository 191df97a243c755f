import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/exit-codes';
import { batchSummarySchema, type BatchSummary, type SummaryRow } from '../../../shared/batch/summary';
import { CORPUS, VALID_CLIENT_JSON } from '../batch/fixtures';

/**
 * The issue-18 scenario on the real command line: a batch where four clients hold decompression bombs
 * (a content stream and an image stream inflating to 3 GiB, a 60000² image in a PDF, a PNG and a JPEG
 * declaring 24000² px) beside two complete clients. Run with --jobs 2 as its own process, whose
 * peak resident size (every worker thread included) is measured and must stay under 1.5 GB.
 */
const CLI = join(import.meta.dirname, '../../../electron/cli/aima-prep.mjs');
const PROBE = pathToFileURL(join(import.meta.dirname, 'rss-probe.mjs')).href;
const BOMBS = join(import.meta.dirname, 'fixtures');
const PEAK_LIMIT_KB = 1.5 * 1024 * 1024;

let root: string;
let exitCode: number | null;
let peakKb: number;
let summary: BatchSummary;
const rows: Record<string, SummaryRow> = {};

async function place(clientDir: string, files: Record<string, string>): Promise<void> {
  for (const [target, source] of Object.entries(files)) {
    await mkdir(dirname(join(clientDir, target)), { recursive: true });
    await copyFile(source, join(clientDir, target));
  }
}

const complete = (letter: string) => ({
  'passport/passport.pdf': join(CORPUS, 'scans/kcs.pdf'),
  'residence-permit/card.png': join(CORPUS, 'images/baiona_palette.png'),
  'financas-no-debt/certidao.pdf': join(CORPUS, 'encrypted/aes-128_R4_empty-user-pw.pdf'),
  'social-security-no-debt/declaracao.pdf': join(CORPUS, letter === 'a' ? 'scans/kcs.pdf' : 'scans/c02-22.pdf'),
  'proof-of-address/contrato.pdf': join(CORPUS, 'scans/kcs.pdf'),
  'income-proof/recibo.pdf': join(CORPUS, 'scans/c02-22.pdf'),
  'employment-contract/contrato.pdf': join(CORPUS, 'scans/kcs.pdf'),
});

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aima-bombs-'));
  const clients = join(root, 'clients');
  await place(join(clients, 'ready-a'), complete('a'));
  await place(join(clients, 'ready-b'), complete('b'));
  for (const client of ['ready-a', 'ready-b'])
    await writeFile(join(clients, client, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
  await place(join(clients, 'bomb-content'), { 'passport/passport.pdf': join(BOMBS, 'content-bomb.pdf') });
  await place(join(clients, 'bomb-image'), {
    'passport/passport.pdf': join(BOMBS, 'image-bomb.pdf'),
    'income-proof/recibo.pdf': join(BOMBS, 'huge-image.pdf'),
  });
  await place(join(clients, 'bomb-png'), { 'residence-permit/card.png': join(BOMBS, 'huge.png') });
  await place(join(clients, 'bomb-jpeg'), { 'residence-permit/card.jpg': join(BOMBS, 'huge.jpg') });

  const rssFile = join(root, 'peak-rss.txt');
  const out = join(root, 'out');
  const child = spawn(process.execPath, ['--import', PROBE, CLI, 'batch', clients, '--out', out, '--jobs', '2', '--json'], {
    env: { ...process.env, AIMA_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.resume();
  exitCode = await new Promise((resolve) => child.on('exit', resolve));
  peakKb = Number(await readFile(rssFile, 'utf8'));
  summary = batchSummarySchema.parse(JSON.parse(stdout));
  for (const row of summary.rows) rows[row.client] = row;
}, 300_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a batch with decompression bombs (--jobs 2)', () => {
  it('finishes, writes its summary, and its peak resident memory stays under 1.5 GB', async () => {
    expect(exitCode).toBe(EXIT.NEEDS_ATTENTION);
    expect(Object.keys(rows).sort()).toEqual(['bomb-content', 'bomb-image', 'bomb-jpeg', 'bomb-png', 'ready-a', 'ready-b']);
    expect((await stat(join(root, 'out', 'summary.csv'))).size).toBeGreaterThan(0);
    expect((await stat(join(root, 'out', 'summary.html'))).size).toBeGreaterThan(0);
    console.info(`peak RSS of the batch: ${Math.round(peakKb / 1024)} MB`);
    expect(peakKb).toBeGreaterThan(0);
    expect(peakKb).toBeLessThan(PEAK_LIMIT_KB);
  });

  it('every client without a bomb is ready', () => {
    for (const client of ['ready-a', 'ready-b']) {
      expect(rows[client]?.status, client).toBe('ready');
      expect(rows[client]?.categoriesFailed).toEqual([]);
    }
  });

  it.each([
    ['bomb-content', 'passport.pdf', 'PDF_STREAM_TOO_LARGE'],
    ['bomb-image', 'passport.pdf', 'PDF_STREAM_TOO_LARGE'],
    ['bomb-image', 'recibo.pdf', 'PDF_IMAGE_TOO_LARGE'],
    ['bomb-png', 'card.png', 'IMAGE_TOO_LARGE'],
    ['bomb-jpeg', 'card.jpg', 'IMAGE_TOO_LARGE'],
  ])('%s: %s is refused with %s', (client, file, code) => {
    const row = rows[client] as SummaryRow;
    expect(row.status).toBe('needs-attention');
    expect(row.problems.find((problem) => problem.file?.endsWith(file))).toMatchObject({ code, severity: 'error' });
  });
});
