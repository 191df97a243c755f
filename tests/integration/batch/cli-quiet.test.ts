import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cliScratchRoot, runCli } from './cli-run';
import { CORPUS, VALID_CLIENT_JSON } from './fixtures';

const scratch = cliScratchRoot('aima-cli-quiet-');

/**
 * Session 7: pdf-lib's "Trying to parse invalid object" and "Invalid object ref: 2 0 R", printed while the batch's
 * own thread read the documents (the workers' output was already captured), landed between the command's lines.
 * They are kept only with AIMA_PREP_VERBOSE=1 (electron/common/quiet-console.ts).
 */
describe("the libraries' console output during a batch", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete process.env.AIMA_PREP_VERBOSE;
  });

  async function clients() {
    const root = join(scratch.path, 'clients');
    // Two clients, so they are prepared on the pool's workers and read on the batch's own thread.
    for (const name of ['eva', 'ivo']) {
      const folder = join(root, name);
      await mkdir(join(folder, 'employment-contract'), { recursive: true });
      await writeFile(join(folder, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
      // A truncated scan: pdf-lib warns about its objects when the contract is read for a name.
      await copyFile(join(CORPUS, 'broken/truncated_linn.pdf'), join(folder, 'employment-contract', 'contrato.pdf'));
    }
    return root;
  }

  it('never reaches the console (nor stdout or stderr) unless AIMA_PREP_VERBOSE=1', async () => {
    const root = await clients();
    const said: string[] = [];
    for (const method of ['log', 'warn', 'error', 'info'] as const)
      vi.spyOn(console, method).mockImplementation((...parts: unknown[]) => void said.push(parts.map(String).join(' ')));
    const quiet = await runCli([
      'batch',
      root,
      '--out',
      join(scratch.path, 'out-quiet'),
      '--now',
      '2026-12-01T11:00:00Z',
      '--jobs',
      '2',
    ]);
    expect(said.filter((line) => /invalid object|object ref/i.test(line))).toEqual([]);
    expect(`${quiet.stdout}${quiet.stderr}`).not.toMatch(/invalid object|object ref/i);
    expect(quiet.stdout).toContain('eva: ');

    process.env.AIMA_PREP_VERBOSE = '1';
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    await runCli(['batch', root, '--out', join(scratch.path, 'out-verbose'), '--now', '2026-12-01T11:00:00Z', '--jobs', '2']);
    vi.mocked(process.stderr.write).mockRestore();
    expect(written.join('')).toMatch(/Invalid object ref|Trying to parse invalid object/);
  }, 240_000);
});
