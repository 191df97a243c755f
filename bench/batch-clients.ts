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

/** The generated reading corpus (tests/corpus/reading): passport photos and certificates whose content is known. */
const READING = join(import.meta.dirname, '..', 'tests', 'corpus', 'reading');
const PASSPORT_PHOTOS = ['bra', 'ind', 'npl', 'ago', 'ukr', 'usa'].map((id) => `passports/${id}-photo.jpg`);

/**
 * Clients whose files the agency got as `scan0001.jpg`, `scan0002.pdf`: one in five clients (the
 * loose ones numbered 2, 6, 12, 16 …), whose passport (a phone photo: MRZ read) and Finanças
 * certificate (a text-layer PDF, or a scan read by OCR, in turn) carry names that decide nothing,
 * so `batch` reads them to sort them (electron/batch/content-sort.ts).
 */
export function unnamedFilesOf(i: number): Partial<Record<string, { file: string; category: string }>> {
  if (i % 10 !== 1 && i % 10 !== 5) return {};
  return {
    passport: { file: join(READING, PASSPORT_PHOTOS[Math.floor(i / 5) % PASSPORT_PHOTOS.length]!), category: 'passport' },
    'financas-no-debt': {
      file: join(READING, 'certificates', i % 10 === 1 ? 'financas-text.pdf' : 'financas-scan.pdf'),
      category: 'financas-no-debt',
    },
  };
}

/**
 * `count` clients with six documents each (one per category), half in
 * category subfolders and half as loose files named by keyword (one in five
 * with two files whose names decide nothing: see unnamedFilesOf), with the PDF
 * passwords in each client's passwords.json.
 */
export async function buildBenchClients(
  clientsFolder: string,
  count: number,
): Promise<{ documents: number; bytes: number; unnamed: number }> {
  let documents = 0;
  let bytes = 0;
  let unnamed = 0;
  for (let i = 0; i < count; i += 1) {
    const client = join(clientsFolder, `client-${String(i + 1).padStart(3, '0')}`);
    const passwords: Record<string, string> = {};
    const unnamedHere = unnamedFilesOf(i);
    for (const [categoryId, { loose, sources }] of Object.entries(MIX)) {
      const byContent = unnamedHere[categoryId];
      if (byContent) {
        unnamed += 1;
        const target = `scan${String(unnamed).padStart(4, '0')}${extname(byContent.file)}`;
        await mkdir(client, { recursive: true });
        await copyFile(byContent.file, join(client, target));
        documents += 1;
        bytes += (await stat(byContent.file)).size;
        continue;
      }
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
  return { documents, bytes, unnamed };
}
