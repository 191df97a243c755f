/**
 * Size budget of the renderer's entry chunk: what the window must download, parse and run before the
 * first screen. Chunks the entry loads lazily (pdf.js and its worker, fetched only when a PDF page is
 * shown) are apart. The budget was set when date-holidays and its chain (moment, moment-timezone,
 * astronomia: about 1.95 MB of a 3.27 MB entry) were replaced by shared/rules/portuguese-holidays.ts.
 * Reads the built renderer: run with `npm run test:package` (builds first).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './linux-dir';

const BUDGET_BYTES = 1.5 * 1000 * 1000;
const rendererDir = join(repositoryRoot, 'out', 'renderer');

/** Files index.html makes the window load before anything runs: the module entry and its modulepreloads. */
function loadedAtStart(html: string): string[] {
  const entry = [...html.matchAll(/<script\b[^>]*type="module"[^>]*src="\.\/([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]!);
  return [...entry, ...preloads];
}

describe('the renderer bundle', () => {
  it('loads at most 1.5 MB of JavaScript before the first screen', () => {
    const index = join(rendererDir, 'index.html');
    if (!existsSync(index)) throw new Error(`${index} not found: run \`npm run build\` first`);
    const files = loadedAtStart(readFileSync(index, 'utf8'));
    expect(files.length).toBeGreaterThan(0);
    const sizes = files.map((file) => ({ file, bytes: statSync(join(rendererDir, file)).size }));
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    console.log(`renderer start-up JavaScript: ${sizes.map((s) => `${s.file} ${s.bytes} B`).join(', ')}`);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('keeps pdf.js out of the entry chunk (it is loaded when a page preview is shown)', () => {
    const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
    // A string of pdf.js's own error message: string literals survive minification, identifiers
    // (pdf.js's `pdfjsVersion`) do not. It must be somewhere in the build, or this test checks nothing.
    const PDFJS_MARKER = 'GlobalWorkerOptions.workerSrc';
    const assets = readdirSync(join(rendererDir, 'assets')).filter((file) => file.endsWith('.js'));
    expect(assets.some((file) => readFileSync(join(rendererDir, 'assets', file), 'utf8').includes(PDFJS_MARKER))).toBe(true);
    for (const file of loadedAtStart(html)) {
      const source = readFileSync(join(rendererDir, file), 'utf8');
      expect(source.includes(PDFJS_MARKER), file).toBe(false);
    }
  });
});
