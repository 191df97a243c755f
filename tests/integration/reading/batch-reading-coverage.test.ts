import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { createHandlers } from '../../../electron/handlers';
import { dispatch } from '../../../electron/handlers/dispatch';
import type { ShellPort } from '../../../electron/handlers/shell-port';
import { closeOcr } from '../../../electron/reading/ocr';
import { batchSummarySchema } from '../../../shared/batch/summary';

/**
 * What the batch reads for its consistency columns, beyond text-layer PDFs and JPEG photos
 * (gaps found in session 4, where each came out "unknown"):
 *  - a passport photo from an iPhone (HEIC), read through the engine's HEIC decoder;
 *  - a password-protected Social Security declaration, opened with the password in passwords.json;
 *  - a scanned Finanças certidão (no text layer), read by OCR of its header.
 * Each column below can only be "ok" if its one source was read: the date of birth is only on the
 * passport, the NISS only on the encrypted declaration, the NIF only on the scanned certidão.
 */
const READING = join(import.meta.dirname, '..', '..', 'corpus', 'reading');
const FONT = join(import.meta.dirname, '..', '..', '..', 'resources', 'fonts', 'DejaVuSans.ttf');
const NISS = '11765432109';
const PASSWORD = 'Gurung-2026';
let root = '';
afterAll(async () => {
  await closeOcr();
  if (root) await rm(root, { recursive: true, force: true });
});

async function encryptedDeclaration(path: string): Promise<void> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(await readFile(FONT), { subset: true });
  const page = pdf.addPage([595, 842]);
  [
    'SEGURANÇA SOCIAL',
    'DECLARAÇÃO DE SITUAÇÃO CONTRIBUTIVA',
    'Nome: Bikash Gurung',
    `NISS: ${NISS}`,
    'Declara-se que a situação contributiva se encontra regularizada.',
    'Válida por 4 meses.',
    'Lisboa, 20 de agosto de 2026',
  ].forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 22, size: 11, font }));
  const plain = `${path}.plain.pdf`;
  await writeFile(plain, await pdf.save());
  // AES-256 with a user password, as Segurança Social Direta's downloads can be protected.
  execFileSync('qpdf', ['--encrypt', PASSWORD, `${PASSWORD}-owner`, '256', '--', plain, path]);
  await rm(plain);
}

describe('batch reads HEIC passport photos, encrypted PDFs (with their password) and scanned certificates', () => {
  it('every consistency column from its one source', { timeout: 600_000 }, async () => {
    root = await mkdtemp(join(tmpdir(), 'aima-batch-coverage-'));
    const client = join(root, 'clients', 'gurung');
    await mkdir(client, { recursive: true });
    await copyFile(join(READING, 'passports', 'npl-photo.heic'), join(client, 'passaporte.heic'));
    await copyFile(join(READING, 'certificates', 'financas-scan.pdf'), join(client, 'certidao financas.pdf'));
    await encryptedDeclaration(join(client, 'seguranca social.pdf'));
    await writeFile(join(client, 'passwords.json'), JSON.stringify({ 'seguranca social.pdf': PASSWORD }));
    await writeFile(
      join(client, 'client.json'),
      JSON.stringify({
        situation: { permitKind: 'temporary-work' },
        person: { fullName: 'Bikash Gurung', dateOfBirth: '1990-06-30', nif: '287430120', niss: NISS },
      }),
    );

    let stdout = '';
    const sink = { write: (chunk: string) => ((stdout += chunk), true) } as unknown as NodeJS.WritableStream;
    const stderr = { write: () => true } as unknown as NodeJS.WritableStream;
    const out = join(root, 'out');
    await main(['batch', join(root, 'clients'), '--out', out, '--today', '2026-09-01', '--json'], { stdout: sink, stderr });
    const row = batchSummarySchema.parse(JSON.parse(stdout)).rows[0]!;

    expect(row.consistency).toEqual({
      name: 'ok',
      dateOfBirth: 'ok', // only the HEIC passport's MRZ states it
      nif: 'ok', // only the scanned certidão states it
      niss: 'ok', // only the encrypted declaration states it
      // The MRZ's expiry, 9 January 2027: within six months of 1 September 2026.
      passport: 'expires-soon',
      certificates: 'fresh',
    });
    expect(row.problems.filter((p) => p.code.startsWith('READING_') && p.severity === 'error')).toEqual([]);
    // The password opened the file for reading only: it is written nowhere in the output.
    const leaked = (() => {
      try {
        return execFileSync('grep', ['-rl', PASSWORD, out], { encoding: 'utf8' });
      } catch (error) {
        if ((error as { status?: number }).status === 1) return ''; // grep: no match
        throw error;
      }
    })();
    expect(leaked).toBe('');
  });

  it(
    'the app reads an encrypted PDF with the password typed this session, and nothing without it',
    { timeout: 300_000 },
    async () => {
      root ||= await mkdtemp(join(tmpdir(), 'aima-batch-coverage-'));
      const file = join(root, 'declaracao.pdf');
      await encryptedDeclaration(file);
      const noShell: ShellPort = { pickFiles: async () => [], pickFolder: async () => null, reveal: async () => false };
      const handlers = createHandlers({ appVersion: 'test', shell: noShell });
      const opened = await dispatch(handlers, 'readDocument', { path: file, today: '2026-09-01', password: PASSWORD }, () => {});
      expect(opened.ok && opened.value).toMatchObject({
        textSource: 'text-layer',
        certificate: { kind: 'social-security-declaration', issuedOn: '2026-08-20', niss: NISS, name: 'Bikash Gurung' },
      });
      const locked = await dispatch(handlers, 'readDocument', { path: file, today: '2026-09-01' }, () => {});
      expect(locked.ok).toBe(false);
    },
  );
});
