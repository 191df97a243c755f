import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { scannedPdf } from '../../bench/scan-generator';
import { tablePhoto } from '../../bench/table-photo';
import { NOT_READY_FOLDER, prepareReportSchema } from '../../shared/engine/report';
import { expect, testOnFixedClock } from './fixtures';
import { SCREENSHOTS } from './journey/helpers';
import { aWorker, answerSituation } from './journey/situation';

/**
 * Session 15's walk of the documents step with real, messy files, on the journeys' fixed clock, in English and
 * Portuguese. Nadia has only phone photos (one with the phone's turn and its location in EXIF, a page on a table, an
 * iPhone HEIC); Tomás a 40-page scanned bank statement that cannot fit 1 MB. Each assertion says what the walk
 * checked or found, and what the app says now.
 */
const DEC_1 = new Date('2026-12-01T11:00:00Z');
const test = testOnFixedClock(DEC_1);
const FILES = 'tests/e2e/walk-files';

/** A phone photo stored landscape with "turn 90°" in EXIF, and the phone's make, model and GPS position. */
async function exifPhoto(text: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900"><rect width="100%" height="100%" fill="#f4f1ea"/><text x="100" y="200" font-size="80" fill="#111">${text}</text><text x="100" y="400" font-size="40" fill="#222">Rua das Flores 12, Lisboa</text></svg>`;
  return sharp(Buffer.from(svg))
    .withExif({
      IFD0: { Make: 'Apple', Model: 'iPhone 13', Software: 'NADIA-PHONE' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '38/1 42/1 2000/100', GPSLongitudeRef: 'W', GPSLongitude: '9/1 8/1 3000/100' },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 85 })
    .toBuffer();
}

async function toDocuments(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('task-situation').getByRole('link').click();
  await answerSituation(page, aWorker);
  await page.getByTestId('confirm-situation').click();
  await page.getByTestId('to-documents').click();
}

test('Nadia, phone photos only: straighten, undo, turn, remove, reorder; every page where she put it, no location', async ({
  page,
  harness,
}) => {
  test.setTimeout(600_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-walk-nadia-'));
  const bill = join(work, 'IMG_5001.jpg');
  writeFileSync(bill, await exifPhoto('FATURA EDP'));
  const onTable = join(work, 'IMG_5004.jpg');
  writeFileSync(onTable, (await tablePhoto({ seed: 3 })).jpeg);
  const heic = join(FILES, 'IMG_4103.HEIC');
  const originalBill = readFileSync(bill);
  await toDocuments(page, harness.url);

  harness.shell.queueFiles([bill, onTable, heic]);
  await page.getByTestId('add-proof-of-address').click();
  const card = page.getByTestId('card-proof-of-address');
  await expect(card.getByTestId('assigned-file')).toHaveCount(3, { timeout: 60_000 });

  // The photo on the table: before / after, then she keeps her photo (undo), then takes the straightened page again.
  const tableFile = card.getByTestId('assigned-file').filter({ hasText: 'IMG_5004.jpg' });
  await tableFile.getByTestId('flatten-toggle').click();
  const preview = tableFile.getByTestId('flatten-page');
  await expect(preview.getByTestId('flatten-after')).toBeVisible({ timeout: 120_000 });
  await expect(preview.getByTestId('flatten-message')).toContainText('The page was found in the photo');
  await preview.getByTestId('flatten-keep').check();
  await expect(preview.getByTestId('flatten-message')).toHaveText('You chose to keep your photo as it is.');
  await preview.getByTestId('flatten-keep').uncheck();
  await expect(preview.getByTestId('flatten-message')).toContainText('The page was found in the photo');

  // Pages: remove the HEIC's page (3), turn the bill (1) to the right, move the table page (2) first.
  await card.getByTestId('edit-pages-proof-of-address').click();
  const tools = card.getByTestId('page-tools-proof-of-address');
  await expect(tools.getByTestId('page-tile')).toHaveCount(3, { timeout: 120_000 });
  await tools.getByRole('button', { name: 'Remove page 3' }).click();
  await tools.getByRole('button', { name: 'Turn page 1 to the right' }).click();
  await tools.getByRole('button', { name: 'Move page 2 earlier' }).click();
  await expect(tools.getByTestId('page-source')).toHaveText(['IMG_5004.jpg, page 1', 'IMG_5001.jpg, page 1']);
  await expect(tools.getByTestId('page-edits-summary')).toHaveText('You chose the pages of this PDF: 2 of 3 pages.');

  harness.shell.queueFolder(work);
  await tools.getByTestId('apply-pages-proof-of-address').click();
  await expect(card.getByTestId('output-name')).toHaveText('proof-of-address.pdf', { timeout: 300_000 });
  await expect(card).toContainText('pages: 2');
  // It said "merged from 3 files": the HEIC's only page was removed, so two of her files are in it.
  await expect(card.getByTestId('result-proof-of-address')).toContainText('merged from 2 files');
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: `${SCREENSHOTS}/walk-docs-s15-nadia-en.png` });

  const folder = join(work, 'aima-upload-ready');
  const report = prepareReportSchema.parse(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')));
  const address = report.categories.find((c) => c.categoryId === 'proof-of-address')!;
  // Each page where she put it: the table photo first (straightened), then the bill, turned by her a quarter.
  expect(address.pageEdits).toEqual([
    { item: 1, page: 0, rotation: 0 },
    { item: 0, page: 0, rotation: 90 },
  ]);
  const bytes = readFileSync(join(folder, 'proof-of-address.pdf'));
  const pdf = await PDFDocument.load(bytes);
  expect(pdf.getPageCount()).toBe(2);
  expect(pdf.getPages().map((p) => p.getRotation().angle)).toEqual([0, 90]);
  expect(address.inputs.find((i) => i.file === 'IMG_5004.jpg')!.converted![0]!.flatten).toMatchObject({ applied: true });
  // The phone's turn was applied (the bill stands upright before her own quarter turn) …
  expect(address.inputs.find((i) => i.file === 'IMG_5001.jpg')!.converted![0]!.rotatedByExif).toBe(true);
  // … and nothing of the phone's EXIF (make, model, GPS) is in the upload: no Exif block, no make, no software.
  const html = readFileSync(join(folder, 'report.html'), 'utf8');
  expect(html).toContain('2 files joined in the order you gave.');
  // Nothing said the bill's photo was turned as the camera marked it; report.html now does.
  expect(html).toContain('Turned as the camera marked it');
  const text = bytes.toString('latin1');
  for (const mark of ['Exif', 'iPhone', 'NADIA-PHONE', 'Apple']) expect(text, mark).not.toContain(mark);
  // Her photo itself is untouched.
  expect(readFileSync(bill).equals(originalBill)).toBe(true);

  await page.getByTestId('language-select').selectOption('pt');
  await expect(tools.getByTestId('page-source')).toHaveText(['IMG_5004.jpg, página 1', 'IMG_5001.jpg, página 1']);
  await expect(preview.getByTestId('flatten-message')).toContainText('A página foi encontrada na fotografia');
  await card.screenshot({ path: `${SCREENSHOTS}/walk-docs-s15-nadia-pt.png` });
  // The screenshots caught "Reading IMG_4103.HEIC… 0%" beside "Ready to upload": the reading of her files (the HEIC
  // whose page she removed included) ends, and the card's tag no longer says it is checking.
  await expect(card.getByText(/A ler IMG_4103\.HEIC/)).toHaveCount(0, { timeout: 240_000 });
  await expect(card).not.toContainText('a verificar o conteúdo', { timeout: 60_000 });
});

