import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../shared/api/errors';

// A stand-in for Electron's ipcMain that records the registered handlers, so the
// real registerIpc (shell code) can be exercised without an Electron binary.
const registered = new Map<string, (event: unknown, input: unknown) => Promise<ApiResult<unknown>>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, input: unknown) => Promise<ApiResult<unknown>>) =>
      registered.set(channel, listener),
  },
}));

const { registerIpc } = await import('../../electron/shell/ipc');
const { createHandlers } = await import('../../electron/handlers');
const { apiChannels, ipcChannelOf } = await import('../../shared/api/contract');

const noShell = {
  pickFiles: async () => [],
  pickFolder: async () => null,
  reveal: async () => false,
};

function fakeEvent(url: string) {
  return { senderFrame: { url }, sender: { isDestroyed: () => false, send: vi.fn() } };
}

describe('IPC registration', () => {
  beforeEach(() => {
    registered.clear();
    registerIpc(createHandlers({ appVersion: '1.2.3', shell: noShell }));
  });

  it('registers every call of the contract', () => {
    expect([...registered.keys()].sort()).toEqual(apiChannels.map(ipcChannelOf).sort());
  });

  it('answers a valid call', async () => {
    const result = await registered.get('aima:appInfo')!(fakeEvent('app://aima/index.html'), {});
    expect(result).toMatchObject({ ok: true, value: { appVersion: '1.2.3' } });
  });

  it('rejects input that does not match the schema, naming the field', async () => {
    const result = await registered.get('aima:filesDescribe')!(fakeEvent('app://aima/index.html'), {
      operationId: 'a',
      paths: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.messageKey).toBe('errors.invalidInput');
    expect(result.error.issues?.map((i) => i.path)).toEqual(['paths']);
  });

  it('rejects extra fields (strict schemas)', async () => {
    const result = await registered.get('aima:appInfo')!(fakeEvent('app://aima/index.html'), { sneaky: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses calls from frames that are not the app', async () => {
    const result = await registered.get('aima:appInfo')!(fakeEvent('https://example.com/'), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });
});
