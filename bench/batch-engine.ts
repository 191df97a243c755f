/**
 * What preparing the batch's documents costs, split by input and by stage (issue 16, Must show 6).
 *
 * Each distinct (category, source file) the 50-client batch holds is prepared alone, in this process, through
 * the engine's own stages called one after the other as the pipeline calls them (pipeline.ts, prepare-input.ts,
 * finish.ts): read + detect, decrypt/repair (PDF) with the decode budget, convert (image), sanitise, compress,
 * validate, write. A category of the bench holds one input, so "merge" passes it through and costs nothing.
 * CPU time is the whole process's (`process.cpuUsage()`: libvips's threads, the pdf.js and HEIC workers and the
 * compressor's page workers included); on a shared machine it is the figure that does not grow with the load.
 * "× in batch" is how often a batch of N clients prepares that input; CPU × count is its share of the batch.
 *
 * The output's SHA-256 is kept per input so a change to the engine can be checked for byte-identical outputs
 * (`BENCH_ENGINE_ONLY=1 npm run bench:batch` writes them to BENCH_ENGINE_JSON when set).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { megabytesToBytes } from '../shared/rules/upload-limit';
import { DEFAULT_LIMIT_MB } from '../shared/batch/settings';
import { categoryById } from '../shared/rules/categories';
import { isSupportedKind } from '../shared/engine/inputs';
import { listClientFolders, scanClientFolder } from '../electron/clients/scan';
import { clientPasswords, passwordFor } from '../electron/clients/passwords';
import { readInput } from '../electron/engine/stages/read-input';
import { detectKind } from '../electron/engine/detect';
import { openPdf } from '../electron/engine/pdf/open-pdf';
import { checkDecodeBudget } from '../electron/engine/pdf/decode-budget';
import { imageToPdf } from '../electron/engine/image/images-to-pdf';
import { sanitizePdf } from '../electron/engine/sanitize';
import { compressPdf } from '../electron/engine/compress';
import { validatePdf } from '../electron/engine/validate';
import { writeFileAtomic } from '../electron/common/atomic-write';
import { CORPUS } from './batch-clients';

export const ENGINE_STAGES = ['read', 'decrypt', 'convert', 'sanitize', 'compress', 'validate', 'write'] as const;
export type EngineStage = (typeof ENGINE_STAGES)[number];

export interface EngineCost {
  /** category · source file (relative to the corpus). */
  kind: string;
  count: number;
  /** CPU seconds per stage (whole process). */
  cpu: Record<EngineStage, number>;
  wallSeconds: number;
  cpuSeconds: number;
  outputBytes: number;
  /**
   * SHA-256 of the written output (first 12 hex digits) with the trailer's /ID blanked: the byte-identity check
   * across engine changes. qpdf gives every rewrite a new second /ID element (as PDF 32000 7.5.5 asks), so two
   * runs of the same engine differ there and nowhere else.
   */
  sha: string;
  verdict: string;
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const stableHashOf = (bytes: Uint8Array) =>
  hashOf(
    Buffer.from(
      Buffer.from(bytes)
        .toString('latin1')
        .replace(/\/ID\s*\[\s*<[0-9a-fA-F]*>\s*<[0-9a-fA-F]*>\s*\]/g, '/ID[]'),
      'latin1',
    ),
  );

/** Source name of each corpus file by content (bench clients hold copies). */
async function corpusSources(): Promise<Map<string, string>> {
  const { readdir } = await import('node:fs/promises');
  const sources = new Map<string, string>();
  const roots = [CORPUS, join(import.meta.dirname, '..', 'tests', 'corpus')];
  for (const root of roots) {
    for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || entry.name.endsWith('.json')) continue;
      const path = join(entry.parentPath, entry.name);
      const key = hashOf(await readFile(path));
      // The reading corpus's unnamed/ folder holds copies of its passports and certificates: name the originals.
      const name = path.slice(root.length + 1);
      if (!sources.has(key) || sources.get(key)!.includes('/unnamed/')) sources.set(key, name);
    }
  }
  return sources;
}

interface Distinct {
  categoryId: string;
  path: string;
  password?: string;
  count: number;
}

/** Every (category, source) the batch prepares, with how often; loose files whose name decides nothing by what they are. */
async function distinctInputs(clientsFolder: string): Promise<Map<string, Distinct>> {
  const sources = await corpusSources();
  const distinct = new Map<string, Distinct>();
  for (const name of await listClientFolders(clientsFolder)) {
    const scan = await scanClientFolder(join(clientsFolder, name));
    const { passwords } = await clientPasswords(scan.passwordsPath, undefined);
    const files = [
      ...scan.inputs.flatMap((input) => input.files.map((file) => ({ ...file, categoryId: input.categoryId as string }))),
      // The bench's unnamed files: passport photos (.jpg) and Finanças certificates (.pdf); the batch sorts them there.
      ...scan.unsorted.map((file) => ({
        path: join(scan.dir, file.relPath),
        relPath: file.relPath,
        categoryId: file.relPath.endsWith('.jpg') ? 'passport' : 'financas-no-debt',
      })),
    ];
    for (const file of files) {
      const bytes = await readFile(file.path);
      const key = `${file.categoryId} · ${sources.get(hashOf(bytes)) ?? file.relPath}`;
      const entry = distinct.get(key);
      if (entry) entry.count += 1;
      else {
        const password = passwordFor(passwords, file.relPath);
        distinct.set(key, {
          categoryId: file.categoryId,
          path: file.path,
          ...(password !== undefined ? { password } : {}),
          count: 1,
        });
      }
    }
  }
  return distinct;
}

