/**
 * Generates the reading test set (tests/corpus/reading): passport data pages with a valid
 * ICAO 9303 TD3 MRZ in the specimen layout, as clean scans and as phone photos (turned a
 * quarter or half turn, tilted, sheared like a photo taken at an angle, blurred, with glare,
 * JPEG-compressed), one page with a deliberately wrong check digit, certificates with and
 * without a text layer, and unnamed documents for content sorting. Everything is invented
 * (names, numbers); the expected readings go to tests/corpus/reading/manifest.json.
 *
 *   npx tsx scripts/make-reading-corpus.ts
 *
 * The pages themselves come from scripts/passport-pages.ts (MRZ in DejaVu Sans Mono).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import sharp from 'sharp';
import { esc, passportSvg, photo, td3, variants, type Person } from './passport-pages';

const OUT = join(import.meta.dirname, '..', 'tests', 'corpus', 'reading');
const FONT = join(import.meta.dirname, '..', 'resources', 'fonts', 'DejaVuSans.ttf');

const people: Person[] = [
  {
    id: 'bra',
    surname: 'DOS SANTOS',
    given: 'JOAO PEDRO',
    printed: 'João Pedro dos Santos',
    nationality: 'BRA',
    dob: '1988-11-05',
    sex: 'M',
    number: 'FZ7364019',
    expiry: '2031-03-22',
    personal: '',
  },
  {
    id: 'ind',
    surname: 'SHARMA',
    given: 'PRIYANKA',
    printed: 'Priyanka Sharma',
    nationality: 'IND',
    dob: '1995-02-17',
    sex: 'F',
    number: 'Z4821907',
    expiry: '2029-07-15',
    personal: '',
  },
  {
    id: 'npl',
    surname: 'GURUNG',
    given: 'BIKASH',
    printed: 'Bikash Gurung',
    nationality: 'NPL',
    dob: '1990-06-30',
    sex: 'M',
    number: '10938472',
    expiry: '2027-01-09',
    personal: '',
  },
  {
    id: 'ago',
    surname: 'FERREIRA',
    given: 'ANA LUCIA',
    printed: 'Ana Lúcia Ferreira',
    nationality: 'AGO',
    dob: '1979-12-01',
    sex: 'F',
    number: 'N2245870',
    expiry: '2028-09-30',
    personal: '',
  },
  {
    id: 'ukr',
    surname: 'KOVALENKO',
    given: 'OLENA',
    printed: 'Olena Kovalenko',
    nationality: 'UKR',
    dob: '2001-04-23',
    sex: 'F',
    number: 'FK294817',
    expiry: '2030-11-11',
    personal: '',
  },
  {
    id: 'usa',
    surname: 'MILLER',
    given: 'DAVID JAMES',
    printed: 'David James Miller',
    nationality: 'USA',
    dob: '1984-08-14',
    sex: 'M',
    number: '583920174',
    expiry: '2033-05-02',
    personal: '',
  },
];

/* ---------- certificates and other documents ---------- */

interface Doc {
  file: string;
  lines: string[];
}

