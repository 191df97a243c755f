/**
 * Passport data pages for the reading tests and benchmarks: ICAO 9303's specimen layout with a
 * valid TD3 MRZ, as a clean scan or as a phone photo (turned, tilted, sheared, blurred, glare,
 * JPEG). Used by scripts/make-reading-corpus.ts (the committed corpus) and bench/reading.ts
 * (a larger seeded set generated on the fly). Everything is invented.
 *
 * The MRZ font: DejaVu Sans Mono (Debian's fonts-dejavu-core; the committed corpus) or OCR-B,
 * the font ICAO 9303 prescribes (Debian's fonts-ocr-b, when installed; the benchmark measures it
 * separately).
 */
import sharp from 'sharp';
import { mrzCheckDigit } from '../shared/reading/mrz';

export type MrzFont = 'DejaVu Sans Mono' | 'OCR B';

export interface Person {
  id: string;
  surname: string;
  given: string;
  /** As printed in the visual zone (accents). */
  printed: string;
  nationality: string;
  dob: string;
  sex: 'M' | 'F';
  number: string;
  expiry: string;
  personal: string;
}

export const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);

export function td3(p: Person): [string, string] {
  const names = `${p.surname.replace(/ /g, '<')}<<${p.given.replace(/ /g, '<')}`;
  const line1 = `P<${p.nationality}${names}`.padEnd(44, '<').slice(0, 44);
  const number = p.number.padEnd(9, '<');
  const personal = p.personal.padEnd(14, '<');
  const personalCheck = p.personal ? mrzCheckDigit(personal) : '<';
  const body =
    number +
    mrzCheckDigit(number) +
    p.nationality +
    yymmdd(p.dob) +
    mrzCheckDigit(yymmdd(p.dob)) +
    p.sex +
    yymmdd(p.expiry) +
    mrzCheckDigit(yymmdd(p.expiry)) +
    personal +
    personalCheck;
  const composite = mrzCheckDigit(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43));
  return [line1, body + composite];
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const W = 1250;
export const H = 880;

export function passportSvg(p: Person, lines: [string, string], font: MrzFont = 'DejaVu Sans Mono'): string {
  // 44 characters across 1166 px (librsvg ignores textLength): the size follows the font's advance
  // width (DejaVu Sans Mono 0.602 em, OCR-B 0.723 em); 42 px is what the committed corpus was made with.
  const size = font === 'OCR B' ? 36.6 : 42;
  const label = (x: number, y: number, en: string, value: string) =>
    `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="15" fill="#4a5a7a">${esc(en)}</text>` +
    `<text x="${x}" y="${y + 26}" font-family="DejaVu Sans" font-size="24" fill="#111">${esc(value)}</text>`;
  const d = (iso: string) =>
    `${iso.slice(8, 10)} ${['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  const guilloche = Array.from(
    { length: 14 },
    (_, i) =>
      `<path d="M0 ${60 + i * 45} Q 300 ${20 + i * 45} 625 ${60 + i * 45} T 1250 ${60 + i * 45}" stroke="#d9e4ee" stroke-width="2" fill="none"/>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="100%" height="100%" fill="#f4f1e8"/>${guilloche}
  <text x="40" y="60" font-family="DejaVu Sans" font-size="30" font-weight="bold" fill="#233">PASSPORT / PASSEPORT</text>
  <text x="760" y="60" font-family="DejaVu Sans" font-size="20" fill="#233">Type P   Code ${esc(p.nationality.replace(/</g, ''))}</text>
  <rect x="40" y="100" width="300" height="390" fill="#c9ccd2"/><circle cx="190" cy="240" r="80" fill="#9aa0a8"/><rect x="90" y="330" width="200" height="160" rx="90" fill="#9aa0a8"/>
  ${label(380, 120, 'Surname / Nom', p.surname)}
  ${label(380, 185, 'Given names / Prénoms', p.given)}
  ${label(380, 250, 'Nationality / Nationalité', p.nationality.replace(/</g, ''))}
  ${label(380, 315, 'Date of birth / Date de naissance', d(p.dob))}
  ${label(800, 315, 'Sex / Sexe', p.sex)}
  ${label(380, 380, 'Date of expiry / Date d’expiration', d(p.expiry))}
  ${label(800, 380, 'Passport No. / N° du passeport', p.number)}
  ${label(380, 445, 'Holder / Titulaire', p.printed)}
  <text x="42" y="${H - 110}" font-family="${font}" font-size="${size}" fill="#111" textLength="1166" lengthAdjust="spacing">${esc(lines[0])}</text>
  <text x="42" y="${H - 50}" font-family="${font}" font-size="${size}" fill="#111" textLength="1166" lengthAdjust="spacing">${esc(lines[1])}</text>
</svg>`;
}

export interface PhotoVariant {
  turn: 0 | 90 | 180 | 270;
  tilt: number;
  shear: [number, number];
  blur: number;
  glare: boolean;
  quality: number;
}

/** A phone photo of the page: on a table, turned, tilted, sheared, blurred, glare, JPEG. */
export async function photo(page: Buffer, v: PhotoVariant): Promise<Buffer> {
  const pad = 160;
  const table = await sharp({ create: { width: W + 2 * pad, height: H + 2 * pad, channels: 3, background: '#7a5a3c' } })
    .composite([
      {
        input: Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${W + 2 * pad}" height="${H + 2 * pad}">${Array.from({ length: 30 }, (_, i) => `<line x1="0" y1="${i * 40}" x2="${W + 2 * pad}" y2="${i * 40 + 25}" stroke="#6b4e33" stroke-width="6"/>`).join('')}</svg>`,
        ),
      },
      { input: page, left: pad, top: pad },
    ])
    .png()
    .toBuffer();
  let img = sharp(table).affine(
    [
      [1, v.shear[0]],
      [v.shear[1], 1],
    ],
    { background: '#7a5a3c' },
  );
  img = sharp(await img.png().toBuffer()).rotate(v.turn + v.tilt, { background: '#7a5a3c' });
  let buf = await img.png().toBuffer();
  if (v.glare) {
    const meta = await sharp(buf).metadata();
    const gw = meta.width!;
    const gh = meta.height!;
    const glare = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${gw}" height="${gh}"><defs><radialGradient id="g" cx="0.62" cy="0.4" r="0.3"><stop offset="0" stop-color="#fff" stop-opacity="0.85"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
    );
    buf = await sharp(buf)
      .composite([{ input: glare }])
      .png()
      .toBuffer();
  }
  // A phone's resolution for a page filling most of the frame, then its blur and JPEG.
  return sharp(buf).resize(1800, 1800, { fit: 'inside' }).blur(v.blur).jpeg({ quality: v.quality }).toBuffer();
}

