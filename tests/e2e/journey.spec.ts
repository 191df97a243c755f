import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { CORPUS, expectAccessible, SCREENSHOTS } from './journey/helpers';
import { aWorker, answerSituation } from './journey/situation';

test('a person prepares a renewal from situation to upload-ready folder, in English', async ({ page, harness }) => {
  test.setTimeout(180_000);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(harness.url);
  await expect(page.getByTestId('task-situation')).toContainText('Not started');
  await expectAccessible(page, 'task list');
  await page.screenshot({ path: `${SCREENSHOTS}/step-0-tasks-en.png`, fullPage: true });

  // Step 1: the error summary links to the field when nothing is chosen.
  await page.getByRole('link', { name: 'Your situation' }).click();
  await page.getByTestId('continue').click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Select the kind of residence permit you have');
  await expectAccessible(page, 'situation question with an error');
  await summary.getByRole('link').click();
  await expect(page.locator('#situation-permitKind-0')).toBeFocused();

  await answerSituation(page, aWorker, async (field) => {
    if (field === 'permitKind') await page.screenshot({ path: `${SCREENSHOTS}/step-1-situation-en.png`, fullPage: true });
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expect(page.getByTestId('situation-summary')).toContainText('15 March 2027');
  await expectAccessible(page, 'check your answers');
  await page.screenshot({ path: `${SCREENSHOTS}/step-1-check-answers-en.png`, fullPage: true });
  await page.getByTestId('confirm-situation').click();

  // Step 2: the route for a permit expiring in March 2027.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your route');
  await expect(page.getByTestId('route-portal')).toContainText('Portal das Renovações');
  await expect(page.getByTestId('route-when')).toBeVisible();
  await expectAccessible(page, 'route');
  await page.screenshot({ path: `${SCREENSHOTS}/step-2-route-en.png`, fullPage: true });
  await page.getByTestId('to-documents').click();

  // Step 3: a passport photo (iPhone HEIC), an encrypted Finanças PDF, three bank statements in one category.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your documents');
  harness.shell.queueFiles([`${CORPUS}/images/example.heic`]);
  await page.getByTestId('add-passport').click();
  const passport = page.getByTestId('card-passport');
  await expect(passport.getByTestId('assigned-file')).toHaveCount(1);
  await expect(passport).toContainText('HEIC');

  harness.shell.queueFiles([`${CORPUS}/encrypted/aes-256_R6_acrobatXI_user-view_owner-master.pdf`]);
  await page.getByTestId('add-financas-no-debt').click();
  const financas = page.getByTestId('card-financas-no-debt');
  await expect(financas).toContainText('Needs a password');
  await financas.getByTestId('enter-password').click();
  const dialog = page.getByTestId('password-dialog');
  await expect(dialog.getByLabel('Password')).toBeFocused();
  await dialog.getByLabel('Password').fill('wrong');
  await dialog.getByTestId('password-submit').click();
  await expect(dialog).toContainText('This password does not open the file');
  await expectAccessible(page, 'password dialog');
  await page.screenshot({ path: `${SCREENSHOTS}/step-3-password-en.png` });
  await dialog.getByLabel('Password').fill('view');
  await dialog.getByTestId('password-submit').click();
  await expect(dialog).toBeHidden();
  await expect(financas).toContainText('password accepted for this session');

  const statements = ['scans/linn.png', 'images/exif_orientation_6.jpg', 'images/photo.webp'].map((file) => `${CORPUS}/${file}`);
  harness.shell.queueFiles(statements);
  await page.getByTestId('add-income-proof').click();
  const income = page.getByTestId('card-income-proof');
  await expect(income.getByTestId('assigned-file')).toHaveCount(3);
  // Reorder: the last statement first, then back.
  await income.getByRole('button', { name: 'Move photo.webp up' }).click();
  await expect(income.getByTestId('assigned-file').nth(1)).toContainText('photo.webp');
  await income.getByRole('button', { name: 'Move photo.webp down' }).click();
  await expect(income.getByTestId('assigned-file').nth(2)).toContainText('photo.webp');

  const out = mkdtempSync(join(tmpdir(), 'aima-e2e-out-'));
  try {
    harness.shell.queueFolder(out);
    await page.getByTestId('prepare-documents').click();
    await expect(page.getByTestId('prepare-status')).toContainText('Your documents were prepared', { timeout: 120_000 });
    await expect(passport.getByTestId('output-name')).toHaveText('passport.pdf');
    await expect(financas.getByTestId('output-name')).toHaveText('financas-no-debt.pdf');
    await expect(income.getByTestId('output-name')).toHaveText('income-proof.pdf');
    await expect(income).toContainText('merged from 3 files');
    await expectAccessible(page, 'documents with results');
    await page.screenshot({ path: `${SCREENSHOTS}/step-3-documents-en.png`, fullPage: true });

    const folder = join(out, 'aima-upload-ready');
    for (const name of ['passport.pdf', 'financas-no-debt.pdf', 'income-proof.pdf', 'report.json', 'report.html']) {
      expect(existsSync(join(folder, name)), name).toBe(true);
    }
    const report = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as {
      categories: Array<{ categoryId: string; inputs: unknown[] }>;
    };
    expect(report.categories.find((c) => c.categoryId === 'income-proof')?.inputs).toHaveLength(3);
    expect(readFileSync(join(folder, 'financas-no-debt.pdf')).includes(Buffer.from('/Encrypt'))).toBe(false);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }

  expect(consoleErrors).toEqual([]);
});
