import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InProcessRunner } from '../../../electron/batch/in-process';
import { ClientStoppedError } from '../../../electron/batch/pool';
import type { ClientJob } from '../../../electron/batch/preparer';

const fakePreparer = join(import.meta.dirname, 'fake-preparer.ts');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aima-in-process-'));
  await writeFile(join(dir, 'input.pdf'), 'x');
});
afterEach(async () => {
  delete process.env.FAKE_DELAY_MS;
  await rm(dir, { recursive: true, force: true });
});

function job(files: string[]): ClientJob {
  return {
    client: 'solo',
    inputs: [{ categoryId: 'passport', files: files.map((relPath) => ({ path: join(dir, 'input.pdf'), relPath })) }],
    passwords: {},
    outDir: dir,
    limitBytes: 1_000_000,
    expectedCategories: ['passport'],
    locale: 'en',
  };
}

describe('one client prepared on the calling thread (the command line with a single client)', () => {
  it('prepares the client and passes its progress on', async () => {
    const runner = new InProcessRunner({ preparerModule: fakePreparer });
    const progress: number[] = [];
    try {
      const result = await runner.prepare(job(['passport/a.pdf', 'passport/b.pdf']), (event) => progress.push(event.done));
      expect(result.categories).toEqual([{ categoryId: 'passport', status: 'ready', outputBytes: 2 }]);
      expect(progress).toEqual([1, 2]);
    } finally {
      await runner.close();
    }
  });

  it('past its time budget the client fails with CLIENT_TIME_LIMIT and its work stops at the next progress report', async () => {
    process.env.FAKE_DELAY_MS = '300';
    const runner = new InProcessRunner({ preparerModule: fakePreparer, clientMinutes: 0.01 }); // 0.6 s
    const files = Array.from({ length: 20 }, (_, i) => `passport/page-${i}.pdf`); // 6 s of work
    const started = Date.now();
    try {
      await expect(runner.prepare(job(files))).rejects.toEqual(new ClientStoppedError('time', 0.01));
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await runner.close();
    }
    // close() waited for the work to unwind: it stopped before writing its output, and well before 6 s.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await readdir(dir)).toEqual(['input.pdf']);
  });

  it('above the memory limit the client fails with CLIENT_MEMORY_LIMIT and what it held is let go', async () => {
    const rssMb = () => process.memoryUsage.rss() / (1024 * 1024);
    const limitMb = Math.round(rssMb()) + 300;
    const runner = new InProcessRunner({ preparerModule: fakePreparer, memoryLimitMb: limitMb });
    try {
      await expect(runner.prepare(job(['passport/native-hog.pdf']))).rejects.toEqual(new ClientStoppedError('memory', limitMb));
    } finally {
      await runner.close();
    }
    // The hog held 64 MB more every 20 ms up to 4 GB: it was stopped a few steps past the limit, not at 4 GB.
    expect(rssMb()).toBeLessThan(limitMb + 1024);
    expect(await readdir(dir)).toEqual(['input.pdf']);
  });

  it('library messages printed while it works stay off stdout (where --json goes), and the console comes back after', async () => {
    const original = console.log;
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => (written.push(String(chunk)), true)) as typeof process.stdout.write;
    const runner = new InProcessRunner({ preparerModule: fakePreparer });
    try {
      console.log('pdf-lib: Trying to parse invalid object');
      console.warn('Warning: damaged stream');
      await runner.prepare(job(['passport/a.pdf']));
    } finally {
      await runner.close();
      process.stdout.write = write;
    }
    expect(written).toEqual([]);
    expect(console.log).toBe(original);
  });
});
