import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closest } from '../../../electron/cli/args';
import { EXIT } from '../../../electron/cli/exit-codes';
import { cliScratchRoot, runCli } from './cli-run';
import { CORPUS, VALID_CLIENT_JSON } from './fixtures';

/** The command line speaks in sentences, in the language of --lang (issue 14). */

const scratch = cliScratchRoot('aima-cli-words-');

/** English words the command line prints as labels or sentences; none may appear under --lang pt. */
const ENGLISH_LABELS =
  /\b(DUC generated|Try to pay|Deadline|Last moment|Last day|under|Lisbon|Warning|Missing|missing|Next|Written|Ready|Needs attention|does not exist|Usage|Options|Exit codes|Show|default|Clients|Preparing|Removed|pages?|unchanged|Good to know|Subject)\b/;

describe('--lang pt', () => {
  it('duc prints no English label, and writes its dates out', async () => {
    const result = await runCli(['duc', join(scratch.path, 'ana'), '--today', '2026-11-25', '--lang', 'pt']);
    expect(result.stdout).toContain('DUC gerado: 20 de novembro de 2026 às 10:15 (hora de Lisboa)');
    expect(result.stdout).toContain('Último momento para pagar (leitura mais exigente):');
    expect(result.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(result.stdout).not.toMatch(ENGLISH_LABELS);
  });

  it('duc names the other reading in Portuguese once the strictest has passed', async () => {
    const result = await runCli(['duc', join(scratch.path, 'ana'), '--now', '2026-12-01T11:00:00Z', '--lang', 'pt']);
    expect(result.stdout).toContain(
      'Último dia segundo a leitura de 10 dias úteis de um guia de requerentes muito divulgado: 7 de dezembro de 2026 às 23:59 (hora de Lisboa) — a decorrer',
    );
    expect(result.stdout).toContain('terminou a 21 de novembro de 2026 às 10:15.');
    expect(result.stdout).not.toMatch(ENGLISH_LABELS);
  });

  it.each([['--help'], ['-h'], ['help']])('%s with --lang pt prints the help in Portuguese', async (flag) => {
    const result = await runCli([flag, '--lang', 'pt']);
    expect(result.code).toBe(EXIT.ALL_READY);
    expect(result.stdout).toContain('Utilização:');
    expect(result.stdout).toContain('Opções:');
    expect(result.stdout).toContain('Códigos de saída:');
    expect(result.stdout).toContain('--lang <en|pt>       Língua de tudo o que é mostrado');
    expect(result.stdout).not.toMatch(ENGLISH_LABELS);
    const english = await runCli([flag]);
    expect(english.stdout).toContain('Usage:');
    expect(english.stdout).not.toContain('Utilização');
  });

  it("a command's help speaks the language too", async () => {
    const result = await runCli(['duc', '--help', '--lang', 'pt']);
    expect(result.stdout).toContain('aima-prep duc <client.json | pasta-do-cliente> [--json]');
    expect(result.stdout).not.toMatch(ENGLISH_LABELS);
  });

  it('batch, prepare, letter and the usage errors print no English', async () => {
    const clients = join(scratch.path, 'pt-clients');
    await mkdir(join(clients, 'ana'), { recursive: true });
    await writeFile(join(clients, 'ana', 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    const now = ['--now', '2026-12-01T11:00:00Z', '--lang', 'pt'];
    const batch = await runCli(['batch', clients, '--out', join(scratch.path, 'pt-out'), ...now]);
    expect(batch.stdout).toContain('Clientes a preparar: 1, um de cada vez…');
    expect(batch.stdout).toContain('Em falta: Passaporte, Título de residência');
    expect(batch.stdout).toContain(
      'Próximo prazo: Último momento para pagar o DUC, 21 de novembro de 2026, às 10:15 — PRAZO ULTRAPASSADO',
    );
    expect(batch.stdout).toMatch(/Concluído em \d+(,\d)? s\./);
    const prepare = await runCli(['prepare', join(clients, 'ana'), '--out', join(scratch.path, 'pt-one'), ...now]);
    expect(prepare.stdout).toContain('ana: Requer atenção');
    const letter = await runCli(['letter', join(clients, 'ana'), ...now]);
    expect(letter.stdout).toContain('Exmos. Senhores,');
    // One colon after "Atenção", lower case after it (session 13: "Atenção: Em falta: …").
    expect(letter.stderr).toContain('Atenção: falta preencher «Número do passaporte» no client.json (person.passportNumber)');
    expect(letter.stderr).not.toContain('Em falta:');
    const txt = join(scratch.path, 'carta.txt');
    const written = await runCli(['letter', join(clients, 'ana'), '--out', txt, ...now]);
    expect(written.stdout).toBe(`Escrito: ${txt}\n`);
    const contact = await runCli(['contact-text', join(clients, 'ana'), '--scenario', 'email-update', ...now]);
    // Built from client.json: the field to add there, never the app's "nos seus dados" (session 11's walk).
    expect(contact.stdout).toContain('Atenção: falta preencher «Telefone» no client.json (person.phone) antes de enviar.');
    const badNow = await runCli(['duc', join(clients, 'ana'), '--now', 'tomorrow', '--lang', 'pt']);
    expect(badNow.stderr).toContain('--now tem de ser uma data e hora no formato ISO');
    for (const result of [batch, prepare, letter, written, contact, badNow])
      expect(`${result.stdout}${result.stderr}`).not.toMatch(ENGLISH_LABELS);
  }, 120_000);

  it('contact-text prints the Portuguese text and its warnings in Portuguese, without the English reading aid', async () => {
    const result = await runCli(['contact-text', join(scratch.path, 'ana'), '--scenario', 'email-update', '--lang', 'pt']);
    expect(result.stdout).toContain('FORMULÁRIO DE CONTACTO DA AIMA');
    expect(result.stdout).toContain('Atenção: falta preencher «');
    expect(result.stdout).not.toContain('English reading aid');
    expect(result.stdout).not.toMatch(ENGLISH_LABELS);
  });

  it('a missing folder is a sentence in Portuguese', async () => {
    const result = await runCli(['prepare', join(scratch.path, 'nowhere'), '--out', join(scratch.path, 'out'), '--lang', 'pt']);
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    expect(result.stderr).toBe(
      `aima-prep: A pasta ou o ficheiro "${join(scratch.path, 'nowhere')}" não existe. Verifique o caminho.\n`,
    );
  });
});

describe('sentences, not codes', () => {
  it.each([
    ['batch', ['batch', 'MISSING', '--out', 'OUT']],
    ['prepare', ['prepare', 'MISSING', '--out', 'OUT']],
    ['contact-text', ['contact-text', 'MISSING', '--scenario', 'second-copy']],
    ['letter', ['letter', 'MISSING']],
  ])('%s on a missing folder says so in words', async (_command, args) => {
    const missing = join(scratch.path, 'no such folder');
    const result = await runCli(args.map((a) => (a === 'MISSING' ? missing : a === 'OUT' ? join(scratch.path, 'out') : a)));
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    expect(result.stderr).toContain(`The folder or file "${missing}" does not exist.`);
    expect(result.stderr).not.toMatch(/ENOENT|scandir|errno/);
  });

  it('prepare pointed at a folder of client folders says to use batch', async () => {
    const clients = join(scratch.path, 'clients');
    await mkdir(join(clients, 'bruno', 'passport'), { recursive: true });
    await writeFile(join(clients, 'bruno', 'passport', 'scan.pdf'), '%PDF-1.4\n');
    await mkdir(join(clients, 'carla'), { recursive: true });
    await writeFile(join(clients, 'carla', 'Passaporte.pdf'), '%PDF-1.4\n');
    const result = await runCli(['prepare', clients, '--out', join(scratch.path, 'prepared')]);
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    expect(result.stderr).toContain('it looks like a folder of client folders');
    expect(result.stderr).toContain(`aima-prep batch "${clients}" --out <folder>`);
    expect(result.stderr).toContain('bruno, carla');
  });

  it('client.json with NIF 123456780 and postal code 1200: each reason once, naming the file once', async () => {
    const dir = join(scratch.path, 'wrong-nif');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'client.json'),
      JSON.stringify({
        person: { nif: '123456780', address: { street: 'Rua da Prata, 10', postalCode: '1200', locality: 'Lisboa' } },
      }),
    );
    const result = await runCli(['contact-text', dir, '--scenario', 'address-change']);
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    expect(result.stderr).toContain('person.nif: this NIF is not valid: its last digit (the check digit) does not match');
    expect(result.stderr).toContain(
      'person.address.postalCode: enter a Portuguese postal code as 4 digits, a hyphen and 3 digits',
    );
    expect(result.stderr.split('client.json')).toHaveLength(2);
    const pt = await runCli(['contact-text', dir, '--scenario', 'address-change', '--lang', 'pt']);
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
    const dir = join(scratch.path, 'with-evidence');
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
    const result = await runCli(['letter', dir, '--out', pdf, '--today', '2026-11-25']);
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

  it('an evidence.json entry that does not fit the schema is named with its problem and set aside', async () => {
    // One bad entry no longer voids the whole log (session 7): it is set aside, said, and the rest is used.
    const dir = join(scratch.path, 'bad-evidence');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    await writeFile(join(dir, 'evidence.json'), JSON.stringify([{ type: 'entry', id: 'x', kind: 'nonsense' }]));
    const result = await runCli(['letter', dir]);
    expect(result.code).toBe(EXIT.NEEDS_ATTENTION);
    expect(result.stderr).toContain('Warning: entry 1 of evidence.json ("x") is not valid (at: is missing: add it;');
    expect(result.stderr).toContain('kind: must be one of: "portal-error-screenshot"');
    expect(result.stderr).toContain('it was set aside and the other entries are used');
  });
});

describe('wrong values in client.json and evidence.json are said in the chosen language', () => {
  const wrong = {
    person: { fullName: 12, email: 'ana' },
    situation: { permitExpiry: '31/12/2026', hasNiss: 'yes', permitKind: 'work' },
    duc: { generatedAt: '2026-11-20' },
  };
  it.each([
    [
      'en',
      [
        'person.fullName: must be text in double quotes, for example "Ana Sousa" (here it is a number)',
        'person.email: must be an email address',
        'situation.permitExpiry: must be a real date, year-month-day, for example "2026-12-31"',
        'situation.hasNiss: must be true or false, without quotes (here it is text)',
        'situation.permitKind: must be one of: "temporary-work", ',
        'duc.generatedAt: must be either { "instant"',
      ],
    ],
    [
      'pt',
      [
        'person.fullName: deve ser texto entre aspas, por exemplo "Ana Sousa" (aqui está um número)',
        'person.email: deve ser um endereço de e-mail',
        'situation.permitExpiry: deve ser uma data real, no formato ano-mês-dia, por exemplo "2026-12-31"',
        'situation.hasNiss: deve ser true ou false, sem aspas (aqui está texto)',
        'situation.permitKind: deve ser um destes valores: "temporary-work", ',
        'duc.generatedAt: deve ser { "instant"',
      ],
    ],
  ] as const)('client.json (%s): which field, what is wrong, what to write; no zod English', async (lang, lines) => {
    const dir = join(scratch.path, `wrong-types-${lang}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'client.json'), JSON.stringify(wrong));
    const result = await runCli(['contact-text', dir, '--scenario', 'renewals-portal-error', '--lang', lang]);
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    for (const line of lines) expect(result.stderr).toContain(line);
    expect(result.stderr).not.toMatch(/Invalid|expected string|received/);
    // The batch's summary words the same fields the same way.
    const clients = join(scratch.path, `wrong-types-clients-${lang}`);
    await mkdir(join(clients, 'eva'), { recursive: true });
    await writeFile(join(clients, 'eva', 'client.json'), JSON.stringify(wrong));
    const batch = await runCli(['batch', clients, '--out', join(scratch.path, `wrong-out-${lang}`), '--lang', lang]);
    expect(batch.stdout).toContain(lines[0]!.split(': ').slice(1).join(': '));
    expect(batch.stdout).not.toMatch(/Invalid|expected string|received/);
  });

  it('evidence.json (pt): the entry and field, in Portuguese', async () => {
    const dir = join(scratch.path, 'bad-evidence-pt');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    await writeFile(
      join(dir, 'evidence.json'),
      JSON.stringify([{ type: 'entry', id: 'x', at: '24/11/2026', recordedAt: '2026-11-24T09:15:00Z', kind: 'pagamento' }]),
    );
    const result = await runCli(['letter', dir, '--lang', 'pt']);
    expect(result.code).toBe(EXIT.NEEDS_ATTENTION);
    expect(result.stderr).toContain('Atenção: o registo 1 do evidence.json ("x") não é válido');
    expect(result.stderr).toContain('at: deve ser uma data e hora com a diferença para UTC');
    expect(result.stderr).toContain('kind: deve ser um destes valores: "portal-error-screenshot"');
    expect(result.stderr).toContain('foi posto de parte e os restantes registos são usados');
    expect(result.stderr).not.toMatch(/Invalid/);
  });
});

describe('a file is named once per sentence', () => {
  it('an encrypted PDF without a password: the CLI, summary.csv, summary.html and report.html never say "X.pdf: X.pdf …"', async () => {
    const clients = join(scratch.path, 'locked-clients');
    await mkdir(join(clients, 'bruno', 'financas-no-debt'), { recursive: true });
    await mkdir(join(clients, 'carla'), { recursive: true });
    const locked = join(CORPUS, 'encrypted/aes-128_R4_pw-ELXRTQWS.pdf');
    await copyFile(locked, join(clients, 'bruno', 'financas-no-debt', 'certidao.pdf'));
    await copyFile(locked, join(clients, 'carla', 'Certidão Finanças.pdf'));
    for (const lang of ['en', 'pt']) {
      const out = join(scratch.path, `locked-out-${lang}`);
      const result = await runCli(['batch', clients, '--out', out, '--lang', lang, '--today', '2026-12-01']);
      expect(result.code).toBe(EXIT.NEEDS_ATTENTION);
      const outputs = {
        cli: result.stdout,
        csv: await readFile(join(out, 'summary.csv'), 'utf8'),
        summaryHtml: await readFile(join(out, 'summary.html'), 'utf8'),
        reportBruno: await readFile(join(out, 'bruno', 'report.html'), 'utf8'),
        reportCarla: await readFile(join(out, 'carla', 'report.html'), 'utf8'),
      };
      const said = lang === 'en' ? 'is protected by a password' : 'está protegido por palavra-passe';
      expect(outputs.cli).toContain(`financas-no-debt/certidao.pdf ${said}.`);
      expect(outputs.cli).toContain(`Certidão Finanças.pdf ${said}.`);
      expect(outputs.csv).toContain(`Certidão Finanças.pdf ${said}.`);
      expect(outputs.summaryHtml).toContain(`Certidão Finanças.pdf ${said}.`);
      expect(outputs.reportCarla).toContain(`Certidão Finanças.pdf ${said}.`);
      for (const [where, text] of Object.entries(outputs)) {
        expect(text, `${lang} ${where}`).not.toMatch(/([^\s:;,"<>]+\.pdf): \1/u);
        expect(text, `${lang} ${where}`).not.toContain('Certidão Finanças.pdf: Certidão Finanças.pdf');
      }
    }
  }, 180_000);
});

describe('setup errors in words', () => {
  it('a passwords file that is not JSON, has a wrong field, or is missing: a sentence naming it, never the password', async () => {
    const notJson = join(scratch.path, 'not-json.json');
    await writeFile(notJson, '{');
    const wrong = join(scratch.path, 'wrong-field.json');
    await writeFile(wrong, JSON.stringify({ ana: { 'certidao.pdf': 12345678 } }));
    const out = ['--out', join(scratch.path, 'pw-out')];
    const results = {
      notJson: await runCli(['batch', scratch.path, ...out, '--passwords', notJson, '--lang', 'pt']),
      wrong: await runCli(['batch', scratch.path, ...out, '--passwords', wrong, '--lang', 'pt']),
      wrongEn: await runCli(['batch', scratch.path, ...out, '--passwords', wrong]),
      missing: await runCli(['batch', scratch.path, ...out, '--passwords', join(scratch.path, 'nope.json'), '--lang', 'pt']),
    };
    expect(results.notJson.stderr).toBe(`aima-prep: O ficheiro de palavras-passe ${notJson} não é um JSON válido.\n`);
    expect(results.wrong.stderr).toContain(`O ficheiro de palavras-passe ${wrong} não é válido em "ana.certidao.pdf"`);
    expect(results.wrongEn.stderr).toContain(`The passwords file ${wrong} is not valid at "ana.certidao.pdf"`);
    expect(results.missing.stderr).toContain(`"${join(scratch.path, 'nope.json')}" não existe.`);
    for (const result of Object.values(results)) {
      expect(result.code).toBe(EXIT.USAGE_OR_IO);
      expect(result.stderr).not.toContain('12345678');
      expect(result.stderr).not.toMatch(/ENOENT|\(not JSON\)/);
    }
  });

  it('a client.json that is not JSON: one sentence, and the next step says so (not "the field (file)")', async () => {
    const dir = join(scratch.path, 'broken-json');
    await mkdir(join(dir, 'dan'), { recursive: true });
    await writeFile(join(dir, 'dan', 'client.json'), '{"person": {"nif": "1"}');
    const text = await runCli(['letter', join(dir, 'dan'), '--lang', 'pt']);
    expect(text.stderr).toBe(
      `aima-prep: ${join(dir, 'dan', 'client.json')} não é um JSON válido: verifique as vírgulas, as aspas e as chavetas.\n`,
    );
    const batch = await runCli(['batch', dir, '--out', join(scratch.path, 'broken-out'), '--lang', 'pt']);
    expect(batch.stdout).toContain('  - O client.json não é um JSON válido: verifique as vírgulas, as aspas e as chavetas.');
    expect(batch.stdout).toContain('→ Corrija o client.json para que seja um JSON válido e execute de novo.');
    expect(batch.stdout).not.toContain('(file)');
  });
});
