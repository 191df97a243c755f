/**
 * The cost and accuracy of reading passports offline (electron/reading), on three sets:
 *  - the committed reading corpus (tests/corpus/reading: 6 scans, 6 photos, DejaVu Sans Mono MRZ);
 *  - a larger generated set (seeded, so the same on every run): READING_BENCH_PEOPLE invented people
 *    (default 16), each as a clean scan and a phone photo in any of the four turns;
 *  - the same people with the MRZ in OCR-B, the font ICAO 9303 prescribes and real passports use
 *    (Debian's fonts-ocr-b; skipped, and said so, when the font is not installed).
 * The OCR worker is started first (its one-time start is measured on its own). For every set:
 * fields right, images read, images "read" with a wrong field (must be 0 outside the names, which
 * carry no check digit), time per image; and the character confusions (expected → read) on
 * lines OCR got the right length, which is where to look when a field fails.
 * Writes the `reading-bench` section of bench/results.md.
 *
 *   npm run bench:reading
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { closeOcr, recognize } from '../electron/reading/ocr';
import { readPassportImage } from '../electron/reading/read-passport';
import type { MrzReading } from '../shared/reading/mrz';
import {
  passportSvg,
  photo,
  randomPeople,
  randomVariant,
  seededRandom,
  td3,
  type MrzFont,
  type Person,
} from '../scripts/passport-pages';
import { writeResultsSection } from './results-file';

const ROOT = join(import.meta.dirname, '..', 'tests', 'corpus', 'reading');
const TODAY = '2026-12-01';
const PEOPLE = Number(process.env.READING_BENCH_PEOPLE ?? 16);
const CHECKED = ['nationality', 'dateOfBirth', 'sex', 'passportNumber', 'passportExpiry'];

interface Sample {
  name: string;
  kind: 'scan' | 'photo';
  bytes: () => Promise<Buffer>;
  mrz: [string, string];
  expect: Record<string, string>;
}

interface Tally {
  images: number;
  read: number;
  fields: number;
  right: number;
  /** Images returned as "read" with a check-digit-protected field wrong: must stay 0. */
  wrongChecked: number;
  /** Images returned as "read" with a name wrong (names carry no check digit). */
  wrongName: number;
  seconds: number[];
  /** CPU time of the whole process (OCR worker threads included) per image: what the load does not inflate. */
  cpu: number[];
  missedFields: Record<string, number>;
  unreadable: Record<string, number>;
  confusions: Record<string, number>;
}

const newTally = (): Tally => ({
  images: 0,
  read: 0,
  fields: 0,
  right: 0,
  wrongChecked: 0,
  wrongName: 0,
  seconds: [],
  cpu: [],
  missedFields: {},
  unreadable: {},
  confusions: {},
});

const expected = (p: Person): Record<string, string> => ({
  surname: p.surname,
  givenNames: p.given,
  nationality: p.nationality.replace(/</g, ''),
  dateOfBirth: p.dob,
  sex: p.sex,
  passportNumber: p.number,
  passportExpiry: p.expiry,
});

function score(tally: Tally, sample: Sample, reading: MrzReading, seconds: number, cpu: number): void {
  tally.images += 1;
  tally.seconds.push(seconds);
  tally.cpu.push(cpu);
  const entries = Object.entries(sample.expect);
  tally.fields += entries.length;
  if (reading.status === 'read') {
    tally.read += 1;
    let wrongChecked = false;
    let wrongName = false;
    for (const [key, value] of entries) {
      if (reading.fields[key as keyof typeof reading.fields] === value) tally.right += 1;
      else {
        tally.missedFields[key] = (tally.missedFields[key] ?? 0) + 1;
        if (CHECKED.includes(key)) wrongChecked = true;
        else wrongName = true;
      }
    }
    if (wrongChecked) tally.wrongChecked += 1;
    if (wrongName) tally.wrongName += 1;
  } else {
    tally.unreadable[reading.reason] = (tally.unreadable[reading.reason] ?? 0) + 1;
    for (const [key] of entries) tally.missedFields[key] = (tally.missedFields[key] ?? 0) + 1;
  }
  reading.lines.forEach((line, i) => {
    const truth = sample.mrz[i]!;
    if (line.length !== truth.length) return;
    for (let k = 0; k < line.length; k++) {
      if (line[k] !== truth[k]) {
        const key = `${truth[k]}→${line[k]}`;
        tally.confusions[key] = (tally.confusions[key] ?? 0) + 1;
      }
    }
  });
}

