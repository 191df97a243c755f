import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPLETE_MARKER, WORK_DIR } from '../../../electron/batch/client-output';
import { batchSummarySchema } from '../../../shared/batch/summary';
import { prepareReportSchema } from '../../../shared/engine/report';
import { CORPUS } from './fixtures';
import { filesUnder } from './helpers';

/**
 * kill -9 in the middle of a batch (the real CLI, the real engine): the output
 * folder holds only complete client folders, and the next run prepares the
 * rest and skips the clients that were finished.
 */
const CLI = join(import.meta.dirname, '../../../electron/cli/aima-prep.mjs');
const CLIENT_COUNT = 8;
const DOCUMENTS = [
  ['passport/passport.pdf', 'scans/linn.pdf'],
  ['residence-permit/card.jpg', 'images/exif_orientation_6.jpg'],
  ['proof-of-address/contrato.pdf', 'scans/epson.pdf'],
  ['income-proof/statement.pdf', 'scans/c02-22.pdf'],
] as const;

let root: string;
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function completeClients(out: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(out, { withFileTypes: true });
  } catch {
    return [];
  }
  const done = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    try {
      await stat(join(out, entry.name, COMPLETE_MARKER));
      done.push(entry.name);
    } catch {
      // A visible folder without a marker would be a half-written output: checked below.
    }
  }
  return done.sort();
}

function runCli(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, stdout: () => stdout };
}

describe('a batch killed with SIGKILL', () => {
  it('leaves only complete client folders, and the rerun finishes the rest and skips the finished ones', async () => {
    root = await mkdtemp(join(tmpdir(), 'aima-batch-kill-'));
    const clients = join(root, 'clients');
    const out = join(root, 'out');
    for (let i = 1; i <= CLIENT_COUNT; i += 1) {
      for (const [target, source] of DOCUMENTS) {
        const path = join(clients, `client-${i}`, target);
        await mkdir(join(path, '..'), { recursive: true });
        await copyFile(join(CORPUS, source), path);
      }
    }

    const first = runCli(['batch', clients, '--out', out, '--jobs', '1', '--json']);

    while (true) {
      const done = await completeClients(out);
      if (done.length >= 1) {
        first.child.kill('SIGKILL');
        break;
      }
      if (first.child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const firstExit = await first.exited;
    expect(firstExit.signal, 'the batch must still have been running when killed').toBe('SIGKILL');
    const killedAfter = await completeClients(out);
    expect(killedAfter.length).toBeGreaterThanOrEqual(1);
    expect(killedAfter.length).toBeLessThan(CLIENT_COUNT);

    // Every visible client folder is complete: marker present, report valid, all its PDFs there.
    const visible = (await readdir(out, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.'));
    expect(visible.map((e) => e.name).sort()).toEqual(killedAfter);
    for (const client of killedAfter) {
      const report = prepareReportSchema.parse(JSON.parse(await readFile(join(out, client, 'report.json'), 'utf8')));
      const files = await filesUnder(join(out, client));
      for (const name of report.files) expect(files, `${client}/${name}`).toContain(name);
    }
    // No summary from the killed run (it is written at the end).
    expect(await readdir(out)).not.toContain('summary.csv');

    const second = runCli(['batch', clients, '--out', out, '--jobs', '1', '--json']);
    const secondExit = await second.exited;
    expect(secondExit.signal).toBeNull();
    expect([0, 1]).toContain(secondExit.code);
    const summary = batchSummarySchema.parse(JSON.parse(second.stdout()));
    expect(summary.rows).toHaveLength(CLIENT_COUNT);
    const skipped = summary.rows.filter((row) => row.skipped).map((row) => row.client);
    expect(skipped.sort()).toEqual(killedAfter);
    expect(summary.rows.every((row) => row.status !== 'failed')).toBe(true);

    // Everything complete, nothing left over from the killed run.
    expect(await completeClients(out)).toHaveLength(CLIENT_COUNT);
    const leftovers = (await filesUnder(out)).filter((file) => file.startsWith(WORK_DIR) || file.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
    expect(await readdir(out)).not.toContain(WORK_DIR);
  }, 600_000);
});
