import { expect, test } from './fixtures';
import { expectAccessible, SCREENSHOTS } from './journey/helpers';
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

  expect(consoleErrors).toEqual([]);
});
