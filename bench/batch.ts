/**
 * npm run bench:batch — 50 clients × 6 documents of mixed inputs prepared by
 * `aima-prep batch` with --jobs 1 and --jobs 2: wall time and peak RSS of the
 * whole process (worker threads included), written to bench/results.md in its
 * own section (other benchmarks share the file; only this section is replaced).
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`), which reads the
 * kernel's maximum resident set size of the CLI process.
 *
 * Reading (issue 16): one client in five has a passport photo and a Finanças certificate whose
 * names decide nothing, so the batch reads them (MRZ by OCR; text layer or OCR of a scan) to sort
 * them. The section reports how many were sorted right, and what one reading of each kind costs
 * on its own (warm OCR workers, this process), to tell the reading's share of the batch's time.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { closeOcr } from '../electron/reading/ocr';
import { checkDecodeBudget } from '../electron/engine/pdf/decode-budget';
import { readDocument } from '../electron/reading/read-document';
import { batchSummarySchema, type BatchSummary } from '../shared/batch/summary';
import { buildBenchClients, unnamedFilesOf } from './batch-clients';
import { writeResultsSection } from './results-file';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const CLI = join(import.meta.dirname, '../electron/cli/aima-prep.mjs');
const TARGET_SECONDS = 60;

interface Run {
  jobs: number;
  seconds: number;
  peakRssMb: number;
  cpuSeconds: number;
  summary: BatchSummary;
}

function runBatch(clients: string, out: string, jobs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const rssFile = join(out, '..', `rss-${jobs}.txt`);
    const child = spawn(
      '/usr/bin/time',
      ['-f', '%M %U %S', '-o', rssFile, process.execPath, CLI, 'batch', clients, '--out', out, '--jobs', String(jobs), '--json'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    const finish = async (code: number | null): Promise<Run> => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0 && code !== 1) throw new Error(`aima-prep exited with ${code}`);
      const [rssKb, user, system] = ((await readFile(rssFile, 'utf8')).trim().split('\n').pop() ?? '').split(' ').map(Number);
      const peakRssMb = (rssKb ?? 0) / 1024;
      const cpuSeconds = (user ?? 0) + (system ?? 0);
      return { jobs, seconds, peakRssMb, cpuSeconds, summary: batchSummarySchema.parse(JSON.parse(stdout)) };
    };
    child.on('exit', (code) => {
      void finish(code).then(resolve, reject);
    });
  });
}

interface ReadingCost {
  kind: string;
  seconds: number;
}

/** One reading of each kind the batch does, timed warm in this process (workers started by a first read). */
async function readingCosts(): Promise<ReadingCost[]> {
  const today = new Date().toISOString().slice(0, 10);
  const files = unnamedFilesOf(1);
  const scanned = unnamedFilesOf(5)['financas-no-debt']!.file;
  const kinds: [string, string][] = [
    ['passport photo (MRZ band, OCR)', files.passport!.file],
    ['Finanças certificate, text layer (pdf.js)', files['financas-no-debt']!.file],
    ['Finanças certificate, scan (OCR of the header region)', scanned],
  ];
  for (const [, file] of kinds) await readDocument(file, { today, checkPdf: checkDecodeBudget }); // start the workers, load the models
  const costs: ReadingCost[] = [];
  for (const [kind, file] of kinds) {
    const t = performance.now();
    await readDocument(file, { today, checkPdf: checkDecodeBudget });
    costs.push({ kind, seconds: (performance.now() - t) / 1000 });
  }
  await closeOcr();
  return costs;
}

/** Files sorted by their content in a run, and how many landed in the category they belong to. */
function sortedByContent(run: Run): { sorted: number; right: number } {
  let sorted = 0;
  let right = 0;
  for (const row of run.summary.rows) {
    for (const problem of row.problems.filter((p) => p.code === 'FILE_SORTED_BY_CONTENT')) {
      sorted += 1;
      const expected = problem.file?.endsWith('.jpg') ? 'passport' : 'financas-no-debt';
      if (problem.params?.category === expected) right += 1;
    }
  }
  return { sorted, right };
}