async function corpusSamples(): Promise<Sample[]> {
  interface Entry {
    path: string;
    kind: string;
    mrz?: [string, string];
    expect: Record<string, string> | 'unreadable';
  }
  const manifest: Entry[] = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
  return manifest
    .filter((e) => e.kind.startsWith('passport') && e.expect !== 'unreadable')
    .map((e) => ({
      name: e.path,
      kind: e.kind === 'passport-photo' ? 'photo' : 'scan',
      bytes: () => readFile(join(ROOT, e.path)),
      mrz: e.mrz!,
      expect: e.expect as Record<string, string>,
    }));
}

function generatedSamples(font: MrzFont): Sample[] {
  const random = seededRandom(2026);
  return randomPeople(PEOPLE, 1612).flatMap((p) => {
    const lines = td3(p);
    const page = () =>
      sharp(Buffer.from(passportSvg(p, lines, font)))
        .png()
        .toBuffer();
    const variant = randomVariant(random);
    return [
      {
        name: `${p.id} scan`,
        kind: 'scan' as const,
        bytes: async () =>
          sharp(await page())
            .grayscale()
            .jpeg({ quality: 90 })
            .toBuffer(),
        mrz: lines,
        expect: expected(p),
      },
      {
        name: `${p.id} photo (turn ${variant.turn}°, tilt ${variant.tilt}°, blur ${variant.blur}${variant.glare ? ', glare' : ''})`,
        kind: 'photo' as const,
        bytes: async () => photo(await page(), variant),
        mrz: lines,
        expect: expected(p),
      },
    ];
  });
}

