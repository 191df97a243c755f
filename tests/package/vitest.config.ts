import { defineConfig } from 'vitest/config';

// The packaging test runs on its own (`npm run test:package`): it needs out/ built first and takes ~1 minute.
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
