import { test as base, expect } from '@playwright/test';
import { startHarness, type Harness } from './harness/server';

/** Each test gets its own harness (fresh handlers, fresh scripted shell) and a page opened on it. */
export const test = base.extend<{ harness: Harness }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured first argument.
  harness: async ({}, use) => {
    const harness = await startHarness();
    await use(harness);
    await harness.close();
  },
});
export { expect };

/**
 * The same, with the handlers' clock (the harness's `now`, so batch runs and letters date as the page does)
 * and the page's clock fixed at `now`: the journeys' walks are read on one day.
 */
export function testOnFixedClock(now: Date) {
  return base.extend<{ harness: Harness; fixedPageClock: void }>({
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured first argument.
    harness: async ({}, use) => {
      const harness = await startHarness({ now: () => now.toISOString() });
      await use(harness);
      await harness.close();
    },
    fixedPageClock: [
      async ({ page }, use) => {
        await page.clock.setFixedTime(now);
        await use();
      },
      { auto: true },
    ],
  });
}
