import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../../electron/engine/pdf/open-pdf';
import { saslPrepared } from '../../../electron/engine/pdf/saslprep';

/**
 * aes-256_R6_saslprep.pdf was encrypted by Debian's qpdf 11 (`qpdf kcs.pdf out.pdf --encrypt SaSLprep
 * owner-SaSLprep 256 --`) with the SASLprep form of "S\u00aaSL\u00adprep" (RFC 4013: the soft hyphen maps
 * to nothing, NFKC turns "ª" into "a"), as a conforming writer stores it. A reader must accept both.
 */
const FILE = join(import.meta.dirname, 'fixtures', 'aes-256_R6_saslprep.pdf');
const RAW = 'S\u00aaSL\u00adprep';
const NORMALISED = 'SaSLprep';

describe('SASLprep for AES-256 passwords', () => {
  it('RFC 4013 examples', () => {
    expect(saslPrepared(RAW)).toBe(NORMALISED);
    expect(saslPrepared('I\u00adX')).toBe('IX'); // RFC 4013 §3 example 1
    expect(saslPrepared('user')).toBeNull(); // unchanged
    expect(saslPrepared('\u00aa')).toBe('a'); // example 3
    expect(saslPrepared('\u2168')).toBe('IX'); // example 4: NFKC of ROMAN NUMERAL NINE
    expect(saslPrepared('\u0007')).toBeNull(); // example 5: prohibited, only the typed form is tried
    expect(saslPrepared('a\u00a0b')).toBe('a b'); // a non-ASCII space becomes a space
  });

  it.each([
    ['as typed (needs SASLprep)', RAW],
    ['already normalised', NORMALISED],
  ])('opens the AES-256 R6 file with the password %s', async (_label, password) => {
    const opened = await openPdf(new Uint8Array(await readFile(FILE)), { file: 'certidao.pdf', password });
    expect(opened.protection).toBe('user-password');
    expect(opened.decrypted).toEqual({ revision: 6, method: 'AES-256' });
    expect(opened.pages).toBe(1);
  });

  it('still refuses a wrong password', async () => {
    await expect(
      openPdf(new Uint8Array(await readFile(FILE)), { file: 'certidao.pdf', password: 'S\u00aaSLprepX' }),
    ).rejects.toMatchObject({
      code: 'PDF_WRONG_PASSWORD',
    });
  });
});