const certificates = (): (Doc & { expect: Record<string, unknown> })[] => [
  {
    file: 'financas-text.pdf',
    lines: [
      'AUTORIDADE TRIBUTÁRIA E ADUANEIRA',
      'CERTIDÃO',
      'Situação tributária regularizada',
      'Nome: João Pedro dos Santos',
      'NIF: 245 678 913',
      'Certifica-se que o contribuinte acima identificado tem a sua situação tributária regularizada,',
      'nos termos do artigo 177.º-A do Código de Procedimento e de Processo Tributário.',
      'A presente certidão é válida por 3 meses a contar da data de emissão.',
      'Emitida em 2026-11-02',
      'Código de validação: 7K3D-99QF-2MXA',
    ],
    expect: {
      kind: 'financas-certificate',
      issuedOn: '2026-11-02',
      statedValidity: { months: 3 },
      nif: '245678913',
      niss: null,
      name: 'João Pedro dos Santos',
      textLayer: true,
    },
  },
  {
    file: 'seguranca-social-text.pdf',
    lines: [
      'SEGURANÇA SOCIAL',
      'Instituto da Segurança Social, I.P.',
      'DECLARAÇÃO DE SITUAÇÃO CONTRIBUTIVA',
      'Nome: Priyanka Sharma',
      'NISS: 12045678909',
      'Declara-se que a pessoa acima identificada tem a situação contributiva regularizada.',
      'A presente declaração é válida por 4 meses.',
      'Lisboa, 15 de setembro de 2026',
    ],
    expect: {
      kind: 'social-security-declaration',
      issuedOn: '2026-09-15',
      statedValidity: { months: 4 },
      nif: null,
      niss: '12045678909',
      name: 'Priyanka Sharma',
      textLayer: true,
    },
  },
  {
    file: 'financas-scan.pdf',
    lines: [
      'AUTORIDADE TRIBUTÁRIA E ADUANEIRA',
      'CERTIDÃO',
      'Situação tributária regularizada',
      'Nome: Bikash Gurung',
      'NIF: 287 430 120',
      'Certifica-se que o contribuinte tem a sua situação tributária regularizada.',
      'A presente certidão é válida por 3 meses.',
      'Emitida em 14-08-2026',
    ],
    expect: {
      kind: 'financas-certificate',
      issuedOn: '2026-08-14',
      statedValidity: { months: 3 },
      nif: '287430120',
      niss: null,
      name: 'Bikash Gurung',
      textLayer: false,
    },
  },
  {
    file: 'seguranca-social-scan.pdf',
    lines: [
      'SEGURANÇA SOCIAL',
      'DECLARAÇÃO DE SITUAÇÃO CONTRIBUTIVA',
      'Nome: Ana Lúcia Ferreira',
      'NISS: 11987654325',
      'Declara-se que a situação contributiva se encontra regularizada.',
      'Válida por 4 meses.',
      'Porto, 3 de outubro de 2026',
    ],
    expect: {
      kind: 'social-security-declaration',
      issuedOn: '2026-10-03',
      statedValidity: { months: 4 },
      nif: null,
      niss: '11987654325',
      name: 'Ana Lúcia Ferreira',
      textLayer: false,
    },
  },
  {
    file: 'junta-atestado-text.pdf',
    lines: [
      'JUNTA DE FREGUESIA DE ARROIOS',
      'ATESTADO DE RESIDÊNCIA',
      'Nome: Olena Kovalenko',
      'Atesta-se que reside nesta freguesia.',
      'Lisboa, 10 de novembro de 2026',
    ],
    expect: {
      kind: 'junta-address-certificate',
      issuedOn: '2026-11-10',
      statedValidity: null,
      nif: null,
      niss: null,
      name: 'Olena Kovalenko',
      textLayer: true,
    },
  },
];

