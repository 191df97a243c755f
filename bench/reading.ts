/**
 * The cost and accuracy of reading passports offline (electron/reading): every passport image of
 * the generated reading corpus (tests/corpus/reading), with the OCR worker already started (its
 * one-time start is measured on its own). Writes the `reading-bench` section of bench/results.md.
 *
 *   npm run bench:reading
 */
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { closeOcr, recognize } from '../electron/reading/ocr';
import { readPassportImage } from '../electron/reading/read-passport';
import { writeResultsSection } from './results-file';

const ROOT = join(import.meta.dirname, '..', 'tests', 'corpus', 'reading');
const TODAY = '2026-12-01';
interface Entry {
  path: string;
  kind: string;
  expect: Record<string, string> | 'unreadable';
}

const manifest: Entry[] = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
const startAt = performance.now();
await recognize(await readFile(join(ROOT, 'passports', 'usa-scan.jpg')), { language: 'eng', layout: 'auto' });
const workerStart = (performance.now() - startAt) / 1000;

const rows: string[] = [];
const totals: Record<string, { fields: number; right: number; seconds: number[] }> = {};
for (const entry of manifest.filter((e) => e.kind.startsWith('passport') && e.expect !== 'unreadable')) {
  const bytes = await readFile(join(ROOT, entry.path));
  const t = performance.now();
  const reading = await readPassportImage(bytes, TODAY);
  const seconds = (performance.now() - t) / 1000;
  const expected = entry.expect as Record<string, string>;
  const right = Object.entries(expected).filter(
    ([k, v]) => reading.status === 'read' && reading.fields[k as keyof typeof reading.fields] === v,
  ).length;
  const bucket = (totals[entry.kind] ??= { fields: 0, right: 0, seconds: [] });
  bucket.fields += Object.keys(expected).length;
  bucket.right += right;
  bucket.seconds.push(seconds);
  rows.push(
    `| ${entry.path} | ${entry.kind} | ${reading.status}${reading.status === 'unreadable' ? ` (${reading.reason})` : ''} | ${right}/${Object.keys(expected).length} | ${seconds.toFixed(2)} s |`,
  );
}
await closeOcr();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summary = Object.entries(totals).map(
  ([kind, t]) =>
    `- ${kind}: fields right ${t.right}/${t.fields} (${((100 * t.right) / t.fields).toFixed(0)} %), median ${median(t.seconds).toFixed(2)} s, max ${Math.max(...t.seconds).toFixed(2)} s per image`,
);
const body = `# Reading benchmark: passport MRZ, offline

Run on ${new Date().toISOString()} — ${cpus()[0]?.model ?? 'CPU'} × ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end, Node ${process.version}. OCR worker start (traineddata from node_modules/@tesseract.js-data): ${workerStart.toFixed(2)} s, once per process.

| image | kind | result | fields right | time |
|---|---|---|--:|--:|
${rows.join('\n')}

${summary.join('\n')}
- Target: one passport photo read in under 3 s.
`;
await writeResultsSection('reading-bench', body);
console.log(body);
