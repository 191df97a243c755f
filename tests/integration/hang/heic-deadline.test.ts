import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeHeicOffThread, idleHeicWorker, setHeicTestOverrides } from '../../../electron/engine/image/heic-worker';

/**
 * The HEIC decoder's worker answers within its deadline or is terminated and never reused; the reuse of one
 * worker survives its idle end racing the next photo and several photos decoded at once (the batch's main thread
 * reads two clients' passports while their workers convert them).
 */
const corpus = join(import.meta.dirname, '../../corpus');
let dir: string;
let silent: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aima-heic-deadline-'));
  // A decoder whose promise never settles (libheif stuck on a photo).
  silent = join(dir, 'silent-decoder.cjs');
  await writeFile(silent, 'module.exports = () => new Promise(() => {});\n');
});
afterEach(() => setHeicTestOverrides(null));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('HEIC decoder deadlines', () => {
  it('a decode that never answers ends at its deadline and its worker is not kept; a fresh one decodes the next photo', async () => {
    const photo = await readFile(join(corpus, 'images/example.heic'));
    setHeicTestOverrides({ decoderPath: silent, deadlineMs: 1000 });
    const started = Date.now();
    await expect(decodeHeicOffThread(photo)).rejects.toMatchObject({ name: 'DeadlineError' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(idleHeicWorker()).toBeNull();
    // The real decoder again: a fresh worker decodes the photo.
    setHeicTestOverrides(null);
    const decoded = await decodeHeicOffThread(photo);
    expect(decoded.width * decoded.height).toBeGreaterThan(0);
  }, 60_000);

  it('photos decoded at once, with the idle end racing the next photo, all finish with the same pixels', async () => {
    const photo = await readFile(join(corpus, 'images/example.heic'));
    const reference = Buffer.from((await decodeHeicOffThread(photo)).data);
    // The idle worker ends 0–5 ms after each photo: the next photo races its end.
    setHeicTestOverrides({ idleMs: 2 });
    for (let round = 0; round < 6; round += 1) {
      const all = await Promise.all(
        Array.from({ length: 4 }, async (_, i) => {
          await new Promise((resolve) => setTimeout(resolve, i * round));
          return decodeHeicOffThread(photo);
        }),
      );
      for (const decoded of all) expect(Buffer.from(decoded.data).equals(reference)).toBe(true);
    }
  }, 120_000);
});
