import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../../corpus';

/**
 * Walk of session 6: `aima-prep prepare` on a client whose passport is read (OCR of its MRZ) wrote the
 * upload-ready folder, printed its summary and never exited: the OCR worker threads kept Node alive
 * (the batch closed them, the single-client run did not). The command is run as a person runs it, in its
 * own process, and must end by itself.
 */
const work = await mkdtemp(join(tmpdir(), 'aima-prepare-exits-'));
afterAll(() => rm(work, { recursive: true, force: true }));

describe('aima-prep prepare', () => {
  it('ends by itself after reading a passport', async () => {
    const client = join(work, 'ana');
    await mkdir(join(client, 'passport'), { recursive: true });
    await copyFile(join(CORPUS, 'reading/passports/bra-scan.jpg'), join(client, 'passport', 'passaporte.jpg'));
    const out = join(work, 'out');
    const child = spawn(
      process.execPath,
      ['electron/cli/aima-prep.mjs', 'prepare', client, '--out', out, '--today', '2026-12-01'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    // The summary is printed once the folder is written; from then on the process must end on its own.
    const printed = new Promise<void>((resolve) => child.stdout.on('data', () => stdout.includes('ana:') && resolve()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await Promise.race([printed, exited]);
    const afterSummary = await Promise.race([
      exited,
      new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 30_000)),
    ]);
    if (afterSummary === 'still running') child.kill();
    expect(afterSummary, stdout).not.toBe('still running');
    expect(await readdir(out)).toContain('passport.pdf');
  }, 300_000);
});
