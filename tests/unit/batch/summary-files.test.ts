import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientPasswords, passwordFor, PasswordsFileError, readBatchPasswords } from '../../../electron/clients/passwords';
import { csvCell, problemText, summaryCsv, summaryHtml } from '../../../electron/batch/summary-files';
import { problemSentence } from '../../../shared/batch/problem-text';
import type { SummaryRow } from '../../../shared/batch/summary';

const row: SummaryRow = {
  client: '=HYPERLINK("x")',
  status: 'needs-attention',
  skipped: false,
  route: 'Portal das Renovações',
  nextAction: 'Get the missing documents: Passport, "Finanças".',
  said: null,
  duc: { payableFrom: '2026-11-20 10:15', lastDayToPay: '2026-11-21 10:15' },
  nextDeadline: {
    what: 'Last moment to pay the DUC',
    at: '2026-11-21 10:15',
    state: 'overdue',
    explanation: 'The strictest reading’s deadline passed on 2026-11-21 10:15.',
  },
  categoriesReady: ['residence-permit'],
  categoriesWithWarnings: [],
  categoriesNotReady: [],
  categoriesMissing: ['passport', 'financas-no-debt'],
  categoriesFailed: [],
  unsortedFiles: ['<script>.pdf'],
  problems: [{ code: 'FILE_UNSORTED', severity: 'error', messageKey: 'batch.problems.fileUnsorted', file: '<script>.pdf' }],
  inputBytes: 2048,
  outputBytes: 1024,
  outputFolder: 'x',
  millis: 5,
  consistency: {
    name: 'mismatch',
    dateOfBirth: 'ok',
    nif: 'mismatch',
    niss: 'unknown',
    passport: 'expires-soon',
    certificates: 'stale',
  },
};

