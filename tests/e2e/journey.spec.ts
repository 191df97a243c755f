import { rmSync } from 'node:fs';
import { expect, test } from './fixtures';
import { addDocuments, ducAndTrouble, prepareAndWriteFolder, situationAndRoute, unlockFinancas, type Lang } from './journey/run';

for (const lang of ['en', 'pt'] as const satisfies readonly Lang[]) {
  test(`a person prepares a renewal from situation to upload-ready folder, DUC and contact-form text (${lang})`, async ({
    page,
    harness,
  }) => {
    test.setTimeout(300_000);
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
  await page.waitForTimeout(600); // let the last change save (saves are debounced by 250 ms)
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
