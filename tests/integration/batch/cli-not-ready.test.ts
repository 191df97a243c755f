import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/exit-codes';
import { cliScratchRoot, runCli } from './cli-run';
import { CORPUS, VALID_CLIENT_JSON } from './fixtures';

const scratch = cliScratchRoot('aima-cli-not-ready-');

/**
 * Session 7: the terminal's per-client output listed problems and the first next action, but not which documents
 * were not ready: an agency reading it saw "Not ready to upload: Passport" and nothing about the other one. Now each
 * document that failed, is not ready or is ready with warnings has its own line, with the problems that say why.
 */
describe('aima-prep prepare names every document that is not ready, and why', () => {
  async function client(name: string) {
    const folder = join(scratch.path, name);
    await mkdir(join(folder, 'passport'), { recursive: true });
    await mkdir(join(folder, 'residence-permit'), { recursive: true });
    await writeFile(join(folder, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    // A file that is no PDF: the passport cannot be prepared at all.
    await copyFile(join(CORPUS, 'broken/not_a_pdf.pdf'), join(folder, 'passport', 'passaporte.pdf'));
    // A 185 kB scan under a 20 kB limit: written, but over the limit (not ready).
    await copyFile(join(CORPUS, 'scans/c02-22.pdf'), join(folder, 'residence-permit', 'titulo.pdf'));
    return folder;
  }

  it('in English and in Portuguese, each document on its own line with its reason under it', async () => {
    const folder = await client('rui');
    const now = ['--now', '2026-12-01T11:00:00Z', '--limit-mb', '0.02'];
    const en = await runCli(['prepare', folder, '--out', join(scratch.path, 'rui-en'), ...now]);
    expect(en.code).toBe(EXIT.NEEDS_ATTENTION);
    const lines = en.stdout.split('\n');
    const failed = lines.findIndex((line) => line === '  Could not be prepared: Passport');
    expect(failed, en.stdout).toBeGreaterThan(0);
    expect(lines[failed + 1]).toBe('    - passport/passaporte.pdf is an office document (odt), not a PDF or a photo.');
    const notReady = lines.findIndex((line) => line === '  Not ready: Residence permit card');
    expect(notReady, en.stdout).toBeGreaterThan(0);
    expect(lines[notReady + 1]).toBe(
      // Session 15: it said "titulo.pdf: This file is 0.07 MB": the size is the prepared PDF's, not titulo.pdf's.
      '    - residence-permit/titulo.pdf: the PDF prepared from this file is 0.07 MB, even compressed: more than the 0.02 MB the portal accepts.',
    );

    const pt = await runCli(['prepare', folder, '--out', join(scratch.path, 'rui-pt'), ...now, '--lang', 'pt']);
    expect(pt.stdout).toContain('  Não foi possível preparar: Passaporte\n    - passport/passaporte.pdf é um documento');
    expect(pt.stdout).toContain(
      '  Não está pronto: Título de residência\n    - residence-permit/titulo.pdf: o PDF preparado a partir deste ficheiro tem 0,07 MB',
    );
  }, 240_000);
});
