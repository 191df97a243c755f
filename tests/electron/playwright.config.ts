import { defineConfig } from '@playwright/test';

/**
 * The real-Electron smoke suite (tests/electron). Started by scripts/test-electron.mjs, which runs it
 * only where Electron's binary is installed. No browser is involved: `_electron` launches the app.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  reporter: [['list']],
});
