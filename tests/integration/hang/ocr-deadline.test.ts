import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOcr, recognize, setOcrTestOverrides } from '../../../electron/reading/ocr';

/**
 * tesseract.js waits for its worker thread with no deadline and does not listen for the thread's death: a thread
 * that stops answering, or dies, must end the recognition (within its deadline, or at once), and the next
 * recognition must get a fresh, working thread.
 */
let dir: string;
let silent: string;
let dying: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aima-ocr-deadline-'));
  // Takes every message and never answers (a thread stuck in its WebAssembly).
  silent = join(dir, 'silent-worker.cjs');
  await writeFile(silent, "require('node:worker_threads').parentPort.on('message', () => {});\n");
  // Dies on its first message (an abort inside tesseract's core).
  dying = join(dir, 'dying-worker.cjs');
  await writeFile(dying, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
});

afterAll(async () => {
  setOcrTestOverrides(null);
  await closeOcr();
  await rm(dir, { recursive: true, force: true });
});

/** "OK 42" in black on white, large enough for tesseract. */
async function textImage(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100" fill="white"/><text x="20" y="70" font-family="DejaVu Sans Mono" font-size="56" fill="black">OK 42</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe('OCR deadlines', () => {
  it('a thread that never answers ends the recognition at its deadline, and is not used again', async () => {
    setOcrTestOverrides({ workerPath: silent, deadlineMs: 1500 });
    const started = Date.now();
    await expect(recognize(await textImage(), { language: 'eng', layout: 'line' })).rejects.toMatchObject({
      name: 'DeadlineError',
    });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(1400);
    expect(waited).toBeLessThan(15_000);
    // A job queued behind the stuck one is not stuck with it.
    await expect(recognize(await textImage(), { language: 'eng', layout: 'line' })).rejects.toMatchObject({
      name: 'DeadlineError',
    });
  }, 60_000);

  it('a thread that dies ends the recognition at once, long before the deadline', async () => {
    setOcrTestOverrides({ workerPath: dying, deadlineMs: 60_000 });
    const started = Date.now();
    await expect(recognize(await textImage(), { language: 'eng', layout: 'line' })).rejects.toThrow(/OCR worker stopped \(3\)/);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('after a stuck and a dead thread, the next recognition starts a fresh one and reads', async () => {
    setOcrTestOverrides(null);
    const text = await recognize(await textImage(), { language: 'eng', layout: 'line' });
    expect(text).toMatch(/OK\s*42/);
  }, 120_000);
});
