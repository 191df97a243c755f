import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

import { CORPUS } from '../tests/corpus';

/** The shared test corpus (read-only). */
export { CORPUS };

/**
 * Mixed inputs per category, rotated across clients: scanned PDFs (JPEG, CCITT,
 * JBIG2), photos (JPEG with EXIF rotation, CMYK, HEIC, WebP, 16-bit and palette
 * PNG), a multi-page TIFF, and encrypted PDFs (with and without a user password).
 */
const MIX: Record<string, { loose: string; sources: { file: string; password?: string }[] }> = {
  passport: {
    loose: 'passaporte',
    sources: [
      { file: 'scans/linn.pdf' },
      { file: 'images/exif_orientation_6.jpg' },
      { file: 'images/example.heic' },
      { file: 'scans/jbig2.pdf' },
    ],
  },
  'residence-permit': {
    loose: 'titulo de residencia',
    sources: [
      { file: 'images/baiona_cmyk.jpg' },
      { file: 'images/baiona_alpha.png' },
      { file: 'images/photo.webp' },
      { file: 'scans/linn.png' },
    ],
  },
  'financas-no-debt': {
    loose: 'certidao financas',
    sources: [
      { file: 'encrypted/aes-128_R4_pw-ELXRTQWS.pdf', password: 'ELXRTQWS' },
      { file: 'encrypted/rc4-40_R3_pw-623.pdf', password: '623' },
      { file: 'encrypted/aes-256_R6_empty-user-pw.pdf' },
      { file: 'scans/kcs.pdf' },
    ],
  },
  'social-security-no-debt': {
    loose: 'seguranca social',
    sources: [
      { file: 'scans/ccitt.pdf' },
      { file: 'encrypted/aes-256_R5_user-user3_owner-owner3.pdf', password: 'user3' },
      { file: 'scans/epson.pdf' },
      { file: 'images/g4-multi.tiff' },
    ],
  },
  'proof-of-address': {
    loose: 'comprovativo de morada',
    sources: [
      { file: 'scans/skew.pdf' },
      { file: 'scans/cardinal.pdf' },
      { file: 'images/baiona_palette.png' },
      { file: 'scans/c02-22.pdf' },
    ],
  },
  'income-proof': {
    loose: 'extrato bancario',
    sources: [
      { file: 'scans/c02-22.pdf' },
      { file: 'scans/francais.pdf' },
      { file: 'images/sample_16bit.png' },
      { file: 'scans/multipage.pdf' },
    ],
  },
};

/**
 * `count` clients with six documents each (one per category), half in
 * category subfolders and half as loose files named by keyword, with the PDF
 * passwords in each client's passwords.json.
 */
export async function buildBenchClients(clientsFolder: string, count: number): Promise<{ documents: number; bytes: number }> {
  let documents = 0;
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const client = join(clientsFolder, `client-${String(i + 1).padStart(3, '0')}`);
    const passwords: Record<string, string> = {};
    for (const [categoryId, { loose, sources }] of Object.entries(MIX)) {
      const source = sources[i % sources.length] as { file: string; password?: string };
      const extension = extname(source.file);
      const target = i % 2 === 0 ? join(categoryId, `document${extension}`) : `${loose}${extension}`;
      await mkdir(join(client, target, '..'), { recursive: true });
      await copyFile(join(CORPUS, source.file), join(client, target));
      if (source.password) passwords[target] = source.password;
      documents += 1;
      bytes += (await stat(join(CORPUS, source.file))).size;
    }
    await writeFile(join(client, 'passwords.json'), JSON.stringify(passwords));
  }
  return { documents, bytes };
}