function section(
  runs: Run[],
  documents: number,
  inputBytes: number,
  unnamed: number,
  costs: ReadingCost[],
  load: number[],
): string {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const rows = runs.map((run) => {
    const t = run.summary.totals;
    const outMb = run.summary.rows.reduce((sum, row) => sum + row.outputBytes, 0) / 1024 / 1024;
    const read = sortedByContent(run);
    return `| ${run.jobs} | ${run.seconds.toFixed(1)} | ${run.cpuSeconds.toFixed(1)} | ${run.peakRssMb.toFixed(0)} | ${t.ready} / ${t.needsAttention} / ${t.failed} | ${read.right} / ${unnamed} (${read.sorted} sorted) | ${outMb.toFixed(1)} |`;
  });
  const two = runs.find((run) => run.jobs === 2);
  const verdict = two
    ? `Target (under ${TARGET_SECONDS} s with 2 jobs): **${two.seconds < TARGET_SECONDS ? 'met' : 'not met'}** (${two.seconds.toFixed(1)} s).`
    : '';
  return `## Batch: ${CLIENTS} clients × 6 documents (\`npm run bench:batch\`)

Run on ${date} UTC · ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}) · ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM · Node ${process.version} · load average before the run ${load.map((l) => l.toFixed(1)).join(' / ')}.

Inputs: ${documents} documents (${(inputBytes / 1024 / 1024).toFixed(1)} MB) from \`shared/corpus\`: scanned PDFs (JPEG, CCITT G4, JBIG2), a 6-page scan, photos (EXIF-rotated and CMYK JPEG, HEIC, WebP, 16-bit and palette PNG, PNG with alpha), a 3-page TIFF, and encrypted PDFs (RC4 and AES, passwords in passwords.json); half the clients in category subfolders, half as loose files sorted by keyword. Each run starts from an empty output folder (no resume). Wall time of the whole \`aima-prep batch\` process; its CPU time and peak RSS (worker threads included) from GNU time. The machine is shared: when the load average is above the number of cores, wall time mostly measures waiting, and CPU time is the fairer figure.

Reading (issue 16): ${unnamed} of the documents (a passport photo and a Finanças certificate in one client in five; the certificates alternately with a text layer and scanned) are named \`scan0001.jpg\`, \`scan0002.pdf\` …, so the batch reads them to sort them by content (they come from \`tests/corpus/reading\`). Column "sorted by content": files that landed in their right category / files with such names.

| --jobs | wall time (s) | CPU time, user + system (s) | peak RSS (MB) | ready / need attention / failed | sorted by content | output (MB) |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

${verdict}

What one reading costs (warm, measured in the benchmark's own process right after the runs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}):

| reading | time (s) |
| --- | --: |
${costs.map((c) => `| ${c.kind} | ${c.seconds.toFixed(2)} |`).join('\n')}

Reading in this batch ≈ ${(unnamed / 2).toFixed(0)} passport photos + ${(unnamed / 4).toFixed(0)} text-layer and ${(unnamed / 4).toFixed(0)} scanned certificates ≈ ${((unnamed / 2) * costs[0]!.seconds + (unnamed / 4) * (costs[1]!.seconds + costs[2]!.seconds)).toFixed(1)} s of OCR worker time.`;
}

const root = await mkdtemp(join(tmpdir(), 'aima-bench-batch-'));
try {
  const clients = join(root, 'clients');
  const { documents, bytes, unnamed } = await buildBenchClients(clients, CLIENTS);
  const load = loadavg();
  const runs: Run[] = [];
  // BENCH_JOBS=2 runs only that one (a loaded machine cannot afford both in a session).
  for (const jobs of (process.env.BENCH_JOBS ?? '1,2').split(',').map(Number)) {
    process.stderr.write(`bench:batch: ${CLIENTS} clients, --jobs ${jobs}…\n`);
    const run = await runBatch(clients, join(root, `out-${jobs}`), jobs);
    process.stderr.write(`  ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB\n`);
    runs.push(run);
  }
  const costs = await readingCosts();
  const text = section(runs, documents, bytes, unnamed, costs, load);
  await writeResultsSection('bench:batch', text);
  process.stdout.write(`${text}\n`);
} finally {
  await rm(root, { recursive: true, force: true });
}
