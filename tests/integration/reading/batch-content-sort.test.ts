import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { batchSummarySchema } from '../../../shared/batch/summary';

/**
 * `aima-prep batch` on a client folder of 12 unnamed files (scan0001 … scan0012 from the
 * generated reading corpus): every file lands in the category its content shows, and each
 * is reported with the words that decided it.
 */
const CORPUS = join(import.meta.dirname, '..', '..', 'corpus', 'reading');
let root = '';
afterAll(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

describe('batch sorts unnamed files by content', () => {
  it('sorts all 12 and reports each', { timeout: 600_000 }, async () => {
    root = await mkdtemp(join(tmpdir(), 'aima-content-sort-'));
    const manifest: { path: string; kind: string; expect: { categoryId?: string } }[] = JSON.parse(
      await readFile(join(CORPUS, 'manifest.json'), 'utf8'),
    );
    const unnamed = manifest.filter((entry) => entry.kind === 'unnamed');
    expect(unnamed).toHaveLength(12);
    const client = join(root, 'clients', 'silva');
    await mkdir(client, { recursive: true });
    for (const entry of unnamed) await copyFile(join(CORPUS, entry.path), join(client, entry.path.split('/').pop()!));
    let stdout = '';
    const sink = { write: (chunk: string) => ((stdout += chunk), true) } as unknown as NodeJS.WritableStream;
    const stderr = { write: () => true } as unknown as NodeJS.WritableStream;
    await main(['batch', join(root, 'clients'), '--out', join(root, 'out'), '--jobs', '2', '--today', '2026-12-01', '--json'], {
      stdout: sink,
      stderr,
    });
    const row = batchSummarySchema.parse(JSON.parse(stdout)).rows[0]!;
    expect(row.unsortedFiles).toEqual([]);
    const sorted = row.problems.filter((p) => p.code === 'FILE_SORTED_BY_CONTENT');
    expect(sorted).toHaveLength(12);
    for (const entry of unnamed) {
      const name = entry.path.split('/').pop()!;
      const problem = sorted.find((p) => p.file === name);
      expect(problem?.params?.category, name).toBe(entry.expect.categoryId);
      expect(String(problem?.params?.words ?? '').length, name).toBeGreaterThan(0);
    }
    const csv = await readFile(join(root, 'out', 'summary.csv'), 'utf8');
    expect(csv).toContain('scan0001.jpg');
  });
});
