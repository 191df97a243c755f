import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import { createHandlers } from '../../../electron/handlers';
import type { ShellPort } from '../../../electron/handlers/shell-port';
import type { ApiEvent } from '../../../shared/api/events';
import { batchSummarySchema } from '../../../shared/batch/summary';
import { clientListingSchema } from '../../../shared/batch/listing';
import { CORPUS } from './fixtures';

/** The agency view's calls, through the same dispatcher as IPC and the e2e harness, with the real engine. */
const noShell: ShellPort = {
  pickFiles: async () => [],
  pickFolder: async () => null,
  reveal: async () => false,
};
const handlers = createHandlers({ appVersion: 'test', shell: noShell });
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aima-batch-api-'));
  await mkdir(join(root, 'clients', 'ana', 'passport'), { recursive: true });
  await copyFile(join(CORPUS, 'scans/kcs.pdf'), join(root, 'clients', 'ana', 'passport', 'scan.pdf'));
  await mkdir(join(root, 'clients', 'bruno'), { recursive: true });
  await copyFile(join(CORPUS, 'scans/jbig2.pdf'), join(root, 'clients', 'bruno', 'Passaporte.pdf'));
  await copyFile(join(CORPUS, 'images/photo.webp'), join(root, 'clients', 'bruno', 'IMG_1.webp'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('batch API calls', () => {
  it('lists clients, runs the batch with overall and per-client progress, then lists them as up to date', async () => {
    const clientsFolder = join(root, 'clients');
    const outFolder = join(root, 'out');
    const before = await dispatch(handlers, 'batchListClients', { clientsFolder, outFolder }, () => {});
    expect(before.ok).toBe(true);
    if (!before.ok) return;
    const listed = before.value as unknown[];
    expect(listed.map((entry) => clientListingSchema.parse(entry))).toMatchObject([
      { client: 'ana', layout: 'subfolders', files: 1, unsortedFiles: 0, lastRun: null },
      { client: 'bruno', layout: 'loose', files: 2, unsortedFiles: 1, lastRun: null },
    ]);

    const events: ApiEvent[] = [];
    const result = await dispatch(handlers, 'batchRun', { operationId: 'op-1', clientsFolder, outFolder, jobs: 1 }, (event) =>
      events.push(event),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const summary = batchSummarySchema.parse(result.value);
    expect(summary.rows.map((row) => row.client)).toEqual(['ana', 'bruno']);
    expect(summary.rows[1]?.unsortedFiles).toEqual(['IMG_1.webp']);
    const overall = events.filter((e) => e.stage === 'batch');
    expect(overall.at(0)).toMatchObject({ operationId: 'op-1', done: 0, total: 2 });
    expect(overall.at(-1)).toMatchObject({ done: 2, total: 2 });
    expect(events.some((e) => e.stage === 'client' && e.file === 'ana' && e.done === 1 && e.total === 1)).toBe(true);

    const after = await dispatch(handlers, 'batchListClients', { clientsFolder, outFolder }, () => {});
    expect(after.ok && (after.value as { lastRun: { upToDate: boolean } | null }[]).map((c) => c.lastRun?.upToDate)).toEqual([
      true,
      true,
    ]);
  }, 300_000);

  it('an unreadable clients folder is a typed error with a translated message and an action', async () => {
    const result = await dispatch(
      handlers,
      'batchRun',
      { operationId: 'op-2', clientsFolder: join(root, 'nope'), outFolder: join(root, 'out2') },
      () => {},
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'CLIENTS_FOLDER_UNREADABLE',
        messageKey: 'batch.errors.clientsFolderUnreadable',
        actionKey: 'batch.actions.pickClientsFolder',
      },
    });
    const list = await dispatch(handlers, 'batchListClients', { clientsFolder: join(root, 'nope') }, () => {});
    expect(list).toMatchObject({ ok: false, error: { code: 'CLIENTS_FOLDER_UNREADABLE' } });
  });

  it('rejects input the contract does not allow (no password on the wire)', async () => {
    const result = await dispatch(
      handlers,
      'batchRun',
      { operationId: 'op-3', clientsFolder: root, outFolder: root, passwords: { 'a.pdf': 'x' } },
      () => {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
