import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closest } from '../../../electron/cli/args';
import { EXIT } from '../../../electron/cli/exit-codes';
import { main } from '../../../electron/cli/main';
import { VALID_CLIENT_JSON } from './fixtures';

/** The command line speaks in sentences, in the language of --lang (issue 14). */

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

const ENGLISH_LABELS =
  /\b(DUC generated|Try to pay|Deadline|Last moment|Lisbon\)|Warning|Missing|missing|Next|Written|Ready|Needs attention|does not exist)\b/;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aima-cli-words-'));
  await mkdir(join(root, 'ana'), { recursive: true });
  await writeFile(join(root, 'ana', 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('--lang pt', () => {
  it('duc prints no English label', async () => {
    const result = await run(['duc', join(root, 'ana'), '--today', '2026-11-25', '--lang', 'pt']);
    expect(result.stdout).toContain('DUC gerado: 2026-11-20 às 10:15 (hora de Lisboa)');
    expect(result.stdout).toContain('Último momento para pagar (leitura mais exigente):');
    expect(result.stdout).not.toMatch(ENGLISH_LABELS);
  });

  it('contact-text prints the Portuguese text and its warnings in Portuguese, without the English reading aid', async () => {
    const result = await run(['contact-text', join(root, 'ana'), '--scenario', 'email-update', '--lang', 'pt']);
    expect(result.stdout).toContain('FORMULÁRIO DE CONTACTO DA AIMA');
    expect(result.stdout).toContain('Atenção: Em falta:');
    expect(result.stdout).not.toContain('English reading aid');
    expect(result.stdout).not.toMatch(ENGLISH_LABELS);
  });

  it('a missing folder is a sentence in Portuguese', async () => {
    const result = await run(['prepare', join(root, 'nowhere'), '--out', join(root, 'out'), '--lang', 'pt']);
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    expect(result.stderr).toBe(`aima-prep: A pasta ou o ficheiro "${join(root, 'nowhere')}" não existe. Verifique o caminho.\n`);
  });
});

describe('sentences, not codes', () => {
  it.each([
    ['batch', ['batch', 'MISSING', '--out', 'OUT']],
    ['prepare', ['prepare', 'MISSING', '--out', 'OUT']],
    ['contact-text', ['contact-text', 'MISSING', '--scenario', 'second-copy']],
    ['letter', ['letter', 'MISSING']],
  ])('%s on a missing folder says so in words', async (_command, args) => {
    const missing = join(root, 'no such folder');
    const result = await run(args.map((a) => (a === 'MISSING' ? missing : a === 'OUT' ? join(root, 'out') : a)));
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    expect(result.stderr).toContain(`The folder or file "${missing}" does not exist.`);
    expect(result.stderr).not.toMatch(/ENOENT|scandir|errno/);
  });

  it('prepare pointed at a folder of client folders says to use batch', async () => {
    const clients = join(root, 'clients');
    await mkdir(join(clients, 'bruno', 'passport'), { recursive: true });
    await writeFile(join(clients, 'bruno', 'passport', 'scan.pdf'), '%PDF-1.4\n');
    await mkdir(join(clients, 'carla'), { recursive: true });
    await writeFile(join(clients, 'carla', 'Passaporte.pdf'), '%PDF-1.4\n');
    const result = await run(['prepare', clients, '--out', join(root, 'prepared')]);
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    expect(result.stderr).toContain('it looks like a folder of client folders');
    expect(result.stderr).toContain(`aima-prep batch "${clients}" --out <folder>`);
    expect(result.stderr).toContain('bruno, carla');
  });

  it('client.json with NIF 123456780 and postal code 1200: each reason once, naming the file once', async () => {
    const dir = join(root, 'wrong-nif');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'client.json'),
      JSON.stringify({
        person: { nif: '123456780', address: { street: 'Rua da Prata, 10', postalCode: '1200', locality: 'Lisboa' } },
      }),
    );
    const result = await run(['contact-text', dir, '--scenario', 'address-change']);
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    expect(result.stderr).toContain('person.nif: This NIF is not valid: its last digit (the check digit) does not match');
    expect(result.stderr).toContain(
      'person.address.postalCode: Enter a Portuguese postal code as 4 digits, a hyphen and 3 digits',
    );
    expect(result.stderr.split('client.json')).toHaveLength(2);
    const pt = await run(['contact-text', dir, '--scenario', 'address-change', '--lang', 'pt']);
    expect(pt.stderr).toContain('o último algarismo (o dígito de controlo) não corresponde');
  });

  it('the closest option or command is suggested only when it is close', () => {
    expect(closest('ot', ['out', 'json', 'jobs'])).toBe('out');
    expect(closest('jsno', ['out', 'json', 'jobs'])).toBe('json');
    expect(closest('limit', ['limit-mb', 'lang'])).toBe('limit-mb');
    expect(closest('frobnicate', ['batch', 'prepare', 'letter'])).toBeUndefined();
  });
});

describe('letter with the evidence log', () => {
  it('reads evidence.json beside client.json; the PDF chronology lists the entries in date order', async () => {
    const dir = join(root, 'with-evidence');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    const entry = (id: string, at: string, kind: string, note: string) => ({
      type: 'entry',
      id,
      at,
      recordedAt: at,
      kind,
      note,
      files: [],
    });
    // Recorded out of order: the letter must sort them by when they happened.
    await writeFile(
      join(dir, 'evidence.json'),
      JSON.stringify([
        entry('e3', '2026-11-18T11:00:00Z', 'email-sent', 'Segundo pedido por e-mail'),
        entry('e1', '2026-10-25T11:00:00Z', 'portal-error-screenshot', 'Erro no portal'),
        entry('e2', '2026-11-02T11:00:00Z', 'submitted-form', 'Formulário de contacto'),
      ]),
    );
    const pdf = join(dir, 'carta.pdf');
    const result = await run(['letter', dir, '--out', pdf, '--today', '2026-11-25']);
    expect([EXIT.ALL_READY, EXIT.NEEDS_ATTENTION]).toContain(result.code);
    expect(result.stdout).toBe(`Written: ${pdf}\n`);
    expect(result.stderr).not.toContain('{"code"');
    const whole = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    // The chronology section of the Portuguese letter (the argument above it may cite a date too).
    const text = whole.slice(whole.indexOf('Cronologia'));
    expect(whole).toContain('Cronologia');
    const positions = ['25 de outubro de 2026', '2 de novembro de 2026', '18 de novembro de 2026'].map((d) => text.indexOf(d));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('an evidence.json that does not fit the schema is named with its problem', async () => {
    const dir = join(root, 'bad-evidence');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    await writeFile(join(dir, 'evidence.json'), JSON.stringify([{ type: 'entry', id: 'x', kind: 'nonsense' }]));
    const result = await run(['letter', dir]);
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    expect(result.stderr).toContain(`${join(dir, 'evidence.json')} is not a valid evidence log`);
  });
});
