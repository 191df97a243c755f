import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { prepareCase } from '../../../electron/engine/pipeline';
import { CORPUS } from '../../corpus';
import { CONSTRUCTS, hostilePdf } from '../sanitize/hostile';

const run = promisify(execFile);

/**
 * A seeded fuzz run of the whole pipeline (read → decrypt/repair/convert → sanitise → compress
 * → validate → write): mutants of corpus files and hostile PDFs, each prepared as a case. It
 * records crashes (prepareCase throwing instead of reporting), hangs (a mutant over its time
 * budget) and outputs rated ready that poppler cannot render without errors — a second,
 * independent renderer standing in for whatever opens the file at AIMA.
 */
export interface FuzzOptions {
  seed: number;
  mutants: number;
  /** Stop starting new mutants after this long (the run stays bounded on a slow machine). */
  budgetMs: number;
  /** A mutant taking longer than this is a hang. */
  perMutantMs: number;
  workDir: string;
  log?: (line: string) => void;
}

export interface FuzzFinding {
  mutant: string;
  kind: 'crash' | 'hang' | 'ready-but-broken';
  detail: string;
}

export interface FuzzResult {
  done: number;
  ready: number;
  rendered: number;
  findings: FuzzFinding[];
  /** Outputs rated ready that poppler faults for JBIG2 data damage no shipped decoder reports. */
  knownLimits: FuzzFinding[];
  elapsedMs: number;
}

/** Seeds: small corpus scans (JPEG, CCITT, JBIG2, Flate), photos, broken files, and hostile PDFs. */
const CORPUS_SEEDS = [
  'scans/ccitt.pdf',
  'scans/jbig2.pdf',
  'scans/cardinal.pdf',
  'scans/epson.pdf',
  'scans/kcs.pdf',
  'scans/linn.pdf',
  'scans/skew.pdf',
  'scans/c02-22.pdf',
  'images/exif_orientation_6.jpg',
  'images/baiona_palette.png',
  'broken/bad_stream_length.pdf',
];

/** mulberry32: a small seeded generator, so a failing run can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(input: Uint8Array, random: () => number): { bytes: Uint8Array; how: string } {
  const bytes = new Uint8Array(input);
  const at = () => Math.floor(random() * bytes.length);
  const kind = Math.floor(random() * 5);
  switch (kind) {
    case 0: {
      const n = 1 + Math.floor(random() * 16);
      for (let i = 0; i < n; i++) bytes[at()] = Math.floor(random() * 256);
      return { bytes, how: `${n} random bytes` };
    }
    case 1: {
      const start = at();
      const length = Math.min(bytes.length - start, 1 + Math.floor(random() * 512));
      for (let i = 0; i < length; i++) bytes[start + i] = Math.floor(random() * 256);
      return { bytes, how: `${length} bytes overwritten at ${start}` };
    }
    case 2: {
      const end = Math.max(1, Math.floor(bytes.length * (0.3 + random() * 0.69)));
      return { bytes: bytes.subarray(0, end), how: `truncated to ${end}` };
    }
    case 3: {
      const start = at();
      const length = Math.min(bytes.length - start, 1 + Math.floor(random() * 2048));
      const out = new Uint8Array(bytes.length + length);
      out.set(bytes.subarray(0, start + length));
      out.set(bytes.subarray(start, start + length), start + length);
      out.set(bytes.subarray(start + length), start + 2 * length);
      return { bytes: out, how: `${length} bytes duplicated at ${start}` };
    }
    default: {
      // Flip bits inside what looks like stream data (after a "stream" keyword): decoder-level damage.
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const starts: number[] = [];
      for (let i = text.indexOf('stream'); i >= 0 && starts.length < 200; i = text.indexOf('stream', i + 6)) starts.push(i + 8);
      const base = starts.length ? starts[Math.floor(random() * starts.length)]! : at();
      const n = 1 + Math.floor(random() * 8);
      for (let i = 0; i < n; i++) {
        const p = Math.min(bytes.length - 1, base + Math.floor(random() * 4096));
        bytes[p] = bytes[p]! ^ (1 << Math.floor(random() * 8));
      }
      return { bytes, how: `${n} bits flipped in stream data near ${base}` };
    }
  }
}

/**
 * poppler's image decoder errors on a file (CCITT, JBIG2, JPEG, JPX, Flate). Content-stream
 * syntax complaints ("Too few args to 'Tm'") are not decoder errors: a mutated operator draws
 * text slightly wrong, and the page is still judged by the person who checks the output.
 */
