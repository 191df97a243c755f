import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareCase } from '../../../electron/engine/pipeline';
import { compressPdf } from '../../../electron/engine/compress';
import { closePagePool, freePageWorkers, setPageWorkers } from '../../../electron/engine/compress/page-pool';
import { scanJpeg } from '../../../bench/scan-generator';
import { sha256Hex } from '../../../electron/common/hash';

/**
 * Issue 15's second core: text and mixed pages coded on page workers (engine/compress/page-pool.ts) give
 * the same file, byte for byte, in the same page order, as coding them on the calling thread.
 */

/** A scanned document: each page one 300-dpi JPEG scan, drawn full page. */
async function scannedDocument(pages: { colour: boolean; seed: number }[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const style of pages) {
    const image = await doc.embedJpg(await scanJpeg(style, 300, 90));
    doc.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return doc.save();
}

const work = mkdtempSync(join(tmpdir(), 'aima-page-pool-'));
afterAll(async () => {
  setPageWorkers(freePageWorkers(1));
  await closePagePool();
  rmSync(work, { recursive: true, force: true });
});

describe('page workers', () => {
  it('leaves to each client the cores the others and libvips do not use', () => {
    // On 2 cores one client already shares its second core with libvips: a page worker only slowed it.
    expect(freePageWorkers(1, 2)).toBe(0);
    expect(freePageWorkers(2, 2)).toBe(0);
    expect(freePageWorkers(1, 1)).toBe(0);
    expect(freePageWorkers(1, 4)).toBe(2);
    expect(freePageWorkers(2, 8)).toBe(2);
    expect(freePageWorkers(1, 16)).toBe(3);
  });

  it('writes the same bytes, pages in the same order, with 0, 1 and 2 page workers', async () => {
    // Mixed (a blue stamp), text, mixed, text: both kinds of work, and more pages than workers.
    const input = await scannedDocument([
      { colour: true, seed: 8 },
      { colour: false, seed: 5 },
      { colour: true, seed: 9 },
      { colour: false, seed: 6 },
    ]);
    const runs = [];
    for (const workers of [0, 1, 2]) {
      setPageWorkers(workers);
      const result = await compressPdf(input, { limitBytes: 1024 * 1024 });
      runs.push({ workers, sha: sha256Hex(result.bytes), report: result.report });
    }
    await closePagePool();
    const [inline, ...pooled] = runs;
    expect(inline!.report.images.map((image) => image.pageClass)).toEqual(['mixed', 'text', 'mixed', 'text']);
    expect(inline!.report.images.map((image) => image.pages)).toEqual([[1], [2], [3], [4]]);
    for (const run of pooled) {
      expect(run.sha, `${run.workers} page workers`).toBe(inline!.sha);
      expect(run.report).toEqual(inline!.report);
    }
  }, 240_000);

  it('fails only the document whose page worker died, with the engine-stopped message; the next document is prepared', async () => {
    const stamped = join(work, 'stamped-letter.pdf');
    const typed = join(work, 'typed-contract.pdf');
    writeFileSync(stamped, await scannedDocument([{ colour: true, seed: 8 }]));
    writeFileSync(
      typed,
      await scannedDocument([
        { colour: false, seed: 5 },
        { colour: false, seed: 6 },
      ]),
    );
    // This worker dies on a mixed page (the stamped letter) and codes text pages as the real one does.
    setPageWorkers(1, pathToFileURL(join(import.meta.dirname, 'fixtures', 'crashing-page-worker.mjs')));
    try {
      const { report } = await prepareCase(
        [
          { categoryId: 'proof-of-address', items: [{ path: stamped }] },
          { categoryId: 'income-proof', items: [{ path: typed }] },
        ],
        { outputDir: join(work, 'out'), limitBytes: 1024 * 1024 },
      );
      const [address, income] = report.categories;
      expect(address!.status).toBe('failed');
      expect(address!.error?.code).toBe('ENGINE_STOPPED');
      expect(address!.error?.messageKey).toBe('engine.errors.engineStopped');
      expect(address!.output).toBeNull();
      expect(income!.status).toBe('ready');
      expect(income!.output?.compression?.images.map((image) => image.pageClass)).toEqual(['text', 'text']);
      expect(report.files).toEqual(['income-proof.pdf', 'report.json', 'report.html']);
    } finally {
      setPageWorkers(freePageWorkers(1));
      await closePagePool();
    }
  }, 240_000);
});
