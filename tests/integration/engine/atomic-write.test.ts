import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMP_FILE_PATTERN, writeFileAtomic } from '../../../electron/common/atomic-write';
import { removeStaleOutputs } from '../../../electron/engine/output/write-folder';
import { tempDir } from './helpers';

const work = tempDir('atomic');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temp file', async () => {
    const target = join(work, 'passport.pdf');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new Uint8Array(Buffer.from('new content')));
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(work).filter((name) => TEMP_FILE_PATTERN.test(name))).toEqual([]);
  });

  it('when the final rename fails, the target is untouched and the temp file removed', async () => {
    const folder = join(work, 'fail');
    const target = join(folder, 'income-proof.pdf');
    // A non-empty directory where the file should go: rename() over it fails.
    mkdirSync(join(target, 'inside'), { recursive: true });
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(readdirSync(folder)).toEqual(['income-proof.pdf']);
    expect(readdirSync(target)).toEqual(['inside']);
  });
});

describe('removeStaleOutputs', () => {
  it('removes only what the previous run wrote and this one did not, and leftover temp files', async () => {
    const folder = join(work, 'rerun');
    mkdirSync(folder);
    for (const name of ['passport.pdf', 'proof-of-address.pdf', 'my-scan.pdf', 'notes.txt', '.passport.pdf.0123456789ab.tmp']) {
      writeFileSync(join(folder, name), name);
    }
    await removeStaleOutputs(folder, ['passport.pdf', 'proof-of-address.pdf', 'report.json', 'report.html'], ['passport.pdf']);
    expect(readdirSync(folder).sort()).toEqual(['my-scan.pdf', 'notes.txt', 'passport.pdf']);
  });
});
