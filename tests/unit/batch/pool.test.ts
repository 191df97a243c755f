import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClientPool, ClientStoppedError, effectiveJobs, thisMachine, WorkerCrashError } from '../../../electron/batch/pool';
import type { ClientJob } from '../../../electron/batch/preparer';
import { canReadWorkerHeap } from '../../../electron/common/heap-watch';

const fakePreparer = join(import.meta.dirname, 'fake-preparer.ts');

function job(dir: string, client: string, file: string): ClientJob {
  return {
    client,
    inputs: [{ categoryId: 'passport', files: [{ path: join(dir, 'input.pdf'), relPath: file }] }],
    passwords: {},
    outDir: dir,
    limitBytes: 1_000_000,
    expectedCategories: ['passport'],
    locale: 'en',
  };
}

describe('worker pool', () => {
  it('never uses more workers than cores, clients or memory allows (each worker ~1.5 GB, half the memory)', () => {
    const GB = 1024 ** 3;
    const workstation = { cores: 8, memoryBytes: 32 * GB }; // memory allows 10
    expect(effectiveJobs(undefined, 100, workstation)).toBe(8);
    expect(effectiveJobs(64, 100, workstation)).toBe(8);
    expect(effectiveJobs(3, 100, workstation)).toBe(3);
    expect(effectiveJobs(8, 1, workstation)).toBe(1);
    expect(effectiveJobs(1, 0, workstation)).toBe(1);
    const manyCoresLittleMemory = { cores: 16, memoryBytes: 8 * GB }; // 4 GB for workers: 2
    expect(effectiveJobs(undefined, 100, manyCoresLittleMemory)).toBe(2);
    const tiny = { cores: 2, memoryBytes: 2 * GB }; // not even one worker's worth: still 1
    expect(effectiveJobs(undefined, 100, tiny)).toBe(1);
  });

  it('sizes itself from the running machine when none is named', () => {
    const machine = thisMachine();
    expect(effectiveJobs(undefined, 100)).toBe(effectiveJobs(undefined, 100, machine));
    expect(effectiveJobs(undefined, 100)).toBeLessThanOrEqual(machine.cores);
  });

  it('a worker that exceeds its memory cap fails its client only; a fresh worker takes the next one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aima-pool-'));
    await writeFile(join(dir, 'input.pdf'), 'x');
    const pool = new ClientPool({ jobs: 1, preparerModule: fakePreparer, heapMb: 48 });
    try {
      const hog = pool.prepare(job(dir, 'hog', 'passport/hog.pdf'));
      const next = pool.prepare(job(dir, 'next', 'passport/fine.pdf'));
      // Stopped by the pool's watch of its heap where Node can read it (common/heap-watch.ts), else by V8's own cap.
      await expect(hog).rejects.toBeInstanceOf(canReadWorkerHeap ? ClientStoppedError : WorkerCrashError);
      await expect(next).resolves.toMatchObject({ categories: [{ categoryId: 'passport', status: 'ready' }] });
    } finally {
      await pool.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  // V8's own cap aborts the whole process on this allocation shape (nodejs/node#47224), on every Node: only where the
  // pool can read a worker's heap (Node 22.16+, 24: the app's Electron, the GitHub workflow) can the batch survive it.
  it.runIf(canReadWorkerHeap)('a client growing one array past its heap budget fails alone; the batch goes on', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aima-pool-'));
    await writeFile(join(dir, 'input.pdf'), 'x');
    const pool = new ClientPool({ jobs: 1, preparerModule: fakePreparer, heapMb: 128 });
    try {
      const hog = pool.prepare(job(dir, 'hog', 'passport/push-hog.pdf'));
      const next = pool.prepare(job(dir, 'next', 'passport/fine.pdf'));
      await expect(hog).rejects.toEqual(new ClientStoppedError('memory', 128));
      await expect(next).resolves.toMatchObject({ categories: [{ categoryId: 'passport', status: 'ready' }] });
    } finally {
      await pool.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a client past its time budget is stopped with its own error; the next client gets a fresh worker', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aima-pool-'));
    await writeFile(join(dir, 'input.pdf'), 'x');
    const pool = new ClientPool({ jobs: 1, preparerModule: fakePreparer, clientMinutes: 0.05 });
    try {
      const stalled = pool.prepare(job(dir, 'stall', 'passport/stall.pdf'));
      const next = pool.prepare(job(dir, 'next', 'passport/fine.pdf'));
      await expect(stalled).rejects.toEqual(new ClientStoppedError('time', 0.05));
      await expect(next).resolves.toMatchObject({ categories: [{ categoryId: 'passport', status: 'ready' }] });
    } finally {
      await pool.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('native memory beyond the limit stops the worker holding it, not the other one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aima-pool-'));
    await writeFile(join(dir, 'input.pdf'), 'x');
    const limitMb = Math.round(process.memoryUsage.rss() / (1024 * 1024)) + 400;
    const pool = new ClientPool({ jobs: 2, preparerModule: fakePreparer, memoryLimitMb: limitMb });
    try {
      const hog = pool.prepare(job(dir, 'hog', 'passport/native-hog.pdf'));
      const slow = pool.prepare(job(dir, 'slow', 'passport/slow.pdf'));
      await expect(hog).rejects.toEqual(new ClientStoppedError('memory', limitMb));
      await expect(slow).resolves.toMatchObject({ categories: [{ categoryId: 'passport', status: 'ready' }] });
    } finally {
      await pool.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
