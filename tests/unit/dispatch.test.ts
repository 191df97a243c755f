import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/handlers/dispatch';
import { createHandlers } from '../../electron/handlers';
import type { Handlers } from '../../electron/handlers/handler-types';
import type { ApiEvent } from '../../shared/api/events';

const shell = { pickFiles: async () => ['/a.pdf'], pickFolder: async () => '/out', reveal: async () => true };
const handlers = createHandlers({ appVersion: 'test', shell });
const quiet = () => {};

describe('dispatch', () => {
  it('rejects an unknown call', async () => {
    const result = await dispatch(handlers, 'formatDisk', {}, quiet, quiet);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });

  it('rejects missing input with the field named', async () => {
    const result = await dispatch(handlers, 'filesDescribe', undefined, quiet, quiet);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: '(input)' }] } });
  });

  it('hashes files and emits one progress event per file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aima-dispatch-'));
    await writeFile(join(dir, 'a.txt'), 'abc');
    await writeFile(join(dir, 'b.txt'), '');
    const events: ApiEvent[] = [];
    const result = await dispatch(
      handlers,
      'filesDescribe',
      { operationId: 'op', paths: [join(dir, 'a.txt'), join(dir, 'b.txt')] },
      (e) => events.push(e),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual([
      {
        path: join(dir, 'a.txt'),
        name: 'a.txt',
        bytes: 3,
        sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      },
      {
        path: join(dir, 'b.txt'),
        name: 'b.txt',
        bytes: 0,
        sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      },
    ]);
    expect(events.map((e) => [e.done, e.total])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('turns a typed application error into a translated message key, not a crash', async () => {
    const result = await dispatch(handlers, 'filesDescribe', { operationId: 'op', paths: ['/no/such/file.pdf'] }, quiet, quiet);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND', messageKey: 'errors.fileNotFound', file: 'file.pdf', actionKey: 'actions.pickAgain' },
    });
  });

  it('hides unexpected failures and output that breaks the contract behind INTERNAL, logging locally', async () => {
    const log = vi.fn();
    const broken = { ...handlers, appInfo: async () => ({ appVersion: 1 }) } as unknown as Handlers;
    const result = await dispatch(broken, 'appInfo', {}, quiet, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(log).toHaveBeenCalled();
    const throwing = {
      ...handlers,
      appInfo: async () => {
        throw new Error('boom at /secret/path');
      },
    } as unknown as Handlers;
    const thrown = await dispatch(throwing, 'appInfo', {}, quiet, log);
    expect(JSON.stringify(thrown)).not.toContain('secret');
  });

  it('routes native dialogs through the shell port', async () => {
    expect(await dispatch(handlers, 'shellPickFiles', {}, quiet)).toEqual({ ok: true, value: { paths: ['/a.pdf'] } });
    expect(await dispatch(handlers, 'shellPickFolder', {}, quiet)).toEqual({ ok: true, value: { path: '/out' } });
  });
});
