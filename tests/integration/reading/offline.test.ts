import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * OCR with the network blocked in the process and in the worker threads tesseract.js starts:
 * the traineddata, the worker script and the wasm core all come from the app's own files.
 */
const run = promisify(execFile);
const HERE = join(import.meta.dirname, 'offline');

describe('offline OCR', () => {
  it('reads a passport MRZ with every network call blocked', { timeout: 180_000 }, async () => {
    const passport = join(import.meta.dirname, '..', '..', 'corpus', 'reading', 'passports', 'usa-scan.jpg');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(HERE, 'read-one.ts'), passport], {
      env: { ...process.env, NODE_OPTIONS: `--require ${join(HERE, 'block-network.cjs')}` },
    });
    expect(JSON.parse(stdout)).toMatchObject({ status: 'read', fields: { passportNumber: '583920174', nationality: 'USA' } });
  });
  it('the block works: a network call in that process fails', { timeout: 60_000 }, async () => {
    const probe = "require('node:net').connect(80, 'example.org')";
    await expect(
      run(process.execPath, ['-e', probe], {
        env: { ...process.env, NODE_OPTIONS: `--require ${join(HERE, 'block-network.cjs')}` },
      }),
    ).rejects.toThrow(/network blocked/);
  });
});
