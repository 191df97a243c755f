import { test as base } from '@playwright/test';
import { startHarness, type Harness } from './harness/server';
import { aWorker, answerSituation } from './journey/situation';

const DEC_1 = new Date('2026-12-01T11:00:00Z');
const test = base.extend<{ harness: Harness }>({
  // eslint-disable-next-line no-empty-pattern
  harness: async ({}, use) => {
    const harness = await startHarness({ now: () => DEC_1.toISOString() });
    await use(harness);
    await harness.close();
  },
});
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(DEC_1);
});
for (const exp of ['2026-12-26', '2026-03-10']) {
  test(`route ${exp}`, async ({ page, harness }) => {
    await page.goto(`${harness.url}/#/situation/permitKind`);
    await answerSituation(page, { ...aWorker, permitExpiry: exp });
    await page.getByTestId('confirm-situation').click();
    await page.goto(`${harness.url}/#/route`);
    await page.getByTestId('timeline').waitFor();
    await page.screenshot({ path: `/tmp/f16shots/route-${exp}.png`, fullPage: true });
    console.log(await page.getByTestId('timeline').innerText());
    await page.goto(`${harness.url}/#/`);
    await page.waitForTimeout(500);
    console.log('---HOME---\n' + (await page.locator('main').innerText()));
  });
}
