import { copyFile, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/exit-codes';
import { batchSummarySchema } from '../../../shared/batch/summary';
import { runCli } from '../batch/cli-run';
import { CORPUS } from '../batch/fixtures';

/**
 * The command line prepares a single client on its own thread (batch/in-process.ts), without the
 * worker that isolates clients in a larger batch: the decoders' caps must still refuse a bomb there,
 * with the client's other documents prepared and the summary written.
 */
const BOMBS = join(import.meta.dirname, 'fixtures');
let root = '';

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a one-client batch holding a bomb, prepared without a worker thread', () => {
  it('refuses the bomb with its own error, prepares the rest and writes the summary', async () => {
    root = await mkdtemp(join(tmpdir(), 'aima-one-bomb-'));
    const client = join(root, 'clients', 'solo');
    await mkdir(join(client, 'passport'), { recursive: true });
    await mkdir(join(client, 'proof-of-address'), { recursive: true });
    await mkdir(join(client, 'income-proof'), { recursive: true });
    await copyFile(join(BOMBS, 'content-bomb.pdf'), join(client, 'passport', 'passport.pdf'));
    await copyFile(join(BOMBS, 'huge-image.pdf'), join(client, 'income-proof', 'recibo.pdf'));
    await copyFile(join(CORPUS, 'scans/kcs.pdf'), join(client, 'proof-of-address', 'contrato.pdf'));
    const out = join(root, 'out');
    const rssBefore = process.memoryUsage.rss();
    const result = await runCli(['batch', join(root, 'clients'), '--out', out, '--jobs', '1', '--json']);
    expect(result.code).toBe(EXIT.NEEDS_ATTENTION);
    const row = batchSummarySchema.parse(JSON.parse(result.stdout)).rows[0]!;
    expect(row.client).toBe('solo');
    expect(row.problems.find((problem) => problem.file?.endsWith('passport.pdf'))).toMatchObject({
      code: 'PDF_STREAM_TOO_LARGE',
      severity: 'error',
    });
    expect(row.problems.find((problem) => problem.file?.endsWith('recibo.pdf'))).toMatchObject({
      code: 'PDF_IMAGE_TOO_LARGE',
      severity: 'error',
    });
    expect(row.categoriesReady).toContain('proof-of-address');
    expect((await readdir(join(out, 'solo'))).filter((name) => name.endsWith('.pdf'))).toContain('proof-of-address.pdf');
    expect((await stat(join(out, 'summary.csv'))).size).toBeGreaterThan(0);
    // The bombs inflate to 3 GiB and 60000² px: refused under their caps, never held.
    expect(process.memoryUsage.rss() - rssBefore).toBeLessThan(1024 * 1024 * 1024);
  }, 300_000);
});
