import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/**
 * Session 11's walk: case saves wait SAVE_DELAY_MS after a change, and the save on `pagehide` starts as the page
 * goes, so the change made just before the window closed could be lost. The shell now asks the page to save before it
 * closes the window (electron/shell/main.ts); the harness stands in for the shell's request.
 */
test('a change made just before the window closes is there when the app opens again', async ({ page, harness }) => {
  await page.goto(`${harness.url}/#/situation/permitNumber`);
  await page.locator('#situation-permitNumber').fill('Z7654321');
  await page.getByTestId('continue').click();
  // At once, well inside the save delay: the shell's request to save, then the window closes.
  await page.evaluate(() => (window as unknown as { __harnessRequestClose: () => Promise<void> }).__harnessRequestClose());
  // The page answered only once the change was written: case.json holds it before the window closes (no waiting here).
  const cases = join(harness.home, 'Documents', 'AIMA Prep', 'cases');
  const [caseId] = readdirSync(cases);
  const caseJson = JSON.parse(readFileSync(join(cases, caseId!, 'case.json'), 'utf8')) as {
    situation: { permitNumber?: string };
  };
  expect(caseJson.situation.permitNumber).toBe('Z7654321');
  const context = page.context();
  await page.close();

  const again = await context.newPage();
  await again.goto(`${harness.url}/#/situation/permitNumber`);
  await expect(again.locator('#situation-permitNumber')).toHaveValue('Z7654321');
});
