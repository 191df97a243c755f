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