describe('summary files', () => {
  it('what reading the documents found: six CSV columns and one HTML line per check, in both languages', () => {
    const csv = summaryCsv([row, { ...row, client: 'b', consistency: null }], 'en').slice(1);
    const [header, line, unread] = csv.split(/\r?\n/);
    expect(header!.split(',').slice(-6)).toEqual([
      'name_match',
      'date_of_birth_match',
      'nif_match',
      'niss_match',
      'passport_on_run_day',
      'certificates_on_run_day',
    ]);
    expect(line!.endsWith(',mismatch,ok,mismatch,unknown,expires-soon,stale')).toBe(true);
    // Not read (a client that could not be scanned): empty, never "ok".
    expect(unread!.endsWith(',,,,,,')).toBe(true);
    const en = summaryHtml([row], 'en');
    expect(en).toContain('<th scope="col">What the documents say</th>');
    expect(en).toContain('<li><strong>Name: differs</strong></li>');
    expect(en).toContain('<li>Date of birth: matches</li>');
    expect(en).toContain('<li>Passport on the day of this run: expires within 6 months</li>');
    expect(en).toContain('<li><strong>Certificates on the day of this run: stale</strong></li>');
    const pt = summaryHtml([row], 'pt');
    expect(pt).toContain('<li><strong>NIF: não coincide</strong></li>');
    expect(pt).toContain('<li>NISS: não verificado</li>');
    // A batch has no planned submission day: the columns name the run's day (session 6 walk).
    expect(pt).toContain('<li><strong>Certidões no dia desta verificação: fora de validade</strong></li>');
  });

  it('a value agrees with its field in Portuguese (session 13 walk: "Data de nascimento: não verificado")', () => {
    const unread: SummaryRow = {
      ...row,
      consistency: {
        name: 'unknown',
        dateOfBirth: 'unknown',
        nif: 'unknown',
        niss: 'unknown',
        passport: 'unknown',
        certificates: 'unknown',
      },
    };
    const pt = summaryHtml([unread], 'pt');
    expect(pt).toContain('<li>Nome: não verificado</li>');
    expect(pt).toContain('<li>Data de nascimento: não verificada</li>');
    expect(pt).toContain('<li>NIF: não verificado</li>');
    expect(pt).toContain('<li>Certidões no dia desta verificação: não verificadas</li>');
    const en = summaryHtml([unread], 'en');
    expect(en).toContain('<li>Date of birth: not checked</li>');
    expect(en).toContain('<li>Certificates on the day of this run: not checked</li>');
  });

  it('the DUC column writes its moments in words, as the deadline column does; summary.csv keeps them ISO', () => {
    expect(summaryHtml([row], 'pt')).toContain(
      'Pagável a partir de 20 de novembro de 2026, às 10:15<br>Último dia para pagar <strong>21 de novembro de 2026, às 10:15</strong>',
    );
    expect(summaryHtml([row], 'en')).toContain(
      'Payable from 20 November 2026 at 10:15<br>Last day to pay <strong>21 November 2026 at 10:15</strong>',
    );
    expect(summaryCsv([row], 'en')).toContain(',2026-11-20 10:15,2026-11-21 10:15,');
  });

  it('a row reads who, in what state, what to do next and by when first (session 13 walk: the next step was 9th of 12)', () => {
    const html = summaryHtml([row], 'en');
    const headers = [...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(headers.slice(0, 4)).toEqual(['Client', 'Status', 'Next action', 'Next deadline']);
    expect(headers).toHaveLength(12);
    // Each row has a cell per header, in the same order.
    const cells = html.split('<tr class="status-')[1]!.match(/<t[hd][ >]/g) ?? [];
    expect(cells).toHaveLength(headers.length);
    expect(html.split('<tr class="status-')[1]!.indexOf(row.nextAction.replace(/"/g, '&quot;'))).toBeGreaterThan(0);
  });

  it('an overdue DUC that is the next action is explained once, in the next action (session 13 walk)', () => {
    const explanation = 'The strictest reading’s deadline passed on 21 November 2026 at 10:15. Pay now.';
    const urgent: SummaryRow = { ...row, nextAction: explanation, nextDeadline: { ...row.nextDeadline!, explanation } };
    expect(summaryHtml([urgent], 'en').split(explanation).length - 1).toBe(1);
    // Another next action: the deadline column keeps its explanation.
    expect(summaryHtml([row], 'en')).toContain(`<small>${row.nextDeadline!.explanation}</small>`);
  });

  it('a junta de freguesia certificate is "not accepted", never "stale", in summary.csv and summary.html alike', () => {
    const junta: SummaryRow = { ...row, consistency: { ...row.consistency!, certificates: 'not-accepted' } };
    const both: SummaryRow = {
      ...row,
      client: 'b',
      consistency: { ...row.consistency!, certificates: 'stale-and-not-accepted' },
    };
    const [, line, bothLine] = summaryCsv([junta, both], 'en').slice(1).split(/\r?\n/);
    expect(line!.endsWith(',not-accepted')).toBe(true);
    expect(bothLine!.endsWith(',stale-and-not-accepted')).toBe(true);
    const en = summaryHtml([junta, both], 'en');
    expect(en).toContain(
      '<li><strong>Certificates on the day of this run: a junta de freguesia certificate, which AIMA does not accept</strong></li>',
    );
    expect(en).toContain(
      '<li><strong>Certificates on the day of this run: stale, and a junta de freguesia certificate, which AIMA does not accept</strong></li>',
    );
    expect(en).not.toContain('stale or not accepted');
    const pt = summaryHtml([junta], 'pt');
    expect(pt).toContain(
      '<li><strong>Certidões no dia desta verificação: atestado da junta de freguesia, que a AIMA não aceita</strong></li>',
    );
  });

  it('CSV cells are quoted when needed and never start a formula', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell(42)).toBe('42');
    const csv = summaryCsv([row], 'en');
    expect(csv.startsWith('\uFEFFclient,status,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('passport; financas-no-debt');
    expect(csv).toContain('2026-11-21 10:15');
    // The next deadline and its state, as columns of their own.
    const [header, line] = csv.slice(1).split(/\r?\n/);
    const columns = header!.split(',');
    expect(columns).toContain('next_deadline');
    expect(columns).toContain('next_deadline_state');
    expect(line).toContain('Last moment to pay the DUC: 2026-11-21 10:15,overdue,');
  });

  it('a submitted and paid client: its own row style, its status in words in both languages, counted in the totals', () => {
    const paid: SummaryRow = { ...row, client: 'Ana', status: 'submitted', nextDeadline: null, duc: null };
    const en = summaryHtml([paid, { ...row, client: 'Rui', status: 'ready' }], 'en', new Date('2026-12-01T11:00:00Z'));
    // The style exists and the row uses it (marked by a tick and a blue border, and the words).
    expect(en).toMatch(/\.status-submitted \.badge::before \{ content: "✓ "/);
    expect(en).toContain(
      '<tr class="status-submitted">\n<th scope="row"><a href="x/report.html">Ana</a></th>\n<td><span class="badge">Submitted and paid</span></td>',
    );
    expect(en).toContain('submitted and paid: 1;');
    expect(en).toContain('Ready: 1;');
    expect(en).toContain('needing attention: 0;');
    const pt = summaryHtml([paid], 'pt', new Date('2026-12-01T11:00:00Z'));
    expect(pt).toContain('<td><span class="badge">Submetido e pago</span></td>');
    expect(pt).toContain('submetidos e pagos: 1;');
    // The CSV's stable id for the same status.
    expect(summaryCsv([paid], 'en').split(/\r?\n/)[1]!.startsWith('Ana,submitted,false,')).toBe(true);
  });

  it('HTML escapes names and shows status in words, not colour alone', () => {
    const html = summaryHtml([row], 'pt', new Date('2026-11-25T12:00:00Z'));
    expect(html).toContain('<html lang="pt">');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;.pdf');
    expect(html).toContain('Requer atenção');
    // The deadline as people read it, after a dash (a title may hold its own colon).
    const worded = summaryHtml(
      [{ ...row, nextDeadline: { ...row.nextDeadline!, when: '21 de novembro de 2026, às 10:15' } }],
      'pt',
      new Date('2026-11-25T12:00:00Z'),
    );
    expect(worded).toContain('Last moment to pay the DUC — 21 de novembro de 2026, às 10:15');
    expect(worded).not.toContain('2026-11-21 10:15<br>');
    expect(html).toContain('Passaporte');
  });

  it.each(['en', 'pt'] as const)(
    'a message that names its file is not prefixed with it again (%s; the CLI, the summaries and the agency view share problemSentence)',
    (locale) => {
      const problem = {
        code: 'PDF_PASSWORD_NEEDED',
        severity: 'error' as const,
        messageKey: 'engine.errors.passwordNeeded',
        params: { file: 'certidao.pdf' },
        file: 'financas-no-debt/Certidão Finanças.pdf',
      };
      const expected =
        locale === 'en'
          ? 'financas-no-debt/Certidão Finanças.pdf is protected by a password.'
          : 'O ficheiro financas-no-debt/Certidão Finanças.pdf está protegido por palavra-passe.';
      expect(problemText(problem, locale)).toBe(expected);
      // The agency view (renderer/src/agency/ProblemList.tsx) passes its i18next t; the same messages give the same text.
      expect(problemSentence(problem, locale)).toBe(expected);
    },
  );

  it('problem texts are translated, with the file named once', () => {
    expect(problemText(row.problems[0]!, 'en')).toBe('<script>.pdf: no document category found in the file name.');
  });
});

describe('passwords files', () => {
  it('reads client and batch files, looks up by path then by name, and names the bad field without its value', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aima-pw-'));
    try {
      await writeFile(join(dir, 'passwords.json'), JSON.stringify({ 'financas/cert.pdf': 'one', 'extrato.pdf': 'two' }));
      const { passwords, problem } = await clientPasswords(join(dir, 'passwords.json'), { 'extrato.pdf': 'batch-wins' });
      expect(problem).toBeNull();
      expect(passwordFor(passwords, 'financas/cert.pdf')).toBe('one');
      expect(passwordFor(passwords, 'income-proof/extrato.pdf')).toBe('batch-wins');
      expect(passwordFor(passwords, 'other.pdf')).toBeUndefined();

      await writeFile(join(dir, 'bad.json'), JSON.stringify({ ana: { 'a.pdf': 'secret-value', 'b.pdf': 7 } }));
      const error = await readBatchPasswords(join(dir, 'bad.json')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PasswordsFileError);
      expect((error as Error).message).toContain('ana.b.pdf');
      expect((error as Error).message).not.toContain('secret-value');

      await writeFile(join(dir, 'passwords.json'), '{ not json');
      const broken = await clientPasswords(join(dir, 'passwords.json'), undefined);
      expect(broken.problem).toMatchObject({ code: 'PASSWORDS_JSON_INVALID', severity: 'error' });
      expect(JSON.stringify(broken.problem)).not.toContain('not json');
      expect(await readFile(join(dir, 'passwords.json'), 'utf8')).toBe('{ not json');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