test('Tomás, a 40-page scanned statement that cannot fit 1 MB: kept apart, and card, report and choice agree', async ({
  page,
  harness,
}) => {
  test.setTimeout(900_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-walk-tomas-'));
  const statement = join(work, 'extrato-bancario.pdf');
  writeFileSync(statement, await scannedPdf(40, 300, { colour: false, quality: 90, seed: 21 }));
  await toDocuments(page, harness.url);

  harness.shell.queueFiles([statement]);
  await page.getByTestId('add-income-proof').click();
  const card = page.getByTestId('card-income-proof');
  await expect(card.getByTestId('assigned-file')).toHaveCount(1, { timeout: 120_000 });

  harness.shell.queueFolder(work);
  await page.getByTestId('prepare-documents').click();
  await expect(card.getByTestId('output-name')).toHaveText(`${NOT_READY_FOLDER}/income-proof.pdf`, { timeout: 600_000 });
  await expect(card.getByTestId('not-ready-folder')).toBeVisible();
  await expect(card).toContainText('Not ready');
  // Advice names only what exists: the lower-quality choice and the page tools, never a "setting".
  await expect(card.getByTestId('lower-quality-income-proof')).toContainText('What the app can do now');
  await expect(card).not.toContainText(/setting/i);

  const folder = join(work, 'aima-upload-ready');
  const report = prepareReportSchema.parse(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')));
  const income = report.categories.find((c) => c.categoryId === 'income-proof')!;
  expect(income.status).toBe('not-ready');
  expect(income.output!.bytes).toBeGreaterThan(1_000_000);
  // Kept apart: in the not-ready folder only, never among the files to upload.
  expect(existsSync(join(folder, NOT_READY_FOLDER, 'income-proof.pdf'))).toBe(true);
  expect(existsSync(join(folder, 'income-proof.pdf'))).toBe(false);
  const html = readFileSync(join(folder, 'report.html'), 'utf8');
  expect(html).toContain('not ready: kept apart in the folder');
  // The card and report.html told him to scan again in black and white; his pages already are 1-bit (JBIG2).
  expect(income.output!.compression!.options).toEqual(['remove-pages']);
  expect(html).not.toContain('200 or 300 dpi');
  await expect(card).not.toContainText('200 or 300 dpi');
  await expect(card).toContainText('Its pages are already stored in black and white');
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: `${SCREENSHOTS}/walk-docs-s15-tomas-en.png` });

  // What the lower-quality choice shows: its size and whether it fits, before anything is accepted.
  const choice = card.getByTestId('lower-quality-income-proof');
  await choice.getByTestId('preview-lower-income-proof').click();
  await expect(choice.getByTestId('lower-quality-verdict')).toBeVisible({ timeout: 600_000 });
  // It said "Even at lower quality this PDF would be 1 MB, more than the 1 MB limit", and spoke of "this setting".
  const verdict = choice.getByTestId('lower-quality-verdict');
  await expect(verdict).toContainText(/Even at lower quality this PDF would be 1\.\d\d MB, more than the 1 MB limit\./);
  await expect(verdict).toContainText(
    'already stored in black and white: scanning the paper again would not give a smaller file',
  );
  await expect(card).not.toContainText(/setting/i);
  await card.screenshot({ path: `${SCREENSHOTS}/walk-docs-s15-tomas-lower-en.png` });

  await page.getByTestId('language-select').selectOption('pt');
  await expect(card).toContainText('Não está pronto');
  await expect(card).not.toContainText(/definição|configuração/i);
  await expect(verdict).toContainText(/Mesmo com menor qualidade, este PDF teria 1,\d\d MB/);
  await expect(card).toContainText('As páginas já estão guardadas a preto e branco');
  await card.screenshot({ path: `${SCREENSHOTS}/walk-docs-s15-tomas-pt.png` });
});
