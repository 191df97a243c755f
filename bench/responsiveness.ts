/**
 * `npm run bench:responsiveness`: how long the app's main thread is blocked
 * while the document engine prepares the largest bench input (a 30-page
 * 300-dpi scan of about 79 MB), with the engine on the calling thread versus
 * on its own thread (what the app does). Measured with Node's event-loop delay
 * histogram: in Electron, a blocked main thread is a frozen window. Written to
 * bench/results.md in its own section.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { EngineThread } from '../electron/engine/worker/engine-thread';
import { inProcessEngine } from '../electron/engine/worker/in-process';
import type { DocumentEngine } from '../electron/engine/worker/protocol';
import { writeResultsSection } from './results-file';
import { scannedPdf } from './scan-generator';

interface Measure {
  label: string;
  seconds: number;
  maxBlockMs: number;
  p99BlockMs: number;
}

async function measure(label: string, engine: DocumentEngine, input: string, outputDir: string): Promise<Measure> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const started = performance.now();
  await engine.prepare(
    {
      categories: [{ categoryId: 'income-proof', items: [{ path: input }] }],
      outputDir,
      limitBytes: 1_000_000,
      expectedCategories: [],
      locale: 'en',
    },
    () => undefined,
  );
  histogram.disable();
  return {
    label,
    seconds: (performance.now() - started) / 1000,
    maxBlockMs: histogram.max / 1e6,
    p99BlockMs: histogram.percentile(99) / 1e6,
  };
}

function section(measures: Measure[], inputMb: number, load: number[]): string {
  const rows = measures.map(
    (m) => `| ${m.label} | ${m.seconds.toFixed(1)} s | ${Math.round(m.maxBlockMs)} ms | ${Math.round(m.p99BlockMs)} ms |`,
  );
  return [
    '## Responsiveness: main-thread blocking while preparing (`npm run bench:responsiveness`)',
    '',
    `Input: a generated 30-page 300-dpi grey scan, ${inputMb.toFixed(1)} MB, prepared under the 1 MB limit. Load average at start: ${load.map((l) => l.toFixed(1)).join(' ')}.`,
    '',
    '| Engine | Wall time | Longest main-thread block | 99th percentile |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    'The app runs the engine on its own thread (electron/engine/worker/): the window keeps repainting and taking input while a large scan is prepared.',
  ].join('\n');
}

const work = await mkdtemp(join(tmpdir(), 'aima-bench-responsive-'));
try {
  const input = join(work, 'scan-a4-300dpi-grey-30p.pdf');
  const bytes = await scannedPdf(30, 300, { colour: false, quality: 90, seed: 21 });
  await writeFile(input, bytes);
  const load = loadavg();
  const thread = new EngineThread();
  await thread.inspect([{ path: input }]); // the thread is started before the measure, as it is in a running app
  const measures = [
    await measure('on the calling thread', inProcessEngine, input, join(work, 'out-1')),
    await measure('on its own thread (the app)', thread, input, join(work, 'out-2')),
  ];
  await thread.close();
  const text = section(measures, bytes.length / 1e6, load);
  await writeResultsSection('bench:responsiveness', text);
  process.stdout.write(`${text}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}
