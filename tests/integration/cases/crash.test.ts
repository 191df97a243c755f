import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTempFileOf } from '../../../electron/common/atomic-write';
import { CaseStore } from '../../../electron/cases/case-store';
import { AppError } from '../../../shared/api/errors';

const childScript = join(import.meta.dirname, 'fixtures', 'crash-child.ts');
const repoRoot = join(import.meta.dirname, '..', '..', '..');

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'aima-crash-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a crash between write and rename', () => {
  it('a process killed (SIGKILL) after writing the temp file leaves case.json byte-identical', async () => {
    const store = new CaseStore(root);
    const created = await store.create({ title: 'Crash test', person: { fullName: 'Old Name' } });
    const path = store.caseFilePath(created.id);
    const before = await readFile(path);

    const child = spawn(process.execPath, ['--import', 'tsx', childScript, root, created.id, 'Nguyễn Văn An'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const tempPath = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const match = /READY (.+)\n/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`child exited early (${code}): ${stderr}`)));
    });

    // The new content is complete on disk under the temp name: the crash comes at the worst moment.
    expect(await readFile(tempPath, 'utf8')).toContain('Nguyễn Văn An');
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    expect(Buffer.compare(await readFile(path), before)).toBe(0);
    const reloaded = await store.load(created.id);
    expect(reloaded.person.fullName).toBe('Old Name');
    // The leftover temp file is hidden and never mistaken for the case.
    const names = await readdir(join(root, created.id));
    expect(names.filter((n) => isTempFileOf(n, 'case.json'))).toHaveLength(1);
    expect((await store.list()).map((s) => s.status)).toEqual(['ok']);
    // The next save works normally; a later one, once the leftover is old, clears it away.
    await store.updateFacts(created.id, { person: { fullName: 'New Name' } });
    expect((await store.load(created.id)).person.fullName).toBe('New Name');
    const later = new CaseStore(root, { now: () => new Date(Date.now() + 11 * 60 * 1000) });
    await later.updateFacts(created.id, { title: 'Tidy' });
    expect((await readdir(join(root, created.id))).filter((n) => isTempFileOf(n, 'case.json'))).toEqual([]);
  });

  it('a failing rename leaves case.json byte-identical, removes the temp file and reports a typed error', async () => {
    const healthy = new CaseStore(root);
    const created = await healthy.create({ title: 'Rename fails', person: { fullName: 'Łukasz Şahin' } });
    const path = healthy.caseFilePath(created.id);
    const before = await readFile(path);

    const failing = new CaseStore(root, {
      writeHooks: {
        rename: async () => {
          throw Object.assign(new Error('simulated power loss'), { code: 'EIO' });
        },
      },
    });
    const error = await failing.updateFacts(created.id, { person: { fullName: 'Someone Else' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CASE_WRITE_FAILED');
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
    const names = await readdir(join(root, created.id));
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
