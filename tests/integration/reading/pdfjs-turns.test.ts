import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText, renderPagePixels } from '../../../electron/reading/pdf-pages';

const CORPUS = join(import.meta.dirname, '../../corpus');

/** `work`, or 'no answer' after `ms` (the hang this file guards against never settled at all). */
const within = <T>(work: Promise<T>, ms: number) =>
  Promise.race([work, new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), ms).unref())]);

describe('pdf.js on the reading thread, several reads at once', () => {
  // The batch's hang (sessions 7–9): pdf.js fetches jbig2.wasm, at the first JBIG2 decode on a thread, through the
  // handler of the document opened last. A text PDF opened after the encrypted JBIG2 scan and closed before the scan's
  // image was decoded left that fetch unanswered: the render never settled. This file must be the first pdf.js use in
  // its process (vitest's forks: one per file), as the batch's first JBIG2 decode is.
  it('renders a JBIG2 scan while a text PDF is opened and closed beside it', async () => {
    const scan = await readFile(join(CORPUS, 'encrypted/aes-128_R4_pw-ELXRTQWS.pdf'));
    const text = await readFile(join(CORPUS, 'reading/certificates/financas-text.pdf'));
    const rendering = renderPagePixels(scan, { from: 0, to: 1 }, { password: 'ELXRTQWS', dpi: 72 });
    let rendered = false;
    void rendering.finally(() => (rendered = true)).catch(() => undefined);
    // Text reads one after another beside it (the batch reads four clients' documents at once), until it is done.
    const textReads = (async () => {
      let reads = 0;
      for (; reads < 200 && !rendered; reads++) expect((await pdfText(text)).text.length).toBeGreaterThan(40);
      return reads;
    })();
    const [page, reads] = await Promise.all([within(rendering, 30_000), within(textReads, 40_000)]);
    expect(reads).not.toBe('no answer');
    expect(page).not.toBe('no answer');
    if (page === 'no answer') return;
    // Something was drawn: the page's text region is not blank paper.
    let dark = 0;
    for (let i = 0; i < page.data.length; i += 4) if (page.data[i]! < 128) dark += 1;
    expect(dark).toBeGreaterThan(100);
  });
});
