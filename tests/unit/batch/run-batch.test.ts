import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPLETE_MARKER, LOCK_FILE, WORK_DIR } from '../../../electron/batch/client-output';
import { runBatch, type BatchEvent } from '../../../electron/batch/run-batch';

const fakePreparer = join(import.meta.dirname, 'fake-preparer.ts');
let root: string;

async function put(path: string, content: string | Buffer = 'x'): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
}

async function buildClients(): Promise<string> {
  const clients = join(root, 'clients');
  // Subfolder style, every category.
  for (const id of [
    'passport',
    'residence-permit',
    'financas-no-debt',
    'social-security-no-debt',
    'proof-of-address',
    'income-proof',
  ]) {
    await put(join(clients, 'ana', id, `${id}-1.pdf`), `${id} of ana`);
  }
  // Loose files sorted by keywords, one unsorted, income missing.
  await put(join(clients, 'bruno', 'Passaporte Bruno.pdf'));
  await put(join(clients, 'bruno', 'titulo-de-residencia.jpg'));
  await put(join(clients, 'bruno', 'Certidão Finanças.pdf'));
  await put(join(clients, 'bruno', 'seguranca_social.pdf'));
  await put(join(clients, 'bruno', 'contrato-arrendamento.pdf'));
  await put(join(clients, 'bruno', 'holiday-photo.jpg'));
  // A broken input and a locked one, with a password file.
  await put(join(clients, 'carla', 'passport', 'broken-scan.pdf'));
  await put(join(clients, 'carla', 'passport', 'page-2.pdf'));
  await put(join(clients, 'carla', 'financas-no-debt', 'locked.pdf'));
  await put(join(clients, 'carla', 'passwords.json'), JSON.stringify({ 'locked.pdf': 'wrong' }));
  // An invalid client.json.
  await put(join(clients, 'duarte', 'passport.pdf'));
  await put(join(clients, 'duarte', 'client.json'), JSON.stringify({ situation: { permitExpiry: '2026-13-45', hasNis: true } }));
  return clients;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'aima-batch-unit-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('runBatch with a fake preparer', () => {
  it('sorts, prepares, reports every client, and skips unchanged clients on a rerun', async () => {
    const clients = await buildClients();
    const out = join(root, 'out');
    const events: BatchEvent[] = [];
    const summary = await runBatch({
      clientsFolder: clients,
      outDir: out,
      settings: { jobs: 2 },
      appVersion: 'test',
      preparerModule: fakePreparer,
      onEvent: (event) => events.push(event),
    });
    const byClient = Object.fromEntries(summary.rows.map((row) => [row.client, row]));
    expect(Object.keys(byClient)).toEqual(['ana', 'bruno', 'carla', 'duarte']);

    expect(byClient.ana?.status).toBe('ready');
    expect(byClient.ana?.categoriesReady).toHaveLength(6);
    expect(await readFile(join(out, 'ana', 'passport.pdf'), 'utf8')).toBe('passport of ana');

    expect(byClient.bruno?.status).toBe('needs-attention');
    expect(byClient.bruno?.categoriesReady.sort()).toEqual(
      ['financas-no-debt', 'passport', 'proof-of-address', 'residence-permit', 'social-security-no-debt'].sort(),
    );
    expect(byClient.bruno?.categoriesMissing).toEqual(['income-proof']);
    expect(byClient.bruno?.unsortedFiles).toEqual(['holiday-photo.jpg']);

    expect(byClient.carla?.categoriesWithWarnings).toEqual(['passport']);
    expect(byClient.carla?.categoriesFailed).toEqual(['financas-no-debt']);
    expect(byClient.carla?.problems.map((p) => `${p.code}:${p.file}`)).toEqual(
      expect.arrayContaining(['PDF_DAMAGED:passport/broken-scan.pdf', 'PDF_WRONG_PASSWORD:financas-no-debt/locked.pdf']),
    );
    expect(byClient.carla?.nextAction).toMatch(/password/i);

    const fields = byClient.duarte?.problems.filter((p) => p.code === 'CLIENT_JSON_INVALID').map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['situation.permitExpiry', 'situation.hasNis']));
    expect(byClient.duarte?.nextAction).toContain('situation.');

    expect(events.filter((e) => e.type === 'client-done')).toHaveLength(4);
    expect(events.some((e) => e.type === 'client-progress')).toBe(true);
    const csv = await readFile(summary.summaryCsv, 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(await readFile(summary.summaryHtml, 'utf8')).toContain('<td>');
    expect((await readdir(out)).sort()).toEqual(['ana', 'bruno', 'carla', 'duarte', 'summary.csv', 'summary.html']);
    expect(await readdir(join(out, 'ana'))).toContain(COMPLETE_MARKER);

    // Rerun: nothing changed except carla's password problem → only carla is prepared again.
    await writeFile(join(clients, 'carla', 'passwords.json'), JSON.stringify({ 'locked.pdf': 'open-sesame' }));
    await writeFile(join(clients, 'bruno', 'rendimentos-2025.pdf'), 'income');
    const again = await runBatch({
      clientsFolder: clients,
      outDir: out,
      settings: { jobs: 2 },
      appVersion: 'test',
      preparerModule: fakePreparer,
    });
    const skipped = again.rows.filter((row) => row.skipped).map((row) => row.client);
    expect(skipped).toEqual(['ana', 'duarte']);
    const carla = again.rows.find((row) => row.client === 'carla');
    expect(carla?.categoriesReady).toEqual(['financas-no-debt']);
    expect(again.rows.find((row) => row.client === 'bruno')?.categoriesMissing).toEqual([]);
    expect(await readdir(out)).not.toContain(WORK_DIR);
  });

  it('a skipped client is judged with the rules of today, not of its last run', async () => {
    const clients = join(root, 'clients');
    await put(join(clients, 'a', 'passport', 'ok.pdf'));
    await put(join(clients, 'a', 'client.json'), JSON.stringify({ situation: { permitKind: 'temporary-work' } }));
    const advisor = (route: string) => () => ({
      route,
      nextStepWhenReady: null,
      duc: null,
      expectedCategories: ['passport'],
      nextDeadline: null,
      urgentAction: null,
    });
    const common = { clientsFolder: clients, outDir: join(root, 'out'), appVersion: 'test', preparerModule: fakePreparer };
    const first = await runBatch({ ...common, advisor: advisor('Portal A') });
    expect(first.rows[0]).toMatchObject({ route: 'Portal A', skipped: false, status: 'ready' });
    const second = await runBatch({ ...common, advisor: advisor('Portal B') });
    expect(second.rows[0]).toMatchObject({ route: 'Portal B', skipped: true, status: 'ready', categoriesReady: ['passport'] });
  });

  it('one batch at a time per output folder; a lock left by a dead process is taken over', async () => {
    const clients = join(root, 'clients');
    await put(join(clients, 'a', 'passport', 'ok.pdf'));
    const out = join(root, 'out');
    await mkdir(out, { recursive: true });
    const common = { clientsFolder: clients, outDir: out, appVersion: 'test', preparerModule: fakePreparer };
    await writeFile(join(out, LOCK_FILE), String(process.pid)); // a live owner: this very process
    await expect(runBatch(common)).rejects.toMatchObject({ code: 'OUTPUT_FOLDER_BUSY' });
    await writeFile(join(out, LOCK_FILE), '999999999'); // no such process
    const summary = await runBatch(common);
    expect(summary.rows).toHaveLength(1);
    expect(await readdir(out)).not.toContain(LOCK_FILE);
  });

  it('a crashing worker fails only its client', async () => {
    const clients = join(root, 'clients');
    await put(join(clients, 'a', 'passport', 'crash.pdf'));
    await put(join(clients, 'b', 'passport', 'ok.pdf'));
    await put(join(clients, 'c', 'passport', 'ok.pdf'));
    const summary = await runBatch({
      clientsFolder: clients,
      outDir: join(root, 'out'),
      settings: { jobs: 1 },
      appVersion: 'test',
      preparerModule: fakePreparer,
    });
    expect(summary.rows.map((row) => row.status)).toEqual(['failed', 'needs-attention', 'needs-attention']);
    expect(summary.rows[0]?.problems[0]?.code).toBe('CLIENT_FAILED');
    // A failed client leaves no output folder, so the next run tries it again.
    expect(await readdir(join(root, 'out'))).not.toContain('a');
  });

  it('a client that never finishes is stopped at its time budget; the others finish and the summary is written', async () => {
    const clients = join(root, 'clients');
    await put(join(clients, 'a', 'passport', 'stall.pdf'));
    await put(join(clients, 'b', 'passport', 'ok.pdf'));
    await put(join(clients, 'c', 'passport', 'ok.pdf'));
    const out = join(root, 'out');
    const summary = await runBatch({
      clientsFolder: clients,
      outDir: out,
      settings: { jobs: 2, clientMinutes: 0.05, locale: 'pt' },
      appVersion: 'test',
      preparerModule: fakePreparer,
    });
    expect(summary.rows.map((row) => row.status)).toEqual(['failed', 'needs-attention', 'needs-attention']);
    expect(summary.rows[0]?.problems).toContainEqual({
      code: 'CLIENT_TIME_LIMIT',
      severity: 'error',
      messageKey: 'batch.problems.clientTimeLimit',
      params: { minutes: 0.05 },
    });
    expect(summary.rows.slice(1).map((row) => row.categoriesReady)).toEqual([['passport'], ['passport']]);
    const csv = await readFile(join(out, 'summary.csv'), 'utf8');
    expect(csv).toContain('demorou mais de 0.05 minutos');
    expect(await readdir(out)).toEqual(expect.arrayContaining(['summary.csv', 'summary.html', 'b', 'c']));
    expect(await readdir(out)).not.toContain('a');
  });
});
