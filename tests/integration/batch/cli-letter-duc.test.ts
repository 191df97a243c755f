import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratchRoot, runCli } from './cli-run';
import { VALID_CLIENT_JSON } from './fixtures';

const scratch = cliScratchRoot('aima-cli-letter-duc-');

/**
 * Session 8's walk: `aima-prep letter` for a client whose client.json records a DUC (generated 20 November) and
 * no evidence.json wrote to AIMA "Não consegui submeter o pedido … Não foi gerado qualquer Documento Único de
 * Cobrança (DUC)": false of the case. client.json's DUC and payment now count as the log's entries, as for `duc`.
 */
describe('the letter for a client whose client.json records a DUC', () => {
  it('never says no DUC was generated; it is the letter of a submitted request, with the DUC in its chronology', async () => {
    const folder = join(scratch.path, 'ana-duc');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    const pt = await runCli(['letter', folder, '--now', '2026-12-01T11:00:00Z', '--lang', 'pt']);
    expect(pt.stdout).toContain('Exmos. Senhores,');
    expect(pt.stdout).not.toContain('Não foi gerado qualquer Documento Único de Cobrança');
    expect(pt.stdout).not.toContain('Não consegui submeter o pedido');
    expect(pt.stdout).toContain('Em 20 de novembro de 2026, foi gerado o Documento Único de Cobrança (DUC).');
    expect(pt.stdout).toContain('1. 20 de novembro de 2026, às 10:15 — DUC gerado');

    // With a payment in client.json, the letter says it was paid, as `aima-prep duc` and the batch do.
    await writeFile(
      join(folder, 'client.json'),
      JSON.stringify({ ...VALID_CLIENT_JSON, duc: { ...VALID_CLIENT_JSON.duc, paidAt: '2026-11-20T18:00:00+00:00' } }),
    );
    const paid = await runCli(['letter', folder, '--now', '2026-12-01T11:00:00Z', '--lang', 'pt']);
    expect(paid.stdout).not.toContain('Não foi gerado qualquer Documento Único de Cobrança');
    // Paid the day the DUC was generated: the date once, then "No mesmo dia" (session 15's read-through).
    expect(paid.stdout).toContain(
      'Em 20 de novembro de 2026, foi gerado o Documento Único de Cobrança (DUC). No mesmo dia, paguei a taxa devida.',
    );
    expect(paid.stdout).toContain('2. 20 de novembro de 2026, às 18:00 — Pagamento efetuado');
  }, 120_000);

  it('a passport in the client folder is held: the warning names only the card copy (session 11 walk)', async () => {
    const folder = join(scratch.path, 'ana-passport');
    await mkdir(join(folder, 'passport'), { recursive: true });
    await writeFile(join(folder, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    await writeFile(join(folder, 'passport', 'passaporte.pdf'), '%PDF-1.4\n');
    const en = await runCli(['letter', folder, '--now', '2026-12-01T11:00:00Z']);
    const warnings = en.stderr.split('\n').filter((line) => line.includes('among its annexes'));
    expect(warnings).toEqual([
      // An agency's client folder, named as such (session 13's walk: "Your case" to an agency).
      expect.stringContaining(
        'Warning: the letter lists a copy of the residence card among its annexes, and the client folder holds no file of it',
      ),
    ]);
    expect(en.stderr).not.toContain('copy of the passport');
    expect(en.stderr).not.toContain('Your case');
  }, 120_000);
});