/** The sorting set: unnamed files (scan0001.pdf …) whose content decides the category. */
const sortingDocs = (): (Doc & { categoryId: string; textLayer: boolean })[] => [
  { file: 'scan0003.pdf', categoryId: 'financas-no-debt', textLayer: true, lines: certificates()[0]!.lines },
  { file: 'scan0004.pdf', categoryId: 'social-security-no-debt', textLayer: true, lines: certificates()[1]!.lines },
  {
    file: 'scan0005.pdf',
    categoryId: 'employment-contract',
    textLayer: true,
    lines: [
      'CONTRATO DE TRABALHO A TERMO CERTO',
      'Entre Padaria Estrela, Lda., NIPC 509 876 544 (Primeiro Outorgante)',
      'e Nome do trabalhador: João Pedro dos Santos, NIF 245 678 913 (Segundo Outorgante)',
      'Cláusula 1.ª O Segundo Outorgante é admitido como padeiro.',
      'Cláusula 4.ª Vencimento base mensal: 980,00 €.',
    ],
  },
  {
    file: 'scan0006.pdf',
    categoryId: 'income-proof',
    textLayer: true,
    lines: [
      'Padaria Estrela, Lda.',
      'RECIBO DE VENCIMENTO',
      'Período: outubro de 2026',
      'Nome: João Pedro dos Santos   NIF: 245 678 913   NISS: 12045678909',
      'Vencimento base 980,00  Segurança Social (11%) -107,80  IRS -45,00',
      'Líquido a receber 827,20',
    ],
  },
  {
    file: 'scan0007.pdf',
    categoryId: 'income-proof',
    textLayer: true,
    lines: [
      'Banco Atlântico',
      'EXTRATO DE CONTA',
      'Titular: João Pedro dos Santos',
      'Conta à ordem n.º 0045 1234 5678901',
      '2026-10-31 Transferência Padaria Estrela 827,20',
      'Saldo disponível 1 532,18 EUR',
    ],
  },
  {
    file: 'scan0008.pdf',
    categoryId: 'proof-of-address',
    textLayer: true,
    lines: [
      'CONTRATO DE ARRENDAMENTO PARA FIM HABITACIONAL',
      'Senhorio: Maria Alves, NIF 198 765 436',
      'Arrendatário: João Pedro dos Santos, NIF 245 678 913',
      'Local arrendado: Rua da Prata 10, 2.º Esq., 1100-420 Lisboa',
      'Renda mensal: 650,00 €',
    ],
  },
  {
    file: 'scan0009.pdf',
    categoryId: 'proof-of-address',
    textLayer: true,
    lines: [
      'EDP Comercial',
      'FATURA n.º FT 2026/884512',
      'Cliente: João Pedro dos Santos',
      'Local de consumo: Rua da Prata 10, 2.º Esq., 1100-420 Lisboa',
      'Total a pagar: 48,90 €',
    ],
  },
  { file: 'scan0010.pdf', categoryId: 'financas-no-debt', textLayer: false, lines: certificates()[2]!.lines },
  { file: 'scan0011.pdf', categoryId: 'social-security-no-debt', textLayer: false, lines: certificates()[3]!.lines },
  {
    file: 'scan0012.pdf',
    categoryId: 'income-proof',
    textLayer: false,
    lines: [
      'Padaria Estrela, Lda.',
      'RECIBO DE VENCIMENTO',
      'Período: setembro de 2026',
      'Nome: João Pedro dos Santos',
      'Vencimento base 980,00',
      'Líquido a receber 827,20',
    ],
  },
];

/** pdf-lib stamps the time of the run: a fixed one keeps a regenerated corpus byte-identical unless its content changed. */
function fixedDates(pdf: PDFDocument): PDFDocument {
  const when = new Date('2026-11-01T10:00:00Z');
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  return pdf;
}

async function textPdf(lines: string[]): Promise<Uint8Array> {
  const pdf = fixedDates(await PDFDocument.create());
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(await readFile(FONT), { subset: true });
  const page = pdf.addPage([595, 842]);
  lines.forEach((line, i) =>
    page.drawText(line, { x: 50, y: 780 - i * 24, size: i === 0 ? 14 : 11, font, color: rgb(0.1, 0.1, 0.1), maxWidth: 500 }),
  );
  return pdf.save();
}

