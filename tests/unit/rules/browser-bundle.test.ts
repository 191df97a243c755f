import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * shared/rules runs in the renderer too: bundle every module for the browser
 * (as Vite would) and check nothing needs Node — this covers
 * @date-fns/tz and ics, which the rules import.
 */
describe('shared/rules in a browser bundle', () => {
  it('bundles for the browser platform without Node built-ins', async () => {
    const dir = join(import.meta.dirname, '../../../shared/rules');
    const entryPoints = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(dir, f));
    const result = await build({
      entryPoints,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      outdir: 'out-never-written',
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles.length).toBe(entryPoints.length);
  }, 120_000);
});
