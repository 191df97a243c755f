import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/exit-codes';
import { progressReporter } from '../../../electron/cli/progress';
import type { SummaryRow } from '../../../shared/batch/summary';
import { cliScratchRoot, runCli } from './cli-run';
import { CORPUS, VALID_CLIENT_JSON } from './fixtures';

const CLI = join(import.meta.dirname, '../../../electron/cli/aima-prep.mjs');
const scratch = cliScratchRoot('aima-cli-');

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
    [['frobnicate', 'x'], 'There is no command "frobnicate"'],
    [
      ['bacth', 'x'],
      'There is no command "bacth". The commands are: batch, prepare, contact-text, letter, duc. Did you mean batch?',
    ],
    [
      ['batch', '/nowhere', '--out', '/tmp/x', '--password', 'secret'],
      'There is no option --password. Did you mean --passwords?',
    ],
    [['batch', '/nowhere', '--ot', '/tmp/x'], 'There is no option --ot. Did you mean --out?'],
    [['batch', '/nowhere', '--out'], 'The option --out needs a value, for example --out prepared.'],
    [['batch', '/nowhere', '--ot', '/tmp/x', '--lang', 'pt'], 'Não existe a opção --ot. Queria dizer --out?'],
  ])('usage error %j → exit 2', async (args, message) => {
    const result = await runCli(args as string[]);
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    if (args.length > 0) expect(result.stderr).toContain(message);
  });

  it('an unreadable clients folder or an invalid passwords file is exit 2, naming the field and not the password', async () => {
    expect((await runCli(['batch', join(scratch.path, 'missing'), '--out', join(scratch.path, 'out')])).code).toBe(
      EXIT.USAGE_OR_IO,
    );
    const passwords = join(scratch.path, 'bad-passwords.json');
    await writeFile(passwords, JSON.stringify({ ana: { 'certidao.pdf': 12345678 } }));
    const result = await runCli(['batch', scratch.path, '--out', join(scratch.path, 'out'), '--passwords', passwords]);
    expect(result.code).toBe(EXIT.USAGE_OR_IO);
    expect(result.stderr).toContain('ana.certidao.pdf');
    expect(result.stderr).not.toContain('12345678');
  });

  it('duc prints the payment window of the client.json DUC, strictest deadline first, with its state', async () => {
    const result = await runCli(['duc', join(scratch.path, 'ana'), '--today', '2026-11-20', '--json']);
    expect(result.code).toBe(EXIT.ALL_READY);
    const window = JSON.parse(result.stdout);
    expect(window.route).toBe('portal-renovacoes');
    expect(window.deadline.lisbon).toEqual({ date: '2026-11-21', time: '10:15' });
    expect(window.state.deadline.state).toBe('upcoming');
  });

  it('duc says when the deadline has passed, and whether the other reading still leaves time (exit 1)', async () => {
    const json = await runCli(['duc', join(scratch.path, 'ana'), '--now', '2026-12-01T11:00:00Z', '--json']);
    expect(json.code).toBe(EXIT.NEEDS_ATTENTION);
    const { state } = JSON.parse(json.stdout);
    expect(state.deadline).toMatchObject({ state: 'overdue', date: '2026-11-21' });
    expect(state.deadline.other).toMatchObject({ state: 'upcoming', date: '2026-12-07' });
    const text = await runCli(['duc', join(scratch.path, 'ana'), '--now', '2026-12-01T11:00:00Z']);
    expect(text.stdout).toMatch(/Deadline \(strictest reading\): 2026-11-21 10:15 \(Lisbon\) — OVERDUE/);
    expect(text.stdout).toMatch(/2026-12-07 23:59 \(Lisbon\) — upcoming/);
    expect(text.stdout).toContain('there is still time until 2026-12-07 at 23:59');
    const pt = await runCli(['duc', join(scratch.path, 'ana'), '--now', '2026-12-01T11:00:00Z', '--lang', 'pt']);
    expect(pt.stdout).toContain('PRAZO ULTRAPASSADO');
  });

  it('duc counts a payment recorded in the evidence log beside client.json: paid, not overdue (exit 0)', async () => {
    const folder = join(scratch.path, 'ana-paid');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    // The log as the app's "Record the payment" writes it: a proof of payment after the strict deadline.
    const paidAt = '2026-11-24T09:15:00+00:00';
    await writeFile(
      join(folder, 'evidence.json'),
      JSON.stringify([
        { type: 'entry', id: 'p1', at: paidAt, recordedAt: paidAt, kind: 'payment-proof', note: '', reference: '123', files: [] },
      ]),
    );
    const json = await runCli(['duc', folder, '--now', '2026-12-01T11:00:00Z', '--json']);
    expect(json.code).toBe(EXIT.ALL_READY);
    expect(JSON.parse(json.stdout).state.deadline.state).toBe('met');
    const text = await runCli(['duc', folder, '--now', '2026-12-01T11:00:00Z']);
    expect(text.stdout).not.toContain('OVERDUE');
    expect(text.stdout).toContain('Paid: 2026-11-24 09:15 (Lisbon), per the evidence log');
    const pt = await runCli(['duc', folder, '--now', '2026-12-01T11:00:00Z', '--lang', 'pt']);
    expect(pt.stdout).toContain('Pago: 24 de novembro de 2026 às 09:15 (hora de Lisboa)');
    // Paid after the strict reading's last moment (21 November): said beside it, not "met".
    expect(text.stdout).toContain('Deadline (strictest reading): 2026-11-21 10:15 (Lisbon) — paid after this moment');
    expect(pt.stdout).toContain('21 de novembro de 2026 às 10:15 (hora de Lisboa) — pago depois deste prazo');
    expect(pt.stdout).not.toContain('Last day under');
    // Withdrawn, the payment no longer counts.
    await writeFile(
      join(folder, 'evidence.json'),
      JSON.stringify([
        { type: 'entry', id: 'p1', at: paidAt, recordedAt: paidAt, kind: 'payment-proof', note: '', reference: '123', files: [] },
        { type: 'retraction', id: 'r1', recordedAt: paidAt, entryId: 'p1', reason: 'wrong DUC' },
      ]),
    );
    expect((await runCli(['duc', folder, '--now', '2026-12-01T11:00:00Z'])).code).toBe(EXIT.NEEDS_ATTENTION);
  });

  it('batch prints the overdue DUC of a client and puts it before the missing documents', async () => {
    const clients = join(scratch.path, 'overdue-clients');
    await mkdir(join(clients, 'ana'), { recursive: true });
    await writeFile(join(clients, 'ana', 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    const out = join(scratch.path, 'overdue-out');
    const result = await runCli(['batch', clients, '--out', out, '--now', '2026-12-01T11:00:00Z']);
    expect(result.code).toBe(EXIT.NEEDS_ATTENTION);
    expect(result.stdout).toContain('Next deadline: Last moment to pay the DUC, 21 November 2026 at 10:15 — OVERDUE');
    expect(result.stdout).toMatch(/→ The strictest reading’s deadline passed on 21 November 2026 at 10:15/);
    expect(result.stdout).not.toMatch(/→ Get the missing documents/);
    const csv = (await readFile(join(out, 'summary.csv'), 'utf8')).slice(1);
    const [header, line] = csv.split(/\r?\n/);
    expect(header!.split(',')).toEqual(expect.arrayContaining(['next_deadline', 'next_deadline_state']));
    expect(line).toContain('Last moment to pay the DUC: 2026-11-21 10:15,overdue,');
  });

  it('batch reads evidence.json like duc: a recorded payment is met, not overdue, in csv, html and words', async () => {
    const clients = join(scratch.path, 'paid-clients');
    await mkdir(join(clients, 'ana'), { recursive: true });
    await writeFile(join(clients, 'ana', 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    const paidAt = '2026-11-24T09:15:00+00:00';
    await writeFile(
      join(clients, 'ana', 'evidence.json'),
      JSON.stringify([
        { type: 'entry', id: 'p1', at: paidAt, recordedAt: paidAt, kind: 'payment-proof', note: '', reference: '123', files: [] },
      ]),
    );
    const out = join(scratch.path, 'paid-out');
    const now = ['--now', '2026-12-01T11:00:00Z'];
    const duc = await runCli(['duc', join(clients, 'ana'), ...now, '--json']);
    const ducState = JSON.parse(duc.stdout).state.deadline.state as string;
    const result = await runCli(['batch', clients, '--out', out, ...now, '--json']);
    const row = (JSON.parse(result.stdout) as { rows: SummaryRow[] }).rows[0]!;
    // One source of truth: the batch's deadline state is the one `duc` reports for the same folder.
    expect(ducState).toBe('met');
    expect(row.nextDeadline?.state).not.toBe('overdue');
    expect(row.nextAction).not.toMatch(/deadline passed|pay the DUC/i);
    // evidence.json is the log, not a document: never an unsorted file.
    expect(row.unsortedFiles).toEqual([]);
    const csv = await readFile(join(out, 'summary.csv'), 'utf8');
    expect(csv).not.toContain(',overdue,');
    expect(await readFile(join(out, 'summary.html'), 'utf8')).not.toContain('OVERDUE');
    const pt = await runCli(['batch', clients, '--out', out, ...now, '--lang', 'pt']);
    expect(pt.stdout).not.toContain('PRAZO ULTRAPASSADO');
    // Withdrawn, the payment no longer counts: overdue again.
    await writeFile(
      join(clients, 'ana', 'evidence.json'),
      JSON.stringify([
        { type: 'entry', id: 'p1', at: paidAt, recordedAt: paidAt, kind: 'payment-proof', note: '', reference: '123', files: [] },
        { type: 'retraction', id: 'r1', recordedAt: paidAt, entryId: 'p1', reason: 'wrong DUC' },
      ]),
    );
    const again = await runCli(['batch', clients, '--out', out, ...now, '--json']);
    expect((JSON.parse(again.stdout) as { rows: SummaryRow[] }).rows[0]!.nextDeadline?.state).toBe('overdue');
    // A log that cannot be read is said, and the client is not ready while its payment is unknown.
    await writeFile(join(clients, 'ana', 'evidence.json'), '[{"type":"entry"');
    const broken = await runCli(['batch', clients, '--out', out, ...now, '--json']);
    const brokenRow = (JSON.parse(broken.stdout) as { rows: SummaryRow[] }).rows[0]!;
    expect(brokenRow.status).not.toBe('ready');
    expect(brokenRow.problems.map((p) => p.code)).toContain('EVIDENCE_JSON_INVALID');
  });

  it('a receipt evidence.json names outside the folder is left out and said; the payment still counts (batch and duc)', async () => {
    const clients = join(scratch.path, 'bad-receipt-clients');
    await mkdir(join(clients, 'ana'), { recursive: true });
    await writeFile(join(clients, 'ana', 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    const paidAt = '2026-11-24T09:15:00+00:00';
    const file = (name: string, storedAs: string) => ({ name, storedAs, sha256: 'a'.repeat(64), bytes: 10 });
    // The schema refuses these paths: before, one of them voided the whole log and the paid client read as overdue.
    await writeFile(
      join(clients, 'ana', 'evidence.json'),
      JSON.stringify([
        {
          type: 'entry',
          id: 'p1',
          at: paidAt,
          recordedAt: paidAt,
          kind: 'payment-proof',
          note: '',
          reference: '123',
          files: [file('recibo.pdf', '../recibo.pdf'), file('passwd', '/etc/passwd')],
        },
      ]),
    );
    const now = ['--now', '2026-12-01T11:00:00Z'];
    const duc = await runCli(['duc', join(clients, 'ana'), ...now, '--json']);
    expect(JSON.parse(duc.stdout).state.deadline.state).toBe('met');
    expect(duc.stderr).toContain(
      'Warning: evidence.json names the file "recibo.pdf" at "../recibo.pdf", outside the client folder',
    );
    const ducPt = await runCli(['duc', join(clients, 'ana'), ...now, '--lang', 'pt']);
    expect(ducPt.stderr).toContain(
      'Atenção: o evidence.json indica o ficheiro "passwd" em "/etc/passwd", fora da pasta do cliente',
    );
    const out = join(scratch.path, 'bad-receipt-out');
    const result = await runCli(['batch', clients, '--out', out, ...now, '--json']);
    const row = (JSON.parse(result.stdout) as { rows: SummaryRow[] }).rows[0]!;
    expect(row.nextDeadline?.state).not.toBe('overdue');
    expect(row.problems.map((p) => p.code)).not.toContain('EVIDENCE_JSON_INVALID');
    expect(
      row.problems.filter((p) => p.code === 'EVIDENCE_FILE_OUTSIDE').map((p) => [p.severity, p.params?.name, p.file]),
    ).toEqual([
      ['warning', 'recibo.pdf', '../recibo.pdf'],
      ['warning', 'passwd', '/etc/passwd'],
    ]);
    const pt = await runCli(['batch', clients, '--out', out, ...now, '--lang', 'pt']);
    expect(pt.stdout).not.toContain('PRAZO ULTRAPASSADO');
  });

  it('contact-text fills the form from client.json; an invalid client.json names the field', async () => {
    const result = await runCli(['contact-text', join(scratch.path, 'ana'), '--scenario', 'renewals-portal-error']);
    expect(result.stdout).toContain('Ana Sousa');
    expect(result.stdout).toContain('A1234567');
    // A missing fact names the client.json field to add, not the app's "your details".
    const missing = await runCli(['contact-text', join(scratch.path, 'ana'), '--scenario', 'email-update']);
    expect(missing.stdout).toContain('- Phone is missing. Add it in client.json (person.phone) before you send this.');
    expect(missing.stdout).not.toContain('your details');
    await mkdir(join(scratch.path, 'eva'), { recursive: true });
    await writeFile(join(scratch.path, 'eva', 'client.json'), JSON.stringify({ situation: { permitExpiry: '2026-02-30' } }));
    const invalid = await runCli(['contact-text', join(scratch.path, 'eva'), '--scenario', 'renewals-portal-error']);
    expect(invalid.code).toBe(EXIT.USAGE_OR_IO);
    expect(invalid.stderr).toContain('situation.permitExpiry');
  });

  it('letter writes a .docx and a .pdf the reader libraries open', async () => {
    const docx = join(scratch.path, 'carta.docx');
    const result = await runCli(['letter', join(scratch.path, 'ana'), '--out', docx, '--today', '2026-11-25']);
    expect([EXIT.ALL_READY, EXIT.NEEDS_ATTENTION]).toContain(result.code);
    const { value } = await mammoth.extractRawText({ buffer: await readFile(docx) });
    expect(value).toContain('Ana Sousa');
    expect(value).toContain('A1234567');
    // A missing fact names client.json's field, as contact-text does.
    expect(result.stderr).toContain(
      'Warning: passport number is missing. Add it in client.json (person.passportNumber) before you send the letter.',
    );
    const pdf = join(scratch.path, 'carta.pdf');
    await runCli(['letter', join(scratch.path, 'ana'), '--out', pdf, '--today', '2026-11-25']);
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await stat(pdf)).size).toBeGreaterThan(1000);
  });

  it("prepare writes one client's upload-ready folder at --out, and a rerun skips it", async () => {
    const client = join(scratch.path, 'solo');
    await mkdir(join(client, 'passport'), { recursive: true });
    await copyFile(join(CORPUS, 'scans/kcs.pdf'), join(client, 'passport', 'scan.pdf'));
    const out = join(scratch.path, 'solo-ready');
    const first = await runCli(['prepare', client, '--out', out, '--json']);
    expect(first.code).toBe(EXIT.NEEDS_ATTENTION); // only a passport: other documents are missing
    const row = JSON.parse(first.stdout) as SummaryRow;
    expect(row.categoriesReady).toEqual(['passport']);
    expect(row.categoriesMissing).toContain('income-proof');
    expect((await readdir(out)).sort()).toEqual(['.aima-complete.json', 'passport.pdf', 'report.html', 'report.json']);
    const again = JSON.parse((await runCli(['prepare', client, '--out', out, '--json'])).stdout) as SummaryRow;
    expect(again.skipped).toBe(true);
    expect((await readdir(scratch.path)).filter((name) => name.includes('aima-batch-work'))).toEqual([]);
  }, 300_000);

  it('progress: a redrawn bar on a terminal, one line per client otherwise, nothing with --json', () => {
    const capture = (isTTY: boolean) => {
      const out = { text: '', isTTY, columns: 80, write: (c: string) => ((out.text += c), true) };
      const err = { text: '', isTTY, columns: 80, write: (c: string) => ((err.text += c), true) };
      return { out, err, streams: { stdout: out, stderr: err } as never };
    };
    const row = { client: 'ana', status: 'ready', skipped: false } as SummaryRow;
    const events = [
      { type: 'start', clients: ['ana', 'bruno'], jobs: 2 },
      { type: 'client-start', client: 'ana' },
      { type: 'client-progress', client: 'ana', progress: { stage: 'input', file: 'scan.pdf', done: 1, total: 2 } },
      { type: 'client-done', client: 'ana', row, done: 1, total: 2 },
    ] as const;
    const tty = capture(true);
    const onTty = progressReporter('tty', tty.streams, 'en');
    for (const event of events) onTty(event as never);
    expect(tty.err.text).toContain('\r');
    expect(tty.err.text).toContain('[############------------] 1/2');
    expect(tty.err.text).toContain('ana (scan.pdf)');
    expect(tty.out.text).toBe('');
    const plain = capture(false);
    const onLines = progressReporter('lines', plain.streams, 'en');
    for (const event of events) onLines(event as never);
    expect(plain.out.text).toBe('Clients to prepare: 2, 2 at a time…\n[1/2] ana: Ready\n');
    expect(plain.err.text).toBe('');
    const silent = capture(false);
    const onSilent = progressReporter('silent', silent.streams, 'en');
    for (const event of events) onSilent(event as never);
    expect(silent.out.text + silent.err.text).toBe('');
  });
});
