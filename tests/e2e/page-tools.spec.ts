import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';
import type { Page } from '@playwright/test';
import { phonePhoto, photosPdf } from '../../bench/scan-generator';
import { caseFileSchema } from '../../shared/case/case-file';
import { NOT_READY_FOLDER, prepareReportSchema } from '../../shared/engine/report';
import { expect, test } from './fixtures';
import { CORPUS, SCREENSHOTS } from './journey/helpers';
import { aWorker, answerSituation } from './journey/situation';

const DEC_1 = new Date('2026-12-01T11:00:00Z');

/** Three pages that say which they are ("PAGE-A1" …); the second is stored turned 90°, as some scanners do. */
async function markedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 3; n++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`PAGE-A${n}`, { x: 72, y: 700, size: 48, font });
    if (n === 2) page.node.set(PDFName.of('Rotate'), PDFNumber.of(90));
  }
  return doc.save();
}

/** Each page's text and its size as shown (after /Rotate), read by pdf.js. */
async function pagesAsShown(bytes: Uint8Array): Promise<{ text: string; width: number; height: number }[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    const { width, height } = page.getViewport({ scale: 1 });
    const text = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join('')
      .trim();
    pages.push({ text, width: Math.round(width), height: Math.round(height) });
  }
  await document.destroy();
  return pages;
}

async function toDocuments(page: Page, url: string) {
  await page.clock.setFixedTime(DEC_1);
  await page.goto(url);
  await page.getByTestId('task-situation').getByRole('link').click();
  await answerSituation(page, aWorker);
  await page.getByTestId('confirm-situation').click();
  await page.getByTestId('to-documents').click();
}

function caseJson(home: string) {
  const root = join(home, 'Documents', 'AIMA Prep', 'cases');
  const [id] = readdirSync(root);
  return caseFileSchema.parse(JSON.parse(readFileSync(join(root, id!, 'case.json'), 'utf8')));
}

/**
 * Issue 15, must show 2: page rotate/delete/reorder change the prepared PDF accordingly. The edits
 * are made on thumbnails, kept in case.json (the file itself untouched), and the PDF the engine
 * writes has the pages the person kept, in their order, turned as they turned them.
 */
