/**
 * `npm run bench:cli`: start-up of the command line, from the TypeScript sources through tsx (how a
 * checkout ran it: electron/cli/aima-prep.mjs) versus the built bundle the app ships (out/main/cli.js,
 * which the installed app runs on its Electron as Node; Node stands in for it here). Two commands:
 * `--help` (start-up alone) and a one-file `prepare` (one phone photo → passport.pdf, with the batch
 * machinery and a worker thread). Wall time of the whole process, median and min of several runs,
 * after one unmeasured warm-up run each (tsx keeps a compile cache, the OS a file cache). Written to
 * bench/results.md in its own section.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CORPUS } from '../tests/corpus';
import { CLI_NODE, cliNodeVersion } from './launcher';
import { writeResultsSection } from './results-file';

const RUNS = 7;
const root = join(import.meta.dirname, '..');
const launchers = [
  { label: 'sources through tsx (`electron/cli/aima-prep.mjs`)', entry: join(root, 'electron', 'cli', 'aima-prep.mjs') },
  { label: 'built bundle (`out/main/cli.js`, shipped in the app)', entry: join(root, 'out', 'main', 'cli.js') },
];

async function timeRun(entry: string, args: string[], cwd: string): Promise<number> {
  const started = performance.now();
  await promisify(execFile)(CLI_NODE, [entry, ...args], { cwd }).catch((error: { code?: number }) => {
    // `prepare` exits 1 when the client still misses documents: expected here, not a failure.
    if (error.code !== 1) throw error;
  });
  return (performance.now() - started) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'aima-bench-cli-'));
  try {
    const client = join(work, 'ana');
    await mkdir(join(client, 'passport'), { recursive: true });
    await copyFile(join(CORPUS, 'images', 'exif_orientation_6.jpg'), join(client, 'passport', 'photo.jpg'));
    const commands = [
      { label: '`aima-prep --help`', args: () => ['--help'] },
      {
        label: '`aima-prep prepare` (one photo)',
        args: (run: number) => ['prepare', client, '--out', join(work, `out-${run}`), '--force'],
      },
    ];
    const rows: string[] = [];
    for (const command of commands) {
      for (const launcher of launchers) {
        await timeRun(launcher.entry, command.args(-1), work); // warm-up
        const times: number[] = [];
        for (let run = 0; run < RUNS; run += 1) times.push(await timeRun(launcher.entry, command.args(run), work));
        const line = `| ${command.label} | ${launcher.label} | ${median(times).toFixed(2)} s | ${Math.min(...times).toFixed(2)} s |`;
        console.log(line);
        rows.push(line);
      }
    }
    const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
    await writeResultsSection(
      'cli-startup',
      `# Command-line start-up: sources through tsx vs the shipped bundle

Run on ${new Date().toISOString()} — ${cpu} × ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${cliNodeVersion()}, load average ${loadavg()[0]!.toFixed(1)} (the cores are shared, so times are noisy).

Wall time of the whole process (\`npm run bench:cli\`), ${RUNS} runs after one warm-up run. The installed app runs the same bundle on its Electron as Node (\`packaging/cli/\`); Node stands in for it here.

| command | how it runs | median | min |
|---|---|--:|--:|
${rows.join('\n')}
`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
