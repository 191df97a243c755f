import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanClientFolder } from '../../../electron/clients/scan';
import { skippedProblems } from '../../../shared/batch/row';
import { translate } from '../../../shared/i18n/translate';

let root: string;
let client: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aima-scan-'));
  client = join(root, 'ana');
  await mkdir(join(client, 'passport'), { recursive: true });
  await mkdir(join(client, '.cache'), { recursive: true });
  await writeFile(join(client, 'passport', 'scan.pdf'), 'x');
  await writeFile(join(client, 'passport', '.draft.pdf'), 'x');
  await writeFile(join(client, '.cache', 'doc.pdf'), 'x');
  await writeFile(join(client, '~$contrato.docx'), 'x');
  await writeFile(join(client, '.DS_Store'), 'x');
  await writeFile(join(client, 'passport', '._scan.pdf'), 'x');
  await writeFile(join(root, 'other-client-passport.pdf'), 'x');
  await symlink(join(root, 'other-client-passport.pdf'), join(client, 'Passaporte.pdf'));
  await symlink(join(client, 'passport', 'scan.pdf'), join(client, 'passport', 'copy.pdf'));
  await symlink(join(root, 'gone.pdf'), join(client, 'passport', 'broken.pdf'));
  await symlink('/etc', join(client, 'residence-permit'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('client folder scan: what is skipped is reported', () => {
  it('reads real files only, and lists hidden entries and links with the reason', async () => {
    const scan = await scanClientFolder(client);
    expect(scan.inputs).toEqual([
      { categoryId: 'passport', files: [{ path: join(client, 'passport', 'scan.pdf'), relPath: 'passport/scan.pdf', bytes: 1 }] },
    ]);
    expect(scan.skipped).toHaveLength(7);
    expect(scan.skipped).toEqual(
      expect.arrayContaining([
        { relPath: '.cache', reason: 'hidden' },
        { relPath: 'passport/.draft.pdf', reason: 'hidden' },
        { relPath: 'passport/broken.pdf', reason: 'link-outside' },
        { relPath: 'passport/copy.pdf', reason: 'link-inside' },
        { relPath: 'Passaporte.pdf', reason: 'link-outside' },
        { relPath: 'residence-permit', reason: 'link-outside' },
        { relPath: '~$contrato.docx', reason: 'hidden' },
      ]),
    );
  });

  it('each skipped entry is a warning with a text in both languages', async () => {
    const problems = skippedProblems((await scanClientFolder(client)).skipped);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(problems.find((problem) => problem.file === 'Passaporte.pdf')).toMatchObject({ code: 'FILE_SKIPPED_LINK_OUTSIDE' });
    for (const locale of ['en', 'pt'] as const) {
      for (const problem of problems) expect(translate(locale, problem.messageKey)).not.toBe(problem.messageKey);
    }
  });
});