const cpuSince = (at: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(at);
  return (used.user + used.system) / 1e6;
};

/** One input through the engine's stages, each timed; the output written like the pipeline writes it. */
async function prepareOne(entry: Distinct, outDir: string, limitBytes: number): Promise<Omit<EngineCost, 'kind' | 'count'>> {
  const cpu = Object.fromEntries(ENGINE_STAGES.map((s) => [s, 0])) as Record<EngineStage, number>;
  const started = performance.now();
  const allStarted = process.cpuUsage();
  const timed = async <T>(stage: EngineStage, work: () => Promise<T>): Promise<T> => {
    const at = process.cpuUsage();
    try {
      return await work();
    } finally {
      cpu[stage] += cpuSince(at);
    }
  };
  const category = categoryById(entry.categoryId);
  const photographic = category?.pageClasses !== undefined && category.pageClasses.every((c) => c === 'photo');
  const input = await timed('read', () => readInput(entry.path));
  const kind = detectKind(input.bytes);
  if (!isSupportedKind(kind)) throw new Error(`${entry.path}: ${kind}`);
  let pdf: Uint8Array;
  if (kind === 'pdf') {
    pdf = await timed('decrypt', async () => {
      const opened = await openPdf(input.bytes, { file: input.name, password: entry.password });
      await checkDecodeBudget(opened.bytes, input.name);
      return opened.bytes;
    });
  } else {
    pdf = await timed(
      'convert',
      async () => (await imageToPdf(input.bytes, kind, input.name, undefined, { evenLight: !photographic })).bytes,
    );
  }
  pdf = await timed('sanitize', async () => (await sanitizePdf(pdf)).bytes);
  const compressed = await timed('compress', () => compressPdf(pdf, { limitBytes, pageClasses: category?.pageClasses }));
  const validation = await timed('validate', () => validatePdf(compressed.bytes, { limitBytes }));
  await timed('write', async () => {
    await writeFileAtomic(join(outDir, 'out.pdf'), compressed.bytes);
    hashOf(compressed.bytes);
  });
  return {
    cpu,
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuSince(allStarted),
    outputBytes: compressed.bytes.byteLength,
    sha: stableHashOf(compressed.bytes).slice(0, 12),
    verdict: validation.verdict,
  };
}

/**
 * Every distinct input of the batch prepared alone (after one warm-up, so module loading and the first qpdf/pdf.js
 * start are not charged to the first input), largest share first.
 */
export async function engineCosts(clientsFolder: string, limitMb = DEFAULT_LIMIT_MB): Promise<EngineCost[]> {
  const distinct = await distinctInputs(clientsFolder);
  const outDir = await mkdtemp(join(tmpdir(), 'aima-bench-engine-'));
  const limitBytes = megabytesToBytes(limitMb);
  try {
    const first = [...distinct.values()].find((d) => d.path.endsWith('.png'));
    if (first) await prepareOne(first, outDir, limitBytes);
    const costs: EngineCost[] = [];
    // BENCH_ENGINE_REPEAT=n: each input prepared n times, the run with the least CPU time kept (a shared machine
    // only ever adds to a run's CPU time: other processes' cache and memory traffic, never less work).
    const repeat = Math.max(1, Number(process.env.BENCH_ENGINE_REPEAT ?? 1));
    for (const [kind, entry] of distinct) {
      process.stderr.write(`  engine: ${kind}…\n`);
      let best: Awaited<ReturnType<typeof prepareOne>> | null = null;
      for (let i = 0; i < repeat; i++) {
        const run = await prepareOne(entry, outDir, limitBytes);
        if (!best || run.cpuSeconds < best.cpuSeconds) best = run;
      }
      costs.push({ kind, count: entry.count, ...best! });
    }
    return costs.sort((a, b) => b.cpuSeconds * b.count - a.cpuSeconds * a.count);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** The section's table: per input, CPU per stage and in all, and × count. */
export function engineTable(costs: readonly EngineCost[]): string {
  const head = `| category · source | × in batch | ${ENGINE_STAGES.join(' | ')} | CPU (s) | wall (s) | CPU × count (s) | output (kB) | verdict |`;
  const rule = `| --- | --: | ${ENGINE_STAGES.map(() => '--:').join(' | ')} | --: | --: | --: | --: | --- |`;
  const rows = costs.map(
    (c) =>
      `| ${c.kind} | ${c.count} | ${ENGINE_STAGES.map((s) => c.cpu[s].toFixed(2)).join(' | ')} | ${c.cpuSeconds.toFixed(2)} | ${c.wallSeconds.toFixed(2)} | ${(c.cpuSeconds * c.count).toFixed(1)} | ${(c.outputBytes / 1024).toFixed(0)} | ${c.verdict} |`,
  );
  const byStage = ENGINE_STAGES.map((s) => `${s} ${costs.reduce((sum, c) => sum + c.cpu[s] * c.count, 0).toFixed(1)} s`).join(
    ', ',
  );
  const total = costs.reduce((sum, c) => sum + c.cpuSeconds * c.count, 0);
  return `${[head, rule, ...rows].join('\n')}\n\nPreparation in this batch ≈ ${total.toFixed(0)} s of CPU time by this table (${byStage}).`;
}