test('page tools: removing, turning and reordering pages changes the prepared PDF', async ({ page, harness }) => {
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-e2e-pages-'));
  const file = join(work, 'contract.pdf');
  const original = await markedPdf();
  writeFileSync(file, original);
  await toDocuments(page, harness.url);

  harness.shell.queueFiles([file]);
  await page.getByTestId('add-employment-contract').click();
  const card = page.getByTestId('card-employment-contract');
  await expect(card.getByTestId('assigned-file')).toHaveCount(1);

  await card.getByTestId('edit-pages-employment-contract').click();
  const tools = card.getByTestId('page-tools-employment-contract');
  await expect(tools.getByTestId('page-tile')).toHaveCount(3, { timeout: 60_000 });
  await expect(tools.getByRole('img')).toHaveCount(3);

  // Remove page 2, turn the (new) first page right, then move the last page first.
  await tools.getByRole('button', { name: 'Remove page 2' }).click();
  await expect(tools.getByTestId('page-tile')).toHaveCount(2);
  await tools.getByRole('button', { name: 'Turn page 1 to the right' }).click();
  await tools.getByRole('button', { name: 'Move page 2 earlier' }).click();
  await expect(tools.getByTestId('page-source')).toHaveText(['contract.pdf, page 3', 'contract.pdf, page 1']);
  await expect(tools.getByTestId('page-edits-summary')).toHaveText('You chose the pages of this PDF: 2 of 3 pages.');
  // Undo goes back one change; redoing it gives the same list.
  await tools.getByRole('button', { name: 'Undo' }).click();
  await expect(tools.getByTestId('page-source')).toHaveText(['contract.pdf, page 1', 'contract.pdf, page 3']);
  await tools.getByRole('button', { name: 'Move page 2 earlier' }).click();
  await card.screenshot({ path: `${SCREENSHOTS}/page-tools-en.png` });

  // Kept in case.json by original and page (the original itself is never changed).
  await expect
    .poll(() => caseJson(harness.home).pageEdits?.['employment-contract']?.pages.map((p) => [p.page, p.rotation]))
    .toEqual([
      [2, 0],
      [0, 90],
    ]);

  harness.shell.queueFolder(work);
  await tools.getByTestId('apply-pages-employment-contract').click();
  await expect(card.getByTestId('output-name')).toHaveText('employment-contract.pdf', { timeout: 120_000 });
  await expect(card).toContainText('pages: 2');

  const folder = join(work, 'aima-upload-ready');
  const prepared = new Uint8Array(readFileSync(join(folder, 'employment-contract.pdf')));
  const doc = await PDFDocument.load(prepared);
  expect(doc.getPageCount()).toBe(2);
  expect(doc.getPages().map((p) => p.getRotation().angle)).toEqual([0, 90]);
  // Page order by each page's own text; the page turned a quarter shows landscape.
  expect(await pagesAsShown(prepared)).toEqual([
    { text: 'PAGE-A3', width: 595, height: 842 },
    { text: 'PAGE-A1', width: 842, height: 595 },
  ]);
  expect(new Uint8Array(readFileSync(file))).toEqual(original);
  const report = prepareReportSchema.parse(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')));
  expect(report.categories[0]!.pageEdits).toEqual([
    { item: 0, page: 2, rotation: 0 },
    { item: 0, page: 0, rotation: 90 },
  ]);

  // In Portuguese, the same tools; reset brings back every page as added.
  await page.getByTestId('language-select').selectOption('pt');
  await expect(tools.getByRole('button', { name: 'Retirar a página 1' })).toBeVisible();
  await card.screenshot({ path: `${SCREENSHOTS}/page-tools-pt.png` });
  await tools.getByRole('button', { name: 'Usar todas as páginas como foram adicionadas' }).click();
  await expect(tools.getByTestId('page-tile')).toHaveCount(3);
  await expect.poll(() => caseJson(harness.home).pageEdits?.['employment-contract']).toBeUndefined();
});

/**
 * Issue 15, must show 2: a category that cannot fit shows the lower-quality choice with its preview
 * (page 1 made by the engine at that setting) and no advice about a setting that does not exist;
 * accepting it makes the category Ready, and report.json and case.json record the choice.
 */
test('a passport that does not fit: preview at lower quality, accept, Ready', async ({ page, harness }) => {
  test.setTimeout(600_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-e2e-lower-'));
  const file = join(work, 'passport-photos.pdf');
  writeFileSync(file, await photosPdf([await phonePhoto(3), await phonePhoto(4)]));
  await toDocuments(page, harness.url);

  harness.shell.queueFiles([file]);
  await page.getByTestId('add-passport').click();
  const card = page.getByTestId('card-passport');
  await expect(card.getByTestId('assigned-file')).toHaveCount(1);

  // Standard quality ends near 160 kB for these two phone photos; at lower quality they take about 100 kB.
  await page.locator('#upload-limit').fill('0.13');
  harness.shell.queueFolder(work);
  await page.getByTestId('prepare-documents').click();
  await expect(card.getByTestId('output-name')).toHaveText(`${NOT_READY_FOLDER}/passport.pdf`, { timeout: 300_000 });
  const choice = card.getByTestId('lower-quality-passport');
  await expect(choice).toContainText('What the app can do now');
  await expect(card).not.toContainText(/setting/i);

  await choice.getByTestId('preview-lower-passport').click();
  const preview = choice.getByTestId('lower-quality-preview');
  await expect(preview.getByTestId('lower-quality-page')).toBeVisible({ timeout: 300_000 });
  await expect(preview.getByTestId('lower-quality-verdict')).toContainText('At lower quality this PDF would be');
  await expect(preview.getByTestId('lower-quality-verdict')).toContainText('dpi');
  const width = await preview.getByTestId('lower-quality-page').evaluate((img: HTMLImageElement) => img.naturalWidth);
  expect(width).toBeGreaterThan(500);
  await expect(card).not.toContainText(/setting/i);
  await card.screenshot({ path: `${SCREENSHOTS}/lower-quality-preview-en.png` });

  await choice.getByTestId('accept-lower-passport').click();
  await expect(card.getByTestId('output-name')).toHaveText('passport.pdf', { timeout: 300_000 });
  await expect(card.getByTestId('not-ready-folder')).toHaveCount(0);
  await expect(card).toContainText(/Ready/);
  await expect(card.getByTestId('lower-quality-passport')).toContainText('You chose a smaller file at lower quality');

  const folder = join(work, 'aima-upload-ready');
  const report = prepareReportSchema.parse(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')));
  const passport = report.categories.find((c) => c.categoryId === 'passport')!;
  expect(passport.quality).toBe('lower');
  expect(passport.status).toBe('ready');
  expect(passport.output!.bytes).toBeLessThanOrEqual(130_000);
  expect(readFileSync(join(folder, 'passport.pdf')).byteLength).toBe(passport.output!.bytes);
  await expect.poll(() => caseJson(harness.home).quality?.passport).toBe('lower');

  await page.getByTestId('language-select').selectOption('pt');
  await expect(card.getByTestId('lower-quality-passport')).toContainText('Escolheu um ficheiro mais pequeno');
  await card.screenshot({ path: `${SCREENSHOTS}/lower-quality-chosen-pt.png` });
});

test('"Prepare" waits for files still being added, so no card is left out of the upload folder', async ({ page, harness }) => {
  // Found by CI: a prepare started while the proof of address was still being copied into the case
  // ran without it, and its card showed no result and no reason.
  await toDocuments(page, harness.url);
  const out = mkdtempSync(join(tmpdir(), 'aima-adding-out-'));
  harness.shell.queueFiles([join(CORPUS, 'images/exif_orientation_6.jpg')]);
  await page.getByTestId('add-passport').click();
  await expect(page.getByTestId('card-passport')).toContainText('exif_orientation_6.jpg');

  // The address file's copy into the case is held until the test lets it go.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/caseAddOriginals', async (route) => {
    await held;
    await route.continue();
  });
  harness.shell.queueFiles([join(CORPUS, 'images/baiona_palette.png')]);
  await page.getByTestId('add-proof-of-address').click();
  await expect(page.getByTestId('prepare-status')).toHaveText(
    'Adding your files to the case… You can prepare once they are listed.',
  );
  await expect(page.getByTestId('prepare-documents')).toBeDisabled();
  await page.getByTestId('language-select').selectOption('pt');
  await expect(page.getByTestId('prepare-status')).toHaveText(
    'A juntar os seus ficheiros ao processo… Poderá preparar quando estiverem na lista.',
  );
  await page.getByTestId('language-select').selectOption('en');

  release();
  const address = page.getByTestId('card-proof-of-address');
  await expect(address).toContainText('baiona_palette.png');
  await expect(page.getByTestId('prepare-documents')).toBeEnabled();
  harness.shell.queueFolder(out);
  await page.getByTestId('prepare-documents').click();
  await expect(address.getByTestId('output-name')).toContainText('proof-of-address.pdf', { timeout: 120_000 });
  await expect(page.getByTestId('card-passport').getByTestId('output-name')).toContainText('passport.pdf');
});