/** A scan: the page rendered as a grey, slightly tilted image at 200 dpi, no text layer. */
async function scanPdf(lines: string[]): Promise<Uint8Array> {
  const w = 1654;
  const h = 2339;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#f2f0ea"/>${lines
    .map(
      (line, i) =>
        `<text x="140" y="${250 + i * 66}" font-family="DejaVu Sans" font-size="${i === 0 ? 40 : 31}" fill="#222">${esc(line)}</text>`,
    )
    .join('')}</svg>`;
  const jpg = await sharp(Buffer.from(svg))
    .rotate(0.8, { background: '#f2f0ea' })
    .resize(w, h, { fit: 'cover' })
    .grayscale()
    .blur(0.6)
    .jpeg({ quality: 72 })
    .toBuffer();
  const pdf = fixedDates(await PDFDocument.create());
  const image = await pdf.embedJpg(jpg);
  const page = pdf.addPage([595, 842]);
  page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return pdf.save();
}

async function main(): Promise<void> {
  await mkdir(join(OUT, 'passports'), { recursive: true });
  await mkdir(join(OUT, 'certificates'), { recursive: true });
  await mkdir(join(OUT, 'unnamed'), { recursive: true });
  const manifest: Record<string, unknown>[] = [];
  const expected = (p: Person) => ({
    surname: p.surname,
    givenNames: p.given,
    nationality: p.nationality,
    dateOfBirth: p.dob,
    sex: p.sex,
    passportNumber: p.number,
    passportExpiry: p.expiry,
  });
  for (const [i, p] of people.entries()) {
    const lines = td3(p);
    const page = await sharp(Buffer.from(passportSvg(p, lines)))
      .png()
      .toBuffer();
    const clean = await sharp(page).grayscale().jpeg({ quality: 90 }).toBuffer();
    await writeFile(join(OUT, 'passports', `${p.id}-scan.jpg`), clean);
    manifest.push({ path: `passports/${p.id}-scan.jpg`, kind: 'passport-scan', mrz: lines, expect: expected(p) });
    const v = variants[i % variants.length]!;
    await writeFile(join(OUT, 'passports', `${p.id}-photo.jpg`), await photo(page, v));
    manifest.push({ path: `passports/${p.id}-photo.jpg`, kind: 'passport-photo', variant: v, mrz: lines, expect: expected(p) });
  }
  // An iPhone's HEIC of a passport photo (libheif's heif-enc with x265, Debian's libheif-examples): read through the
  // engine's HEIC decoder. Without heif-enc the committed file is kept (HEVC encoding is not in sharp's prebuilt libvips).
  const heicFrom = people[2]!;
  const heic = join(OUT, 'passports', `${heicFrom.id}-photo.heic`);
  try {
    execFileSync('heif-enc', ['-q', '80', '-o', heic, join(OUT, 'passports', `${heicFrom.id}-photo.jpg`)], { stdio: 'ignore' });
  } catch {
    console.warn(`heif-enc not found: ${heic} kept as it is`);
  }
  // Not "passport-…": the MRZ benchmark and corpus test read images with sharp, which has no HEVC decoder.
  manifest.push({
    path: `passports/${heicFrom.id}-photo.heic`,
    kind: 'heic-passport-photo',
    mrz: td3(heicFrom),
    expect: expected(heicFrom),
  });
  // A deliberately wrong document-number check digit: must be reported unreadable, never guessed.
  const bad = people[0]!;
  const [l1, l2] = td3(bad);
  const wrong = l2.slice(0, 9) + String((Number(l2[9]) + 1) % 10) + l2.slice(10);
  await writeFile(
    join(OUT, 'passports', 'wrong-check-digit-scan.jpg'),
    await sharp(Buffer.from(passportSvg(bad, [l1, wrong])))
      .grayscale()
      .jpeg({ quality: 90 })
      .toBuffer(),
  );
  manifest.push({ path: 'passports/wrong-check-digit-scan.jpg', kind: 'passport-scan', mrz: [l1, wrong], expect: 'unreadable' });

  for (const c of certificates()) {
    const bytes = c.expect.textLayer ? await textPdf(c.lines) : await scanPdf(c.lines);
    await writeFile(join(OUT, 'certificates', c.file), bytes);
    manifest.push({ path: `certificates/${c.file}`, kind: 'certificate', expect: c.expect });
  }
  // Sorting: two passports (a scan and a photo) plus ten documents, none named after its content.
  const passportCopies = [
    { file: 'scan0001.jpg', from: `${people[0]!.id}-scan.jpg` },
    { file: 'scan0002.jpg', from: `${people[0]!.id}-photo.jpg` },
  ];
  for (const copy of passportCopies) {
    await writeFile(join(OUT, 'unnamed', copy.file), await readFile(join(OUT, 'passports', copy.from)));
    manifest.push({ path: `unnamed/${copy.file}`, kind: 'unnamed', expect: { categoryId: 'passport' } });
  }
  for (const d of sortingDocs()) {
    await writeFile(join(OUT, 'unnamed', d.file), d.textLayer ? await textPdf(d.lines) : await scanPdf(d.lines));
    manifest.push({ path: `unnamed/${d.file}`, kind: 'unnamed', textLayer: d.textLayer, expect: { categoryId: d.categoryId } });
  }
  await writeFile(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  console.log(`wrote ${manifest.length} files to ${OUT}`);
}

await main();