export const variants: PhotoVariant[] = [
  { turn: 0, tilt: 3, shear: [0.03, 0.01], blur: 1.0, glare: true, quality: 70 },
  { turn: 90, tilt: -4, shear: [0.02, -0.02], blur: 1.2, glare: false, quality: 65 },
  { turn: 180, tilt: 2, shear: [-0.03, 0.02], blur: 0.8, glare: true, quality: 75 },
  { turn: 270, tilt: 5, shear: [0.04, 0], blur: 1.1, glare: true, quality: 70 },
  { turn: 0, tilt: -6, shear: [0, 0.04], blur: 1.4, glare: false, quality: 60 },
  { turn: 90, tilt: 1, shear: [-0.02, -0.03], blur: 0.9, glare: true, quality: 70 },
];

/** A small seeded generator (mulberry32), so a benchmark's "random" set is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [
  'SILVA',
  'NGUYEN',
  'OKAFOR',
  'DA COSTA',
  'PATEL',
  'SHEVCHENKO',
  'RODRIGUES',
  'KHAN',
  'MENDES',
  'ZHANG',
  'QUEIROZ',
  'BOATENG',
  'VAN DER BERG',
  'WOJCIK',
  'HUSSAIN',
  'OLIVEIRA',
  'IVANOVA',
  'YILDIZ',
  'FOFANA',
  'XAVIER',
];
const GIVEN = [
  'MARIA',
  'JOSE',
  'ANH',
  'CHIDI',
  'ANA BEATRIZ',
  'RAVI',
  'OKSANA',
  'LUIS',
  'FATIMA',
  'WEI',
  'KWAME',
  'SOPHIE',
  'PIOTR',
  'AMINA',
  'OLGA',
  'MEHMET',
  'AWA',
  'JOAO PAULO',
  'IGOR',
  'LUCIA',
];
const NATIONALITIES = ['BRA', 'IND', 'NPL', 'AGO', 'UKR', 'USA', 'CPV', 'GBR', 'PAK', 'BGD', 'CHN', 'NGA', 'MAR', 'VNM', 'D<<'];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** `count` invented people with valid, varied MRZ data (names with spaces, numbers with letters, German "D<<"). */
export function randomPeople(count: number, seed: number): Person[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const day = (from: number, to: number) => {
    const t = from + Math.floor(random() * (to - from));
    return new Date(Date.UTC(1970, 0, 1) + t * 86_400_000).toISOString().slice(0, 10);
  };
  const days = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  return Array.from({ length: count }, (_, i) => {
    const surname = pick(SURNAMES);
    const given = pick(GIVEN);
    const numberLength = 8 + Math.floor(random() * 2);
    const number = Array.from({ length: numberLength }, (_, k) =>
      k < 2 && random() < 0.5 ? pick([...ALNUM.slice(0, 26)]) : pick([...ALNUM.slice(26)]),
    ).join('');
    return {
      id: `gen${i}`,
      surname,
      given,
      printed: `${given} ${surname}`,
      nationality: pick(NATIONALITIES),
      dob: day(days('1950-01-01'), days('2008-01-01')),
      sex: random() < 0.5 ? 'M' : 'F',
      number,
      expiry: day(days('2027-01-01'), days('2036-12-31')),
      personal: '',
    } satisfies Person;
  });
}

/** A photo variant in the ranges of `variants` (any of the four turns), from the seeded generator. */
export function randomVariant(random: () => number): PhotoVariant {
  const between = (a: number, b: number) => a + (b - a) * random();
  return {
    turn: ([0, 90, 180, 270] as const)[Math.floor(random() * 4)]!,
    tilt: Math.round(between(-6, 6) * 10) / 10,
    shear: [Math.round(between(-0.04, 0.04) * 100) / 100, Math.round(between(-0.04, 0.04) * 100) / 100],
    blur: Math.round(between(0.8, 1.4) * 10) / 10,
    glare: random() < 0.5,
    quality: Math.round(between(60, 75)),
  };
}
