import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClientJob, PrepareClient, PrepareResult } from '../../../electron/batch/preparer';

/**
 * A stand-in for the document engine, for unit tests of scanning, resume, the
 * pool and the summary only (the integration tests run the real engine). It
 * concatenates each category's inputs into `<category>.pdf` and reacts to
 * file names: "broken" → an error for that input, "locked" → a password
 * error unless passwords.json gives "open-sesame", "crash" → the worker dies,
 * "hog" → allocates until the worker runs out of its heap ("push-hog": by growing one array), "native-hog" → holds
 * ever more native buffers (outside the heap cap, as zlib and sharp do), "stall"
 * → never finishes (busy, as a decoder stuck on a file), "slow" → takes 1.5 s,
 * FAKE_DELAY_MS → each input takes that long.
 */
export const prepareClient: PrepareClient = async (job: ClientJob, onProgress): Promise<PrepareResult> => {
  const result: PrepareResult = { categories: [], problems: [] };
  const total = job.inputs.reduce((sum, input) => sum + input.files.length, 0);
  let done = 0;
  for (const { categoryId, files } of job.inputs) {
    const parts: Buffer[] = [];
    for (const file of files) {
      const delay = Number(process.env.FAKE_DELAY_MS ?? 0);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (file.relPath.includes('crash')) process.exit(70);
      if (file.relPath.includes('native-hog')) {
        const held: Buffer[] = [];
        // 64 MB more every 20 ms, up to 4 GB, until the pool stops this worker for its memory.
        for (let i = 0; i < 64; i += 1) {
          held.push(Buffer.alloc(64 * 1024 * 1024, 1));
          // Progress as the engine reports it: where an in-process run is stopped (batch/in-process.ts).
          onProgress({ stage: 'fake', file: file.relPath, done, total });
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      } else if (file.relPath.includes('push-hog')) {
        // One array grown by push: the allocation shape with which V8's own heap cap aborts the whole process.
        const one: number[] = [];
        for (;;) one.push(one.length + 0.5);
      } else if (file.relPath.includes('hog')) {
        // Keep allocating until the worker's heap cap stops it.
        const hoard: number[][] = [];
        for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
      }
      if (file.relPath.includes('stall')) for (;;);
      if (file.relPath.includes('slow')) await new Promise((resolve) => setTimeout(resolve, 1500));
      if (file.relPath.includes('broken')) {
        result.problems.push({
          code: 'PDF_DAMAGED',
          severity: 'error',
          messageKey: 'engine.errors.pdfDamaged',
          file: file.relPath,
          categoryId,
        });
      } else if (file.relPath.includes('locked') && job.passwords[file.relPath] !== 'open-sesame') {
        result.problems.push({
          code: 'PDF_WRONG_PASSWORD',
          severity: 'error',
          messageKey: 'engine.errors.wrongPassword',
          file: file.relPath,
          categoryId,
        });
      } else {
        parts.push(await readFile(file.path));
      }
      done += 1;
      onProgress({ stage: 'fake', file: file.relPath, done, total });
    }
    if (parts.length === 0) {
      result.categories.push({ categoryId, status: 'failed', outputBytes: 0 });
      continue;
    }
    const content = Buffer.concat(parts);
    await writeFile(join(job.outDir, `${categoryId}.pdf`), content);
    result.categories.push({
      categoryId,
      status: parts.length === files.length ? 'ready' : 'warning',
      outputBytes: content.length,
    });
  }
  return result;
};
