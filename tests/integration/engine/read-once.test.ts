import { copyFileSync, existsSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareClient } from '../../../electron/batch/engine-preparer';
import { readInput } from '../../../electron/engine/stages/read-input';
import { writeReportWithReading } from '../../../electron/engine/output/report-reading';
import { sha256Hex } from '../../../electron/common/hash';
import { prepareReportSchema } from '../../../shared/engine/report';
import { corpusFile, tempDir } from './helpers';

/**
 * Session 15: the batch and the engine each read and hashed every input, and report.json/report.html were written by
 * the engine, then read back and written again by the batch's reading step. Now each input is hashed once (the
 * batch's hash, used by the engine only while the file has the size and time it had when hashed) and the batch
 * writes the report once, with its final content.
 */
const work = tempDir('read-once');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function input(name: string): string {
  const path = join(work, name);
  copyFileSync(corpusFile('scans/kcs.pdf'), path);
  return path;
}
const knownOf = (path: string, sha256: string) => {
  const info = statSync(path);
  return { sha256, bytes: info.size, mtimeMs: info.mtimeMs };
};

describe('each input hashed once', () => {
  it('takes the hash the batch measured while the file is unchanged', async () => {
    const path = input('unchanged.pdf');
    const real = sha256Hex(readFileSync(path));
    // A hash the engine could not have computed itself shows it was taken, not recomputed.
    const marker = 'a'.repeat(64);
    expect((await readInput(path, undefined, knownOf(path, marker))).sha256).toBe(marker);
    expect((await readInput(path)).sha256).toBe(real);
  });

  it('hashes what it read when the file changed since the batch hashed it', async () => {
    const path = input('changed.pdf');
    const known = knownOf(path, 'a'.repeat(64));
    utimesSync(path, new Date(), new Date(known.mtimeMs + 5000));
    expect((await readInput(path, undefined, known)).sha256).toBe(sha256Hex(readFileSync(path)));
    expect((await readInput(path, undefined, { ...knownOf(path, 'a'.repeat(64)), bytes: 1 })).sha256).toBe(
      sha256Hex(readFileSync(path)),
    );
  });
});

describe('the batch writes the report once', () => {
  it('the engine leaves report.json and report.html to the batch, which writes them with the reading', async () => {
    const path = input('address.pdf');
    const outDir = join(work, 'client-out');
    const known = knownOf(path, sha256Hex(readFileSync(path)));
    const outcome = await prepareClient(
      {
        client: 'ana',
        inputs: [{ categoryId: 'proof-of-address', files: [{ path, relPath: 'address.pdf', knownHash: known }] }],
        passwords: {},
        outDir,
        limitBytes: 1_000_000,
        expectedCategories: ['proof-of-address'],
        locale: 'en',
      },
      () => undefined,
    );
    expect(existsSync(join(outDir, 'proof-of-address.pdf'))).toBe(true);
    expect(existsSync(join(outDir, 'report.json'))).toBe(false);
    expect(existsSync(join(outDir, 'report.html'))).toBe(false);
    expect(outcome.report?.categories[0]?.inputs[0]?.sha256).toBe(known.sha256);
    await writeReportWithReading(
      outDir,
      outcome.report!,
      { judgedOn: '2026-12-01', basis: 'run-day', reader: 'agency', pending: 0, items: [] },
      'en',
    );
    const written = prepareReportSchema.parse(JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')));
    expect(written.reading?.judgedOn).toBe('2026-12-01');
    expect(written.files).toEqual(['proof-of-address.pdf', 'report.json', 'report.html']);
    expect(readFileSync(join(outDir, 'report.html'), 'utf8')).toContain('proof-of-address.pdf');
  });
});
