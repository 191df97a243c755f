import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** bench/results.md: one section per benchmark, between `<!-- name:start -->` and `<!-- name:end -->`. */
export const RESULTS_FILE = join(import.meta.dirname, 'results.md');

/**
 * Replace one benchmark's section of bench/results.md (added at the end the
 * first time); the other benchmarks' sections are kept as they are. The file
 * is read right before writing, since another benchmark may have just written.
 */
export async function writeResultsSection(name: string, body: string): Promise<void> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const existing = await readFile(RESULTS_FILE, 'utf8').catch(() => '# Benchmarks\n');
  const from = existing.indexOf(start);
  const to = existing.indexOf(end);
  await writeFile(
    RESULTS_FILE,
    from !== -1 && to > from
      ? `${existing.slice(0, from)}${section}${existing.slice(to + end.length)}`
      : `${existing.trimEnd()}\n\n${section}\n`,
  );
}