function hasOcrB(): boolean {
  try {
    return execFileSync('fc-list', ['OCR B'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

// Both models the MRZ reader uses (line 1 Portuguese first, line 2 English first), started once, on a
// blank strip: what is measured is the workers' start (loading traineddata), not a recognition.
const blank = await sharp({ create: { width: 200, height: 40, channels: 3, background: '#ffffff' } })
  .png()
  .toBuffer();
const loadAtStart = loadavg()[0]!;
const startAt = performance.now();
const startCpu = process.cpuUsage();
await recognize(blank, { language: 'eng', layout: 'line' });
await recognize(blank, { language: 'por', layout: 'line' });
const workerStart = (performance.now() - startAt) / 1000;
const startCpuUsed = process.cpuUsage(startCpu);
const workerStartCpu = (startCpuUsed.user + startCpuUsed.system) / 1e6;

const sets: { title: string; samples: Sample[] }[] = [
  { title: 'Committed corpus (tests/corpus/reading, DejaVu Sans Mono)', samples: await corpusSamples() },
  { title: `Generated, ${PEOPLE} people (DejaVu Sans Mono)`, samples: generatedSamples('DejaVu Sans Mono') },
];
const ocrB = hasOcrB();
if (ocrB) sets.push({ title: `Generated, ${PEOPLE} people (OCR-B)`, samples: generatedSamples('OCR B') });

const failures: string[] = [];
const results: { title: string; scan: Tally; photo: Tally }[] = [];
for (const set of sets) {
  const tallies = { scan: newTally(), photo: newTally() };
  for (const sample of set.samples) {
    const bytes = await sample.bytes();
    const t = performance.now();
    const cpuAt = process.cpuUsage();
    const reading = await readPassportImage(bytes, TODAY);
    const seconds = (performance.now() - t) / 1000;
    const used = process.cpuUsage(cpuAt);
    score(tallies[sample.kind], sample, reading, seconds, (used.user + used.system) / 1e6);
    const right = Object.entries(sample.expect).filter(
      ([k, v]) => reading.status === 'read' && reading.fields[k as keyof typeof reading.fields] === v,
    ).length;
    if (right < Object.keys(sample.expect).length) {
      failures.push(
        `| ${set.title.split(' (')[0]} | ${sample.name} | ${reading.status === 'read' ? 'read' : `unreadable (${reading.reason})`} | ${right}/7 | \`${reading.lines.join(' / ').replace(/\|/g, '\\|')}\` |`,
      );
    }
    process.stderr.write('.');
  }
  results.push({ title: set.title, ...tallies });
}
await closeOcr();
process.stderr.write('\n');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
const row = (title: string, kind: string, t: Tally) =>
  `| ${title} | ${kind} | ${t.right}/${t.fields} (${pct(t.right, t.fields)}) | ${t.read}/${t.images} | ${t.wrongChecked} | ${t.wrongName} | ${median(t.seconds).toFixed(2)} s | ${Math.max(...t.seconds).toFixed(2)} s | ${median(t.cpu).toFixed(2)} s | ${Math.max(...t.cpu).toFixed(2)} s |`;
const topConfusions = (t: Tally) =>
  Object.entries(t.confusions)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ') || 'none';
const missed = (t: Tally) =>
  Object.entries(t.missedFields)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || 'none';
const unreadable = (t: Tally) =>
  Object.entries(t.unreadable)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || 'none';

const body = `# Reading benchmark: passport MRZ, offline (\`npm run bench:reading\`)

Run on ${new Date().toISOString()} — ${cpus()[0]?.model ?? 'CPU'} × ${cpus().length} cores, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(
    ' / ',
  )} (1/5/15 min) at the end (machine shared with other sessions), Node ${process.version}. OCR workers' start, both models (traineddata from node_modules/@tesseract.js-data): ${workerStart.toFixed(2)} s wall, ${workerStartCpu.toFixed(2)} s CPU at load ${loadAtStart.toFixed(1)}, once per process. Times are per image with both OCR workers warm (band location, the 2 × 44 cells matched against glyph templates, and tesseract only for unsure cells or when the cells fail their check digits): wall time, which the machine's load inflates, and the process's CPU time (all its threads), which it does not; on an idle machine one read takes about its CPU time.

| set | kind | fields right | read | read with a checked field wrong | read with a name wrong | wall, median | wall, max | CPU, median | CPU, max |
|---|---|--:|--:|--:|--:|--:|--:|--:|--:|
${results.flatMap((r) => [row(r.title, 'scan', r.scan), row(r.title, 'photo', r.photo)]).join('\n')}
${ocrB ? '' : '\nOCR-B set skipped: the font (Debian fonts-ocr-b) is not installed.\n'}
Where fields were missed (field: images), why images were unreadable, and the commonest character confusions (expected→read, on lines read at the right length):

${results
  .flatMap((r) =>
    (['scan', 'photo'] as const).map(
      (k) => `- ${r.title}, ${k}: missed ${missed(r[k])}; unreadable ${unreadable(r[k])}; confusions ${topConfusions(r[k])}`,
    ),
  )
  .join('\n')}

Images with a field not read right:

| set | image | result | fields right | lines read |
|---|---|---|--:|---|
${failures.join('\n') || '| – | none | | | |'}

Targets (issue 16): every field from clean scans, ≥ 95 % of fields from phone photos, a wrong check digit unreadable (tests/integration/reading/reading-corpus.test.ts), one passport photo read in under 3 s.
`;
await writeResultsSection('reading-bench', body);
console.log(body);
