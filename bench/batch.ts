/**
 * npm run bench:batch — 50 clients × 6 documents of mixed inputs prepared by
 * `aima-prep batch` with --jobs 1 and --jobs 2: wall time and peak RSS of the
 * whole process (worker threads included), written to bench/results.md in its
 * own section (other benchmarks share the file; only this section is replaced).
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`), which reads the
 * kernel's maximum resident set size of the CLI process.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { batchSummarySchema, type BatchSummary } from '../shared/batch/summary';
import { buildBenchClients } from './batch-clients';
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

function section(runs: Run[], documents: number, inputBytes: number, load: number[]): string {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const rows = runs.map((run) => {
    const t = run.summary.totals;
    const outMb = run.summary.rows.reduce((sum, row) => sum + row.outputBytes, 0) / 1024 / 1024;
    return `| ${run.jobs} | ${run.seconds.toFixed(1)} | ${run.cpuSeconds.toFixed(1)} | ${run.peakRssMb.toFixed(0)} | ${t.ready} / ${t.needsAttention} / ${t.failed} | ${outMb.toFixed(1)} |`;
  });
  const two = runs.find((run) => run.jobs === 2);
  const verdict = two
    ? `Target (under ${TARGET_SECONDS} s with 2 jobs): **${two.seconds < TARGET_SECONDS ? 'met' : 'not met'}** (${two.seconds.toFixed(1)} s).`
    : '';
  return `## Batch: ${CLIENTS} clients × 6 documents (\`npm run bench:batch\`)

Run on ${date} UTC · ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}) · ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM · Node ${process.version} · load average before the run ${load.map((l) => l.toFixed(1)).join(' / ')}.

Inputs: ${documents} documents (${(inputBytes / 1024 / 1024).toFixed(1)} MB) from \`shared/corpus\`: scanned PDFs (JPEG, CCITT G4, JBIG2), a 6-page scan, photos (EXIF-rotated and CMYK JPEG, HEIC, WebP, 16-bit and palette PNG, PNG with alpha), a 3-page TIFF, and encrypted PDFs (RC4 and AES, passwords in passwords.json); half the clients in category subfolders, half as loose files sorted by keyword. Each run starts from an empty output folder (no resume). Wall time of the whole \`aima-prep batch\` process; its CPU time and peak RSS (worker threads included) from GNU time. The machine is shared: when the load average is above the number of cores, wall time mostly measures waiting, and CPU time is the fairer figure.

| --jobs | wall time (s) | CPU time, user + system (s) | peak RSS (MB) | ready / need attention / failed | output (MB) |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

${verdict}`;
}

const root = await mkdtemp(join(tmpdir(), 'aima-bench-batch-'));
try {
  const clients = join(root, 'clients');
  const { documents, bytes } = await buildBenchClients(clients, CLIENTS);
  const load = loadavg();
  const runs: Run[] = [];
  for (const jobs of [1, 2]) {
    process.stderr.write(`bench:batch: ${CLIENTS} clients, --jobs ${jobs}…\n`);
    const run = await runBatch(clients, join(root, `out-${jobs}`), jobs);
    process.stderr.write(`  ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB\n`);
    runs.push(run);
  }
  const text = section(runs, documents, bytes, load);
  await writeResultsSection('bench:batch', text);
  process.stdout.write(`${text}\n`);
} finally {
  await rm(root, { recursive: true, force: true });
}