export async function popplerErrors(pdf: string, outPrefix: string): Promise<string[]> {
  try {
    const { stderr } = await run('pdftoppm', ['-r', '12', '-gray', pdf, outPrefix], { timeout: 60_000 });
    return stderr.split('\n').filter((line) => /error/i.test(line) && /CCITT|JBIG2|segment|DCT|JPEG|JPX|flate|image/i.test(line));
  } catch (error) {
    return [`pdftoppm failed: ${(error as { stderr?: string }).stderr ?? String(error)}`.slice(0, 300)];
  }
}

/**
 * Damage only poppler sees, that no decoder shipped with the app reports: inside JBIG2
 * arithmetic-coded data pdf.js decodes garbage without a word, where poppler finds bytes left
 * over after a segment. Reported apart (a known limit, see the engine README), not hidden.
 */
export function isUndetectableJbig2(detail: string): boolean {
  return detail.split(' | ').every((line) => /extraneous bytes? after segment/i.test(line));
}

/**
 * Damage inside CCITT G4 data that pdf.js reports only as "Bad two dim code" — the same message
 * it gives at the end of a valid scanner's G4 page without an end-of-block mark, so the validate
 * stage cannot count it without failing good scans (see decode-check.ts). A known limit too.
 */
export function isUndetectableCcitt(detail: string): boolean {
  return detail.split(' | ').every((line) => /bad two dim code .* in CCITTFax stream/i.test(line));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout;
  return Promise.race([promise, new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)))]).finally(
    () => clearTimeout(timer),
  );
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const random = rng(options.seed);
  const seeds: { name: string; bytes: Uint8Array }[] = [];
  for (const path of CORPUS_SEEDS) seeds.push({ name: path, bytes: new Uint8Array(await readFile(join(CORPUS, path))) });
  seeds.push({ name: 'hostile-all.pdf', bytes: await hostilePdf(CONSTRUCTS) });

  const started = Date.now();
  const result: FuzzResult = { done: 0, ready: 0, rendered: 0, findings: [], knownLimits: [], elapsedMs: 0 };
  await mkdir(options.workDir, { recursive: true });
  for (let i = 0; i < options.mutants && Date.now() - started < options.budgetMs; i++) {
    const seed = seeds[Math.floor(random() * seeds.length)]!;
    const { bytes, how } = mutate(seed.bytes, random);
    const extension = seed.name.slice(seed.name.lastIndexOf('.'));
    const name = `mutant-${options.seed}-${i}${extension}`;
    const label = `${name} (${seed.name}: ${how})`;
    const dir = join(options.workDir, `m${i}`);
    await mkdir(dir, { recursive: true });
    const input = join(dir, name);
    await writeFile(input, bytes);
    const outputDir = join(dir, 'out');
    try {
      const outcome = await withTimeout(
        prepareCase([{ categoryId: 'passport', items: [{ path: input }] }], { outputDir, limitBytes: 4_000_000 }),
        options.perMutantMs,
      );
      if (outcome === 'timeout') {
        result.findings.push({ mutant: label, kind: 'hang', detail: `over ${options.perMutantMs} ms` });
        continue;
      }
      const output = outcome.report.categories[0]?.output;
      const verdict = output?.validation?.verdict;
      if (output && (verdict === 'ready' || verdict === 'ready-with-warnings')) {
        result.ready++;
        const errors = await popplerErrors(join(outputDir, output.fileName), join(dir, 'page'));
        result.rendered++;
        const detail = errors.slice(0, 3).join(' | ');
        if (errors.length > 0 && (isUndetectableJbig2(detail) || isUndetectableCcitt(detail)))
          result.knownLimits.push({ mutant: label, kind: 'ready-but-broken', detail });
        else if (errors.length > 0) result.findings.push({ mutant: label, kind: 'ready-but-broken', detail });
      }
    } catch (error) {
      result.findings.push({ mutant: label, kind: 'crash', detail: String((error as Error)?.stack ?? error).slice(0, 500) });
    } finally {
      result.done++;
      await rm(dir, { recursive: true, force: true });
    }
    if (result.done % 25 === 0)
      options.log?.(`${result.done} mutants, ${result.ready} rated ready, ${result.findings.length} findings`);
  }
  result.elapsedMs = Date.now() - started;
  return result;
}
