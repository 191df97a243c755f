import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openPdf } from '../../../electron/engine/pdf/open-pdf';

/**
 * openPdf asks qpdf everything it judges a file on (page count, encryption, object streams) in one
 * inspection run, then rewrites it once: two runs per input, where there were four, each of which
 * copied the file into qpdf's memory and parsed it again (0.1 s each on a 30 MB scan).
 */
const runs: string[][] = [];
vi.mock('../../../electron/engine/qpdf/runtime', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/engine/qpdf/runtime')>();
  return {
    ...actual,
    openQpdfSession: async () => {
      const session = await actual.openQpdfSession();
      return {
        run: (...args: Parameters<typeof session.run>) => {
          runs.push(args[0].filter((arg) => arg.startsWith('--') && !arg.startsWith('--password')));
          return session.run(...args);
        },
      };
    },
  };
});

const CORPUS = join(import.meta.dirname, '../../corpus');
const read = (file: string) => new Uint8Array(readFileSync(join(CORPUS, file)));
const INSPECTION = ['--show-npages', '--show-encryption', '--show-encryption-key', '--show-xref'];
const REWRITE = ['--decrypt', '--stream-data=preserve'];

beforeEach(() => {
  runs.length = 0;
});

describe('qpdf runs per input PDF', () => {
  it('an unencrypted file: one inspection, one rewrite', async () => {
    const opened = await openPdf(read('scans/multipage.pdf'), { file: 'multipage.pdf' });
    expect(opened).toMatchObject({ pages: 6, protection: 'none', decrypted: null });
    expect(runs).toEqual([INSPECTION, REWRITE]);
  });

  it('a file with a user password: the empty password is refused, the given one opens it, then one rewrite', async () => {
    const opened = await openPdf(read('encrypted/aes-128_R4_pw-ELXRTQWS.pdf'), { file: 'a.pdf', password: 'ELXRTQWS' });
    expect(opened).toMatchObject({ protection: 'user-password', decrypted: { revision: 4, method: 'AES-128' } });
    expect(runs).toEqual([INSPECTION, INSPECTION, REWRITE]);
  });

  it.each([
    ['encrypted/rc4-40_R2_user-view_owner-master.pdf', 'view', { revision: 2, method: 'RC4 40-bit' }],
    ['encrypted/rc4-40_R3_pw-623.pdf', '623', { revision: 3, method: 'RC4 40-bit' }],
    ['encrypted/rc4-128_R3_user-view_owner-master.pdf', 'view', { revision: 3, method: 'RC4 128-bit' }],
    ['encrypted/aes-256_R5_user-user3_owner-owner3.pdf', 'user3', { revision: 5, method: 'AES-256' }],
    ['encrypted/aes-256_R6_empty-user-pw.pdf', undefined, { revision: 6, method: 'AES-256' }],
  ])('%s: the encryption is read from the same inspection run', async (file, password, decrypted) => {
    const opened = await openPdf(read(file), { file: 'x.pdf', ...(password ? { password } : {}) });
    expect(opened.decrypted).toEqual(decrypted);
    expect(runs.at(-1)).toEqual(REWRITE);
    expect(runs.filter((run) => run[0] === '--show-npages').length).toBe(password ? 2 : 1);
  });
});
