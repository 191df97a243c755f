import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { CORPUS, expectAccessible } from './journey/helpers';
import { aWorker, answerSituation } from './journey/situation';
import { addDocuments, ducAndTrouble, prepareAndWriteFolder, situationAndRoute, unlockFinancas, type Lang } from './journey/run';

/** The text of every case.json under the harness's home (the default cases root is there). */
function savedCases(home: string): string[] {
  return readdirSync(home, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('case.json'))
    .map((file) => readFileSync(join(home, file), 'utf8'));
}

function statementsInOrder(json: string): boolean {
  const png = json.indexOf('linn.png');
  const jpeg = json.indexOf('exif_orientation_6.jpg');
  const webp = json.indexOf('photo.webp');
  return png !== -1 && jpeg > png && webp > jpeg;
}

/** 1 December 2026, 11:00 in Lisbon: the clock of every journey whose screens the README shows. */
const JOURNEY_NOW = new Date('2026-12-01T11:00:00Z');

for (const lang of ['en', 'pt'] as const satisfies readonly Lang[]) {
  test(`a person prepares a renewal from situation to upload-ready folder, DUC and contact-form text (${lang})`, async ({
    page,
    harness,
  }) => {
    test.setTimeout(300_000);
    // The README's screenshots come from this journey: on a fixed clock, so they show the same dates each run.
    await page.clock.setFixedTime(JOURNEY_NOW);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await situationAndRoute(page, harness, lang);
    await addDocuments(page, harness, lang);
    const out = await prepareAndWriteFolder(page, harness, lang);
    try {
      await ducAndTrouble(page, harness, lang);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(consoleErrors).toEqual([]);
  });
}

test('closing and reopening the app brings the case back where the person left it; passwords are not kept', async ({
  page,
  harness,
}) => {
  test.setTimeout(180_000);
  await situationAndRoute(page, harness, 'en');
  await addDocuments(page, harness, 'en');
  // Wait until the last change is on disk (saves are debounced by 250 ms): the passport photo and the
  // income statements in their final order (the webp photo last, after the reorder back).
  await expect
    .poll(() => savedCases(harness.home).some((json) => json.includes('example.heic') && statementsInOrder(json)), {
      timeout: 15_000,
    })
    .toBe(true);
  // A new window on the app's start address, as when the app is opened again.
  const again = await page.context().newPage();
  await page.close();
  await again.goto(harness.url);
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Your documents');
  await expect(again.getByTestId('card-income-proof').getByTestId('assigned-file')).toHaveCount(3);
  await expect(again.getByTestId('card-income-proof').getByTestId('assigned-file').nth(2)).toContainText('photo.webp');
  await expect(again.getByTestId('card-passport').getByTestId('assigned-file')).toContainText('example.heic');
  // The password was only in memory: the app asks for it again.
  await expect(again.getByTestId('card-financas-no-debt').getByTestId('enter-password')).toBeVisible();
  await unlockFinancas(again, 'en', false);

  await again.goto(`${harness.url}/#/situation/check`);
  await expect(again.getByTestId('situation-summary')).toContainText('A12345678');
  await expect(again.getByTestId('situation-summary')).toContainText('15 March 2027');
  await again.goto(`${harness.url}/#/`);
  await expect(again.getByTestId('task-situation')).toContainText('Done');
  await expect(again.getByTestId('task-documents')).toContainText('In progress');
});

test('keyboard only: the first questions can be answered without a mouse, with focus always visible', async ({
  page,
  harness,
}) => {
  await page.goto(harness.url);
  await expect(page.getByTestId('task-list')).toBeVisible();
  const link = page.getByTestId('task-situation').getByRole('link');
  // Tab until the "Your situation" link has focus, then follow it with Enter.
  for (let i = 0; i < 15 && !(await link.evaluate((element) => element === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toBeFocused();

  // Into the radio group, choose the second kind with the arrow key, then Continue with Enter.
  const first = page.locator('#situation-permitKind-0');
  for (let i = 0; i < 10 && !(await first.evaluate((element) => element === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const outline = await first.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#situation-permitKind-1')).toBeChecked();
  await page.keyboard.press('Enter'); // submits the form
  await expect(page.locator('h1')).toHaveText('What is the number of your residence permit?');
  // Focus starts on the heading: the next Tab reaches the field.
  await page.keyboard.press('Tab');
  await expect(page.locator('#situation-permitNumber')).toBeFocused();
  await page.keyboard.type('B7654321');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('When does your residence permit expire?');
});

test('files dropped anywhere on the documents page are sorted into the document they belong to', async ({ page, harness }) => {
  test.setTimeout(120_000);
  await page.goto(`${harness.url}/#/situation/permitKind`);
  await answerSituation(page, aWorker);
  await page.getByTestId('confirm-situation').click();
  await page.getByTestId('to-documents').click();
  const heic = `${CORPUS}/images/example.heic`;
  const statement = `${CORPUS}/scans/linn.png`;
  await page.evaluate(
    ([a, b]) =>
      Object.assign((window as unknown as { __harnessDropPaths: Record<string, string> }).__harnessDropPaths, {
        'example.heic': a,
        'linn.png': b,
      }),
    [heic, statement],
  );
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['x'], 'example.heic'));
    data.items.add(new File(['x'], 'linn.png'));
    return data;
  });
  await page.getByTestId('documents-drop-area').locator('p').first().dispatchEvent('drop', { dataTransfer: transfer });
  const sorter = page.getByTestId('drop-sorter');
  await expect(sorter).toBeVisible();
  await sorter.getByLabel('Which document is example.heic?').selectOption('passport');
  await sorter.getByLabel('Which document is linn.png?').selectOption('income-proof');
  await expectAccessible(page, 'sorting dropped files');
  await sorter.getByTestId('sort-add').click();
  await expect(page.getByTestId('card-passport').getByTestId('assigned-file')).toContainText('example.heic');
  await expect(page.getByTestId('card-income-proof').getByTestId('assigned-file')).toContainText('linn.png');
});
