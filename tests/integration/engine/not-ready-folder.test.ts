import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareCase } from '../../../electron/engine/pipeline';
import { NOT_READY_FOLDER } from '../../../shared/engine/report';
import { corpusFile, tempDir } from './helpers';

const work = tempDir('not-ready');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Issue 15, "no dead ends": a file the portal would refuse never lies in the upload folder as if it
 * were ready. It is written apart, report.json and report.html say so, and the advice names only
 * things that exist.
 */
describe('a category that does not fit the limit', () => {
  const categories = [{ categoryId: 'income-proof', items: [{ path: corpusFile('scans/linn.pdf') }] }];

  it('is written into the not-ready subfolder with status not-ready, and report.json/html agree', async () => {
    const { report } = await prepareCase(categories, { outputDir: work, limitBytes: 20_000 });
    const category = report.categories[0]!;
    expect(category.status).toBe('not-ready');
    expect(category.output?.folder).toBe('not-ready');
    expect(category.output?.validation?.verdict).toBe('not-ready');
    expect(category.output?.compression?.fitsLimit).toBe(false);
    expect(category.output?.compression?.options).toEqual(['remove-pages', 'rescan-black-and-white']);
    expect(existsSync(join(work, 'income-proof.pdf'))).toBe(false);
    expect(readFileSync(join(work, NOT_READY_FOLDER, 'income-proof.pdf')).byteLength).toBe(category.output!.bytes);
    expect(report.files).toContain(`${NOT_READY_FOLDER}/income-proof.pdf`);

    const html = readFileSync(join(work, 'report.html'), 'utf8');
    expect(html).toContain(`${NOT_READY_FOLDER}/income-proof.pdf`);
    expect(html).toContain('do not upload it');
    // No advice naming a setting the app does not have.
    expect(html).not.toMatch(/settings|definições/i);
    expect(html).toContain('black and white');
  }, 180_000);

  it('moves back into the upload folder when a rerun fits, and the empty subfolder goes', async () => {
    const { report } = await prepareCase(categories, { outputDir: work, limitBytes: 50_000_000 });
    expect(report.categories[0]!.status).toBe('ready');
    expect(report.categories[0]!.output?.folder).toBeUndefined();
    expect(existsSync(join(work, 'income-proof.pdf'))).toBe(true);
    expect(existsSync(join(work, NOT_READY_FOLDER))).toBe(false);
  }, 180_000);
});
