/**
 * Child process of the benchmark: compresses one PDF with our engine and reports its own
 * wall time (after module loading, so Node/tsx start-up is not counted, as Ghostscript's
 * own start-up of ~50 ms is) and its peak resident memory, as one JSON line on stdout.
 * Usage: tsx bench/compress-one.ts <input.pdf> <output.pdf> <limitBytes> [lower]
 * `lower`: the person's "smaller file, lower quality" choice (the rungs below the standard floor).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compressPdf } from '../electron/engine/compress';

const [input, output, limit, quality] = process.argv.slice(2);
if (!input || !output || !limit) throw new Error('usage: compress-one <input> <output> <limitBytes>');
const started = performance.now();
const result = await compressPdf(new Uint8Array(readFileSync(input)), {
  limitBytes: Number(limit),
  ...(quality === 'lower' ? { quality: 'lower' as const } : {}),
});
writeFileSync(output, result.bytes);
const ms = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssMb: peakRssMb(),
    step: result.report.step,
    fits: result.report.fitsLimit,
    classes: countClasses(result.report.pages.map((page) => page.pageClass ?? 'no-scan')),
    textDpi: result.report.images.find((image) => image.textDpi !== undefined)?.textDpi ?? null,
    textLayers: textLayers(result.report.images),
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  }) + '\n',
);

/**
 * The 1-bit text layers: bytes as JBIG2 (banded layers: G4 only, counted as such), as G4 where it was
 * made (text-layer-codec.ts makes it only when JBIG2 is unusually large), and how many pages use each.
 */
function textLayers(images: typeof result.report.images): {
  g4: number;
  g4Made: number;
  jbig2: number;
  pagesJbig2: number;
  pages: number;
} {
  const layered = images.filter((image) => image.textLayerBytes);
  return {
    g4: layered.reduce((sum, image) => sum + (image.textLayerBytes!.g4 ?? 0), 0),
    g4Made: layered.filter((image) => image.textLayerBytes!.g4 !== undefined).length,
    jbig2: layered.reduce((sum, image) => sum + (image.textLayerBytes!.jbig2 ?? image.textLayerBytes!.g4 ?? 0), 0),
    pagesJbig2: layered.filter((image) => image.textCodec === 'jbig2').length,
    pages: layered.length,
  };
}

function countClasses(classes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of classes) counts[c] = (counts[c] ?? 0) + 1;
  return counts;
}

/**
 * VmHWM (peak resident set of this process's memory map). Not getrusage's maxRSS: Linux carries
 * that over from the parent across fork+exec, so it would report the benchmark driver's memory.
 */
function peakRssMb(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}
