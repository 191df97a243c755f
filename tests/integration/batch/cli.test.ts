import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/exit-codes';
import { main } from '../../../electron/cli/main';
import { VALID_CLIENT_JSON } from './fixtures';

const CLI = join(import.meta.dirname, '../../../electron/cli/aima-prep.mjs');
let root: string;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (chunk: string) => ((stdout += chunk), true) } as unknown as NodeJS.WritableStream,
    stderr: { write: (chunk: string) => ((stderr += chunk), true) } as unknown as NodeJS.WritableStream,
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aima-cli-'));
  await mkdir(join(root, 'ana'), { recursive: true });
  await writeFile(join(root, 'ana', 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('aima-prep command line', () => {
  it('the package bin starts with plain Node and prints the help', () => {
    const result = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(EXIT.ALL_READY);
    expect(result.stdout).toContain('aima-prep batch <clients-folder> --out <dir>');
    expect(result.stdout).toContain('Exit codes:');
  });

  it.each([
    [[], 'no command'],
    [['batch', '/nowhere'], 'needs --out'],
    [['batch', '/nowhere', '--out', '/tmp/x', '--jobs', 'two'], '--jobs needs a positive whole number'],
    [['batch', '/nowhere', '--out', '/tmp/x', '--limit-mb', '0'], '--limit-mb needs a positive number'],
    [['prepare', '/nowhere', '--out', '/tmp/x', '--lang', 'fr'], '--lang must be en or pt'],
    [['frobnicate', 'x'], 'unknown command'],
    [['batch', '/nowhere', '--out', '/tmp/x', '--password', 'secret'], 'Unknown option'],
  ])('usage error %j → exit 2', async (args, message) => {
    const result = await run(args as string[]);
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    if (args.length > 0) expect(result.stderr).toContain(message);
  });

  it('an unreadable clients folder or an invalid passwords file is exit 2, naming the field and not the password', async () => {
    expect((await run(['batch', join(root, 'missing'), '--out', join(root, 'out')])).code).toBe(EXIT.USAGE_OR_IO);
    const passwords = join(root, 'bad-passwords.json');
    await writeFile(passwords, JSON.stringify({ ana: { 'certidao.pdf': 12345678 } }));
    const result = await run(['batch', root, '--out', join(root, 'out'), '--passwords', passwords]);
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    expect(result.stderr).toContain('ana.certidao.pdf');
    expect(result.stderr).not.toContain('12345678');
  });

  it('duc prints the payment window of the client.json DUC, strictest deadline first', async () => {
    const result = await run(['duc', join(root, 'ana'), '--today', '2026-11-25', '--json']);
    expect(result.code).toBe(EXIT.ALL_READY);
    const window = JSON.parse(result.stdout);
    expect(window.route).toBe('portal-renovacoes');
    expect(window.deadline.lisbon).toEqual({ date: '2026-11-21', time: '10:15' });
  });

  it('contact-text fills the form from client.json; an invalid client.json names the field', async () => {
    const result = await run(['contact-text', join(root, 'ana'), '--scenario', 'renewals-portal-error']);
    expect(result.stdout).toContain('Ana Sousa');
    expect(result.stdout).toContain('A1234567');
    await mkdir(join(root, 'eva'), { recursive: true });
    await writeFile(join(root, 'eva', 'client.json'), JSON.stringify({ situation: { permitExpiry: '2026-02-30' } }));
    const invalid = await run(['contact-text', join(root, 'eva'), '--scenario', 'renewals-portal-error']);
    expect(invalid.code).toBe(EXIT.USAGE_OR_IO);
    expect(invalid.stderr).toContain('situation.permitExpiry');
  });

  it('letter writes a .docx and a .pdf the reader libraries open', async () => {
    const docx = join(root, 'carta.docx');
    const result = await run(['letter', join(root, 'ana'), '--out', docx, '--today', '2026-11-25']);
    expect([EXIT.ALL_READY, EXIT.NEEDS_ATTENTION]).toContain(result.code);
    const { value } = await mammoth.extractRawText({ buffer: await readFile(docx) });
    expect(value).toContain('Ana Sousa');
    expect(value).toContain('A1234567');
    const pdf = join(root, 'carta.pdf');
    await run(['letter', join(root, 'ana'), '--out', pdf, '--today', '2026-11-25']);
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await stat(pdf)).size).toBeGreaterThan(1000);
  });
});
