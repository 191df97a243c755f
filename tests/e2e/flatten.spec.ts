import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tablePhoto } from '../../bench/table-photo';
import { caseFileSchema } from '../../shared/case/case-file';
import { prepareReportSchema } from '../../shared/engine/report';
import { expect, test } from './fixtures';
import { aWorker, answerSituation } from './journey/situation';

const SCREENSHOTS = 'tests/e2e/__screenshots__';
const DEC_1 = new Date('2026-12-01T11:00:00Z');

/**
 * Issue 15 in the documents step: a phone photo of a contract page lying on a table is straightened
 * into a scan. The card shows the photo with the page edge found and the page as it will be uploaded;
 * the person can keep the original photo of that page, which is stored in the case, and the next
 * preparation uses the photo as it is (report.json says so).
 */
test('a phone photo is shown before and after straightening, and the original can be kept', async ({ page, harness }) => {
  test.setTimeout(600_000);
  await page.clock.setFixedTime(DEC_1);
  const work = mkdtempSync(join(tmpdir(), 'aima-e2e-flatten-'));
  const photoPath = join(work, 'contract-page-1.jpg');
  writeFileSync(photoPath, (await tablePhoto({ seed: 3 })).jpeg);

  await page.goto(harness.url);
  await page.getByTestId('task-situation').getByRole('link').click();
  await answerSituation(page, aWorker);
  await page.getByTestId('confirm-situation').click();
  await page.getByTestId('to-documents').click();

  harness.shell.queueFiles([photoPath]);
  await page.getByTestId('add-employment-contract').click();
  const card = page.getByTestId('card-employment-contract');
  await expect(card.getByTestId('assigned-file')).toHaveCount(1);

  // Before / after.
  await card.getByTestId('flatten-toggle').click();
  const preview = card.getByTestId('flatten-page');
  await expect(preview.getByTestId('flatten-after')).toBeVisible({ timeout: 120_000 });
  await expect(preview.getByTestId('flatten-before')).toBeVisible();
  await expect(preview.getByTestId('flatten-message')).toContainText('The page was found in the photo');
  await expect(card.locator('.flatten-outline polygon')).toHaveCount(1);
  // The straightened page is A4-shaped (portrait), the photo is not.
  const after = await preview
    .getByTestId('flatten-after')
    .evaluate((img: HTMLImageElement) => img.naturalHeight / img.naturalWidth);
  expect(after).toBeCloseTo(Math.SQRT2, 1);
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: `${SCREENSHOTS}/flatten-before-after-en.png` });

  harness.shell.queueFolder(work);
  await page.getByTestId('prepare-documents').click();
  await expect(card.getByTestId('output-name')).toHaveText('employment-contract.pdf', { timeout: 300_000 });
  const folder = join(work, 'aima-upload-ready');
  const readReport = () => prepareReportSchema.parse(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')));
  const flattened = readReport().categories.find((c) => c.categoryId === 'employment-contract')!.inputs[0]!.converted![0]!;
  expect(flattened.flatten).toMatchObject({ applied: true, reason: 'outline-found', crop: { a4: true } });
  expect(flattened.sizing).toBe('paper-size');
  expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain(
    'Page 1: photo straightened into a scan, the table around it cropped away and the light evened out',
  );

  // Undo for this page: keep the original photo. The choice is stored in the case.
  await preview.getByTestId('flatten-keep').check();
  await expect(preview.getByTestId('flatten-message')).toHaveText('You chose to keep your photo as it is.');
  await expect(preview.getByRole('img', { name: 'What will be uploaded: your photo, as it is' })).toBeVisible();
  await card.screenshot({ path: `${SCREENSHOTS}/flatten-kept-en.png` });
  const casesRoot = join(harness.home, 'Documents', 'AIMA Prep', 'cases');
  await expect
    .poll(() => {
      const [caseId] = readdirSync(casesRoot);
      const stored = caseFileSchema.parse(JSON.parse(readFileSync(join(casesRoot, caseId!, 'case.json'), 'utf8')));
      return Object.values(stored.keepOriginalPhoto ?? {});
    })
    .toEqual([[0]]);

  await page.getByTestId('prepare-documents').click();
  await expect
    .poll(() => readReport().categories.find((c) => c.categoryId === 'employment-contract')!.inputs[0]!.converted![0]!.flatten, {
      timeout: 300_000,
    })
    .toEqual({ applied: false, reason: 'kept-original' });
  const kept = readReport().categories.find((c) => c.categoryId === 'employment-contract')!.inputs[0]!.converted![0]!;
  expect(kept.sizing).toBe('fit-a4');
  expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('Page 1: photo kept as it is, as you chose');

  // The same card in Portuguese, read as a person would.
  await page.getByTestId('language-select').selectOption('pt');
  await expect(preview.getByTestId('flatten-message')).toHaveText('Optou por manter a sua fotografia tal como está.');
  await preview.getByTestId('flatten-keep').uncheck();
  await expect(preview.getByTestId('flatten-message')).toContainText('A página foi encontrada na fotografia');
  await card.screenshot({ path: `${SCREENSHOTS}/flatten-before-after-pt.png` });
});
