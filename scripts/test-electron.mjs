#!/usr/bin/env node
// `npm run test:electron`: the real-Electron smoke suite (tests/electron) where Electron's binary is
// installed (the GitHub workflow installs it on Linux, Windows and macOS). Where it is not (no network
// to download it, as on this project's own CI machine) the suite is not run and says so in one line:
// it is skipped, not counted as passing. AIMA_REQUIRE_ELECTRON=1 turns the skip into a failure (the
// workflow sets it, so a missing binary there cannot pass unnoticed).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedBinary } from './ensure-electron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

if (!installedBinary(electronDir)) {
  if (process.env.AIMA_REQUIRE_ELECTRON === '1') {
    console.error(
      'test:electron: no Electron binary, and AIMA_REQUIRE_ELECTRON=1: install it with `node node_modules/electron/install.js`.',
    );
    process.exit(1);
  }
  console.log('test:electron skipped: no Electron binary (node_modules/electron/path.txt missing); the GitHub workflow runs it.');
  process.exit(0);
}
// Build first (out/ is what the app runs), only when the suite will run.
const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const playwright = join(root, 'node_modules', '@playwright', 'test', 'cli.js');
const result = spawnSync(process.execPath, [playwright, 'test', '-c', join(root, 'tests', 'electron', 'playwright.config.ts')], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
