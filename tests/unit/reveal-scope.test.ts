import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/handlers/dispatch';
import { createHandlers } from '../../electron/handlers';
import type { ShellPort } from '../../electron/handlers/shell-port';
import type { PrepareReport } from '../../shared/engine/report';
import { reportFor } from './case/assessment-fixtures';

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

  it('documentsReportReading rewrites a report only in a folder the app prepared or the person chose', async () => {
    const handlers = createHandlers({ appVersion: 'test', shell });
    const elsewhere = join(root, 'elsewhere');
    await mkdir(elsewhere, { recursive: true });
    const report = reportFor({ 'financas-no-debt': 'ready' });
    await writeFile(join(elsewhere, 'report.json'), JSON.stringify(report));
    const reading = {
      judgedOn: '2026-12-01',
      basis: 'today' as const,
      pending: 0,
      items: [
        {
          id: 'certificate-stale' as const,
          severity: 'blocker' as const,
          file: 'financas-no-debt.jpg',
          categoryId: 'financas-no-debt' as const,
          text: { en: 'Stale.', pt: 'Caducada.' },
        },
      ],
    };
    const call = () => dispatch(handlers, 'documentsReportReading', { outputDir: elsewhere, reading, locale: 'pt' }, noEvents);
    // Not prepared nor chosen this session: nothing is written.
    expect(await call()).toMatchObject({ ok: true, value: { report: null } });
    expect(JSON.parse(await readFile(join(elsewhere, 'report.json'), 'utf8')).reading).toBeUndefined();
    // Chosen: the report says what reading found, report.html too (in the person's language).
    nextFolder = elsewhere;
    await dispatch(handlers, 'shellPickFolder', { purpose: 'output' }, noEvents);
    const result = await call();
    expect(result.ok && (result.value as { report: PrepareReport }).report.categories[0]!.readingFlag).toBe('blocked');
    expect(await readFile(join(elsewhere, 'report.html'), 'utf8')).toContain('requer atenção');
  });
});
