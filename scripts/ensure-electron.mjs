#!/usr/bin/env node
// Start step of `npm start`: makes sure Electron's binary is installed before electron-vite runs.
//
// Why: the `electron` package (45) downloads its binary lazily, when node_modules/electron/path.txt
// is missing and the package is first required; but electron-vite reads path.txt itself and throws
// "Electron uninstall" before that can happen. So on a fresh clone `npm start` failed, with or
// without network. This step runs Electron's own installer (node_modules/electron/install.js, which
// downloads the zip for this system, checks it against checksums.json and writes path.txt) and, when
// that fails, says in one sentence what is missing and what to do.
//
// Plain JavaScript on purpose: it runs before anything is built or compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where Electron's package is: node_modules/electron next to this repository, or `--electron-dir <dir>` (tests). */
function electronDirFrom(argv) {
  const flag = argv.indexOf('--electron-dir');
  if (flag !== -1 && argv[flag + 1]) return argv[flag + 1];
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');
}

/** The binary electron-vite will start, or null when it is not there (the same lookup electron-vite makes). */
export function installedBinary(electronDir, env = process.env) {
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** The last line of the installer's error output that says something (its stack trace ends with the cause). */
function causeOf(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '));
  return lines[0] ?? 'no output from the installer';
}

/**
 * Installs the binary when it is missing. Returns the exit code for the start script:
 * 0 when the binary is there (already, or after installing), 1 with one sentence on stderr otherwise.
 */
export function ensureElectron(electronDir, { env = process.env, log = console.log, error = console.error } = {}) {
  if (env.ELECTRON_EXEC_PATH && !existsSync(env.ELECTRON_EXEC_PATH)) {
    error(
      `Cannot start: ELECTRON_EXEC_PATH points to ${env.ELECTRON_EXEC_PATH}, which does not exist; unset it or point it to an Electron binary.`,
    );
    return 1;
  }
  if (installedBinary(electronDir, env)) return 0;
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer)) {
    error(`Cannot start: ${electronDir} is missing or incomplete; run \`npm ci\` first.`);
    return 1;
  }
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  log(
    `Installing Electron ${version}'s binary for ${process.platform}-${process.arch} (first start only, about 100 MB to download)…`,
  );
  const result = spawnSync(process.execPath, [installer], { cwd: electronDir, env, encoding: 'utf8' });
  if (result.status === 0 && installedBinary(electronDir, env)) {
    log(`Electron ${version} installed.`);
    return 0;
  }
  const cause = result.error ? result.error.message : causeOf(`${result.stderr ?? ''}\n${result.stdout ?? ''}`);
  error(
    `Cannot start: Electron ${version}'s binary is not installed and downloading it failed (${cause}); ` +
      'connect to the internet and run `npm start` again, or copy the Electron zip for this system into ' +
      "Electron's download cache (electron_config_cache) and retry.",
  );
  return 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = ensureElectron(electronDirFrom(process.argv.slice(2)));
}
