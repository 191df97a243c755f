import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDecodeBudget } from '../../../electron/engine/pdf/decode-budget';
import { closeOcr } from '../../../electron/reading/ocr';
import { readDocument } from '../../../electron/reading/read-document';
import { consistencyInputOf } from '../../../shared/reading/case-readings';
import { checkConsistency } from '../../../shared/reading/consistency';
import { CORPUS } from '../batch/fixtures';

const work = mkdtempSync(join(tmpdir(), 'aima-blank-top-'));
afterAll(async () => {
  await closeOcr();
  rmSync(work, { recursive: true, force: true });
});

/**
 * Session 7: a certificate scanned with its top fifth blank (a wide margin, the page placed low on the scanner) was
 * never dated, and nothing said so: the title strip held no words, so the read stopped there. A blank strip now
 * reads the rest of the header; and a certificate card's file read as no certificate says its date is unread.
 */
describe('a certificate whose top fifth is blank', () => {
  it('is still read: the title is found lower down, with its issue date', { timeout: 240_000 }, async () => {
    const page = join(work, 'page');
    execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', join(CORPUS, 'reading/certificates/financas-scan.pdf'), page]);
    const { height, width } = await sharp(`${page}.png`).metadata();
    // The page moved down by a quarter of its height: the top fifth is white paper.
    const shifted = await sharp(`${page}.png`)
      .extend({ top: Math.round(height! * 0.25), background: '#ffffff' })
      .extract({ left: 0, top: 0, width: width!, height: height! })
      .png()
      .toBuffer();
    const file = join(work, 'certidao.png');
    writeFileSync(file, shifted);
    const reading = await readDocument(file, { today: '2026-12-01', checkPdf: checkDecodeBudget, purpose: 'certificate' });
    expect(reading.certificate?.kind).toBe('financas-certificate');
    expect(reading.certificate?.issuedOn).toBe('2026-08-14');
  });

  it('read as no certificate in the Finanças card: "the issue date could not be read", in both languages', () => {
    const nothing = {
      file: 'scan.pdf',
      textSource: 'none' as const,
      mrz: null,
      certificate: null,
      labelledName: null,
      suggestion: null,
    };
    const result = checkConsistency(
      consistencyInputOf([{ categoryId: 'financas-no-debt', file: 'scan.pdf', reading: nothing }], {}, '2026-12-01', 'today'),
    );
    expect(result.items).toEqual([
      expect.objectContaining({ id: 'certificate-no-issue-date', severity: 'warning', file: 'scan.pdf' }),
    ]);
    expect(result.items[0]!.text.en).toBe(
      'The issue date of the Finanças tax status certificate, file scan.pdf, could not be read. Check on the document that it was issued recently enough.',
    );
    expect(result.items[0]!.text.pt).toBe(
      'Não foi possível ler a data de emissão da certidão de situação tributária (Finanças), ficheiro scan.pdf. Confirme no documento que foi emitida há pouco tempo.',
    );
    expect(result.columns.certificates).toBe('unknown');
    // A file in another card read as nothing is not called a certificate.
    const other = checkConsistency(
      consistencyInputOf([{ categoryId: 'income-proof', file: 'scan.pdf', reading: nothing }], {}, '2026-12-01', 'today'),
    );
    expect(other.items).toEqual([]);
  });
});
