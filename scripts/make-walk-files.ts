/**
 * Generates the files of session 6's walk (tests/e2e/walk-files): Lin's iPhone photos (HEIC) of her
 * passport and of her two-page employment contract (the second page blurred, as a hurried photo is),
 * and her Finanças certificate issued on 2 September 2026 (text layer). Everything is invented.
 *
 *   npx tsx scripts/make-walk-files.ts      (needs heif-enc: Debian's libheif-examples)
 *
 * HEVC encoding is not in sharp's prebuilt libvips, so the HEIC files are made with heif-enc once and
 * committed; the tests only read them (through the engine's own HEIC decoder).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import sharp from 'sharp';
import { esc, H, passportSvg, td3, W, type Person } from './passport-pages';

const OUT = join(import.meta.dirname, '..', 'tests', 'e2e', 'walk-files');
const FONT = join(import.meta.dirname, '..', 'resources', 'fonts', 'DejaVuSans.ttf');

const lin: Person = {
  id: 'lin',
  surname: 'LIN',
  given: 'MEI',
  printed: 'Mei Lin',
  nationality: 'CHN',
  dob: '1993-04-12',
  sex: 'F',
  number: 'EK4829136',
  expiry: '2032-05-18',
  personal: '',
};

/** A page of text drawn as an image at the size photo() lays on its table (the top of a contract page, landscape). */
function pageSvg(lines: string[]): string {
  const w = 1250;
  const h = 880;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#fbfaf6"/>${lines
    .map(
      (line, i) =>
        `<text x="70" y="${110 + i * 88}" font-family="DejaVu Sans" font-size="${i === 0 ? 36 : 30}" fill="#1c1c1c">${esc(line)}</text>`,
    )
    .join('')}</svg>`;
}

/**
 * An iPhone photo (4032 × 3024) of a page lying on a table, slightly turned: the page rendered at 2.6× so
 * the photo has a phone's detail (a low-resolution photo is another case: see the report of session 6).
 */
async function iphonePhoto(svg: string, tilt: number, blur: number): Promise<Buffer> {
  const scale = 2.6;
  const page = await sharp(Buffer.from(svg), { density: 72 * scale })
    .png()
    .toBuffer();
  const pw = Math.round(W * scale);
  const ph = Math.round(H * scale);
  const table = await sharp({ create: { width: 4032, height: 3024, channels: 3, background: '#7a5a3c' } })
    .composite([{ input: page, left: Math.round((4032 - pw) / 2), top: Math.round((3024 - ph) / 2) }])
    .png()
    .toBuffer();
  const turned = await sharp(table).rotate(tilt, { background: '#7a5a3c' }).png().toBuffer();
  return sharp(turned).resize(4032, 3024, { fit: 'cover' }).blur(blur).jpeg({ quality: 85 }).toBuffer();
}

async function heic(jpeg: Buffer, name: string): Promise<void> {
  const tmp = join(OUT, `${name}.tmp.jpg`);
  await writeFile(tmp, jpeg);
  execFileSync('heif-enc', ['-q', '70', '-o', join(OUT, name), tmp], { stdio: 'ignore' });
  await rm(tmp);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  await heic(await iphonePhoto(passportSvg(lin, td3(lin)), 2, 0.7), 'IMG_4101.HEIC');

  const contract1 = [
    'CONTRATO DE TRABALHO A TERMO INCERTO',
    'Entre Lisboa Digital, Lda., NIPC 515 000 111, com sede em Lisboa,',
    'e Mei Lin, NIF 298 765 432, residente em Lisboa,',
    'é celebrado o presente contrato de trabalho, que se rege pelas',
    'cláusulas seguintes:',
    'Cláusula 1.ª — A trabalhadora exerce as funções de analista.',
    'Cláusula 2.ª — Retribuição mensal ilíquida de 1 450,00 euros.',
    'Cláusula 3.ª — Período normal de trabalho de 40 horas semanais.',
  ];
  const contract2 = [
    'Cláusula 4.ª — O contrato produz efeitos a 1 de março de 2025.',
    'Cláusula 5.ª — Local de trabalho: Lisboa.',
    'Lisboa, 20 de fevereiro de 2025',
    'A Entidade Empregadora            A Trabalhadora',
  ];
  await heic(await iphonePhoto(pageSvg(contract1), -2, 0.7), 'IMG_4102.HEIC');
  // The hurried second photo: shaken, badly out of focus.
  await heic(await iphonePhoto(pageSvg(contract2), 3, 14), 'IMG_4103.HEIC');

  const pdf = await PDFDocument.create();
  const when = new Date('2026-09-02T10:00:00Z');
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(await readFile(FONT), { subset: true });
  const page = pdf.addPage([595, 842]);
  [
    'AUTORIDADE TRIBUTÁRIA E ADUANEIRA',
    'CERTIDÃO',
    'Situação tributária regularizada',
    'Nome: Mei Lin',
    'NIF: 298 765 432',
    'Certifica-se que o contribuinte acima identificado tem a sua situação tributária regularizada,',
    'nos termos do artigo 177.º-A do Código de Procedimento e de Processo Tributário.',
    'A presente certidão é válida por 3 meses a contar da data de emissão.',
    'Emitida em 2026-09-02',
    'Código de validação: 4H7Q-21LX-8MZP',
  ].forEach((line, i) =>
    page.drawText(line, { x: 50, y: 780 - i * 24, size: i === 0 ? 14 : 11, font, color: rgb(0.1, 0.1, 0.1), maxWidth: 500 }),
  );
  await writeFile(join(OUT, 'certidao-financas.pdf'), await pdf.save());
}

await main();
