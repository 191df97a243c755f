/**
 * Flattening phone photos of documents (issue 15): generated photos of a page with known text on a
 * table (perspective from a real camera model, the phone's shadow, a lamp's fall-off), each converted
 * the way the engine does it with and without flattening, then compressed for the 1 MB limit. Scores:
 * how far the outline found is from the page's true corners, the OCR character accuracy (tesseract.js,
 * bundled eng data) of the page as poppler renders it at 200 dpi, the file size, and the CPU time
 * the convert stage takes. Writes its section of bench/results.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compressPdf } from '../electron/engine/compress';
import { imageToPdf } from '../electron/engine/image/images-to-pdf';
import { characterAccuracy, closeOcr, ocrText } from './ocr';
import { writeResultsSection } from './results-file';
import { tablePhoto } from './table-photo';

const PHOTOS = [
  { seed: 3, width: 2250, height: 3000 },
  { seed: 5, width: 3024, height: 4032 },
];

const work = mkdtempSync(join(tmpdir(), 'aima-bench-flatten-'));
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function render(pdf: Uint8Array, name: string): Buffer {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftoppm', ['-r', '200', '-f', '1', '-l', '1', '-png', '-singlefile', file], { maxBuffer: 256 << 20 });
}

const rows: string[] = [];
try {
  for (const spec of PHOTOS) {
    const photo = await tablePhoto(spec);
    const truth = photo.text.join('\n');
    const result: Record<string, { accuracy: number; bytes: number; cpu: number }> = {};
    let cornerError = '—';
    for (const flatten of [false, true]) {
      const start = cpuMs();
      const converted = await imageToPdf(photo.jpeg, 'jpeg', 'photo.jpg', undefined, { flatten });
      const cpu = cpuMs() - start;
      const report = converted.pages[0]!.flatten;
      if (flatten && report?.corners) {
        const errors = report.corners.map((c, i) => Math.hypot(c.x - photo.corners[i]!.x, c.y - photo.corners[i]!.y));
        cornerError = `${Math.max(...errors).toFixed(1)} px`;
      }
      const compressed = await compressPdf(converted.bytes, { limitBytes: 1_000_000 });
      const accuracy = characterAccuracy(await ocrText(render(compressed.bytes, `p${spec.seed}-${flatten}`)), truth);
      result[String(flatten)] = { accuracy, bytes: compressed.bytes.byteLength, cpu };
    }
    const before = result.false!;
    const after = result.true!;
    rows.push(
      `| ${spec.width}×${spec.height} (seed ${spec.seed}) | ${cornerError} | ${before.accuracy.toFixed(3)} | ${after.accuracy.toFixed(3)} | ${(before.bytes / 1000).toFixed(0)} kB | ${(after.bytes / 1000).toFixed(0)} kB | ${(before.cpu / 1000).toFixed(2)} s | ${(after.cpu / 1000).toFixed(2)} s | ${after.accuracy > before.accuracy ? 'met' : 'not met'} |`,
    );
    console.log(rows.at(-1));
  }
} finally {
  await closeOcr();
  rmSync(work, { recursive: true, force: true });
}

await writeResultsSection(
  'flatten',
  `## Flattening phone photos of documents (\`npm run bench:flatten\`)

Run on ${new Date().toISOString()} — ${cpus()[0]?.model ?? 'CPU'} × ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end (shared machine: CPU times are the process's own, wall times would mislead), Node ${process.version}.
Generated photos of a page with known text on a wooden table (\`bench/table-photo.ts\`: a 26 mm-equivalent camera tilted 14–22°, the page turned, the phone's shadow at half the light over one corner, lamp fall-off, blur, noise, JPEG 90). Each is converted as the engine does (\`imageToPdf\`) without and with flattening, then compressed for a 1 MB limit; OCR of page 1 rendered by pdftoppm at 200 dpi. Target: OCR character accuracy of the flattened page above the unflattened photo's.

| photo | worst corner error | OCR photo | OCR flattened | size photo | size flattened | convert CPU photo | convert CPU flattened | target |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}`,
);
