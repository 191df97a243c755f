import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idlePdfjsWorker, startPdfjsCheck } from '../../../electron/engine/validate/decode-check';

/**
 * pdf.js's check of an output ends within its deadlines whatever pdf.js does: a file it never opens (and a
 * caller that never names the pages), a page it never decodes. The worker that missed a deadline is never
 * reused; the next check gets a fresh, real pdf.js.
 */
let dir: string;
let neverOpens: string;
let neverDecodes: string;

const standIn = (open: string) => `
export const VerbosityLevel = { INFOS: 5 };
export const OPS = { paintImageXObject: 85, paintImageMaskXObject: 83 };
export const ImageKind = { GRAYSCALE_1BPP: 1 };
export function getDocument() {
  return { promise: ${open}, destroy: async () => undefined };
}
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aima-pdfjs-deadline-'));
  neverOpens = join(dir, 'never-opens.mjs');
  await writeFile(neverOpens, standIn('new Promise(() => {})'));
  // Opens (one page), then never gives that page.
  neverDecodes = join(dir, 'never-decodes.mjs');
  await writeFile(
    neverDecodes,
    standIn('Promise.resolve({ numPages: 1, getPage: () => new Promise(() => {}), destroy: async () => undefined })'),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function onePage(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  return doc.save();
}

describe('the pdf.js check never hangs', () => {
  it('a file pdf.js never opens, with no pages named yet, ends at the open deadline as a time budget', async () => {
    const run = startPdfjsCheck(await onePage(), { pdfjsModule: neverOpens, openDeadlineMs: 1000 });
    // The caller is still busy (its pdf-lib parse) well past the open deadline.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const started = Date.now();
    const result = await run.decode([1]);
    expect(Date.now() - started).toBeLessThan(100);
    expect(result.parser.ok).toBe(false);
    expect(result.finished).toBe(false);
    expect(result.failures).toEqual([
      { page: 1, detail: 'the file was not opened within 1 s', budget: { kind: 'time', seconds: 1 } },
    ]);
    expect(idlePdfjsWorker()).toBeNull();
  }, 30_000);

  it('a page pdf.js never decodes ends at the decode deadline as a time budget', async () => {
    const run = startPdfjsCheck(await onePage(), { pdfjsModule: neverDecodes, deadlineMs: 1000 });
    const started = Date.now();
    const result = await run.decode([1]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.parser).toMatchObject({ ok: true, pageCount: 1 });
    expect(result.failures).toEqual([{ page: 1, detail: 'images not decoded within 1 s', budget: { kind: 'time', seconds: 1 } }]);
    expect(idlePdfjsWorker()).toBeNull();
  }, 30_000);

  it('the next check gets a fresh, real pdf.js and finishes', async () => {
    const result = await startPdfjsCheck(await onePage()).decode([1]);
    expect(result).toMatchObject({ parser: { ok: true, pageCount: 1 }, failures: [], finished: true });
  }, 60_000);
});
