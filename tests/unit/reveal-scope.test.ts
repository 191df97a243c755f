import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/handlers/dispatch';
import { createHandlers } from '../../electron/handlers';
import type { ShellPort } from '../../electron/handlers/shell-port';

/** shellReveal shows only what the app wrote or the person chose; the shell port records what it was asked. */
let root: string;
const revealed: string[] = [];
let nextFolder: string | null = null;
const shell: ShellPort = {
  pickFiles: async () => [join('/picked', 'scan.pdf')],
  pickFolder: async () => nextFolder,
  reveal: async (path) => {
    revealed.push(path);
    return true;
  },
};
const noEvents = () => {};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aima-reveal-'));
  process.env.AIMA_PREP_CASES_ROOT = join(root, 'cases');
});
afterAll(async () => {
  delete process.env.AIMA_PREP_CASES_ROOT;
  await rm(root, { recursive: true, force: true });
});

describe('shellReveal scope', () => {
  it('reveals the cases folder, chosen folders and files, and what is under them; nothing else', async () => {
    const handlers = createHandlers({ appVersion: 'test', shell });
    const reveal = async (path: string) => {
      const result = await dispatch(handlers, 'shellReveal', { path }, noEvents);
      return result.ok && (result.value as { revealed: boolean }).revealed;
    };
    expect(await reveal('/etc/passwd')).toBe(false);
    expect(await reveal(join(root, 'clients'))).toBe(false);
    expect(await reveal('relative/path')).toBe(false);
    expect(await reveal(join(root, 'cases', 'case-1'))).toBe(true);
    // A sibling whose name starts like an allowed folder is not inside it.
    expect(await reveal(join(root, 'cases-other'))).toBe(false);

    nextFolder = join(root, 'clients');
    await dispatch(handlers, 'shellPickFolder', { purpose: 'clients' }, noEvents);
    expect(await reveal(join(root, 'clients', 'ana', 'summary.html'))).toBe(true);
    expect(await reveal(join(root, 'clients', '..', 'secret'))).toBe(false);

    await dispatch(handlers, 'shellPickFiles', { filter: 'documents', multiple: false }, noEvents);
    expect(await reveal('/picked/scan.pdf')).toBe(true);
    expect(await reveal('/picked/other.pdf')).toBe(false);
    expect(revealed).toEqual([join(root, 'cases', 'case-1'), join(root, 'clients', 'ana', 'summary.html'), '/picked/scan.pdf']);
  });
});
