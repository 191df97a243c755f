import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareInput, type PreparedInput } from '../../../electron/engine/stages/prepare-input';
import { engineErrorKindOf, type EngineErrorCode } from '../../../shared/engine/errors';
import {
  corpusDir,
  corpusFile,
  hashTree,
  loadManifest,
  pdfText,
  qpdfCli,
  tempDir,
  writeTemp,
  type ManifestEntry,
} from './helpers';

/**
 * Every entry of the shared corpus (../shared/corpus/MANIFEST.json) through the
 * per-input stages (read → detect → decrypt/repair | convert), checked against
 * the entry's machine-checkable expectation. No entry is skipped: the test
 * fails if the manifest has an entry it did not check.
 */
const manifest = loadManifest();
const work = tempDir('corpus');
let hashesBefore: Record<string, string>;
const checked = new Set<string>();
/** Encryption found per encrypted entry, filled while checking the entries. */
const methods: Record<string, string> = {};

beforeAll(() => {
  hashesBefore = hashTree(corpusDir);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const kindOf = (prepared: PreparedInput) => engineErrorKindOf[prepared.report.error?.code as EngineErrorCode];
const ownerPasswordOf = (entry: ManifestEntry) => /owner password: (\S+)/.exec(entry.note ?? '')?.[1];

/** The output is a real, unencrypted PDF with the expected pages, according to Debian's native qpdf (one run). */
function expectGoodOutput(entry: ManifestEntry, prepared: PreparedInput): string {
  expect(prepared.report.status, JSON.stringify(prepared.report.error)).toBe('ok');
  expect(prepared.report.pages).toBe(entry.output_pages);
  const path = writeTemp(work, entry.path.replaceAll('/', '__'), prepared.pdf!);
  const check = qpdfCli(['--check', '--show-npages', path]);
  expect(check.status, check.stdout).toBe(0);
  expect(check.stdout).toContain('File is not encrypted');
  expect(check.stdout).toContain('No syntax or stream encoding errors found');
  expect(check.stdout.trim().split('\n').at(-1)).toBe(String(entry.output_pages));
  return path;
}

describe('every corpus entry', () => {
  it.each(manifest.map((entry) => [entry.path, entry] as const))('%s', async (_path, entry) => {
    checked.add(entry.path);
    const file = corpusFile(entry.path);
    const prepared = await prepareInput({ path: file, password: entry.password ?? undefined }, 0);

    if (entry.outcome === 'ok') {
      expectGoodOutput(entry, prepared);
      if (entry.password !== null) {
        // Encrypted originals: the decrypted text must be the text the native qpdf decryption gives.
        const reference = join(work, `${entry.path.replaceAll('/', '__')}.reference.pdf`);
        execFileSync('qpdf', [`--password=${entry.password}`, '--decrypt', file, reference]);
        const expected = execFileSync('pdftotext', ['-l', '1', reference, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').trim();
        const ours = (await pdfText(prepared.pdf!, 1))[0]!.replace(/\s+/g, ' ').trim();
        const firstWord = expected.split(' ')[0] ?? '';
        if (firstWord) expect(ours).toContain(firstWord);
        expect(prepared.report.decrypted).not.toBeNull();
        methods[entry.path.split('/')[1]!] = `${prepared.report.decrypted?.method} R${prepared.report.decrypted?.revision}`;
      }
    } else if (entry.outcome === 'error') {
      expect(prepared.report.status).toBe('error');
      expect(prepared.pdf).toBeNull();
      expect(kindOf(prepared), JSON.stringify(prepared.report.error)).toBe(entry.error_kind);
      expect(prepared.report.error?.messageKey).toMatch(/^engine\.errors\./);
      expect(prepared.report.error?.actionKey).toMatch(/^engine\.actions\./);
      expect(prepared.report.error?.file).toBe(entry.path.split('/').pop());
    } else {
      if (prepared.report.status === 'ok') {
        expectGoodOutput(entry, prepared);
        // A repair qpdf makes silently is technical detail (report.json), not a warning the person cannot act on.
        const said = prepared.report.repaired || prepared.report.warnings.length > 0;
        expect(said, 'a recovered file is marked repaired or carries a warning').toBe(true);
      } else {
        expect(kindOf(prepared)).toBe(entry.error_kind);
      }
    }
  });

  it('checked every manifest entry (none skipped)', () => {
    expect([...checked].sort()).toEqual(manifest.map((entry) => entry.path).sort());
  });
});

describe('passwords', () => {
  const needing = manifest.filter((entry) => entry.needs_password);
  const opening = manifest.filter((entry) => entry.password === '' && !entry.needs_password);

  it('the corpus has both kinds', () => {
    expect(needing.length).toBeGreaterThanOrEqual(6);
    expect(opening.length).toBeGreaterThanOrEqual(2);
  });

  it.each(needing.map((entry) => [entry.path, entry] as const))(
    '%s: asks for it, rejects a wrong one, takes the owner password',
    async (_p, entry) => {
      const file = corpusFile(entry.path);
      const none = await prepareInput({ path: file }, 0);
      expect(none.report.error?.code).toBe('PDF_PASSWORD_NEEDED');
      expect(none.report.protection === null || none.report.protection === 'user-password').toBe(true);
      const wrong = await prepareInput({ path: file, password: `${entry.password}x` }, 0);
      expect(wrong.report.error?.code).toBe('PDF_WRONG_PASSWORD');
      const owner = ownerPasswordOf(entry);
      if (owner) {
        const withOwner = await prepareInput({ path: file, password: owner }, 0);
        expect(withOwner.report.status).toBe('ok');
        expect(withOwner.report.pages).toBe(entry.output_pages);
      }
    },
  );

  it.each(opening.map((entry) => [entry.path, entry] as const))(
    '%s: opens without asking and is decrypted',
    async (_p, entry) => {
      const prepared = await prepareInput({ path: corpusFile(entry.path) }, 0);
      expect(prepared.report.status).toBe('ok');
      expect(prepared.report.protection).toBe('owner-only');
      expect(prepared.report.decrypted?.method).toMatch(/^AES-(128|256)$/);
      const path = writeTemp(work, `${entry.path.replaceAll('/', '__')}.nopw.pdf`, prepared.pdf!);
      expect(qpdfCli(['--show-encryption', path]).stdout).toContain('File is not encrypted');
    },
  );

  it('reports each encryption method', () => {
    expect(methods).toMatchObject({
      'rc4-40_R2_user-view_owner-master.pdf': 'RC4 40-bit R2',
      'rc4-128_R3_user-view_owner-master.pdf': 'RC4 128-bit R3',
      'rc4-40_R3_pw-623.pdf': 'RC4 40-bit R3',
      'aes-128_R4_pw-ELXRTQWS.pdf': 'AES-128 R4',
      'aes-256_R5_user-user3_owner-owner3.pdf': 'AES-256 R5',
      'aes-256_R6_acrobatXI_user-view_owner-master.pdf': 'AES-256 R6',
      'aes-256_R6_utf8-pw.pdf': 'AES-256 R6',
    });
  });
});

describe('the originals', () => {
  it('are byte-identical after everything above', () => {
    expect(hashTree(corpusDir)).toEqual(hashesBefore);
  });
});
