/**
 * `npm start`'s first step (scripts/ensure-electron.mjs) on an `electron` package as a fresh clone has
 * it: no path.txt, no dist/. Electron's installer is replaced by stand-ins (one that installs as the
 * real one does — writes dist/<binary> and path.txt — and one that fails as it does offline), and the
 * step runs as `npm start` runs it, as its own process.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'ensure-electron.mjs');

/** A stand-in for node_modules/electron/install.js that succeeds the way the real one does. */
const INSTALLING = `
const fs = require('fs'); const path = require('path');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), 'binary');
fs.writeFileSync(path.join(__dirname, 'dist', 'version'), '45.5.0');
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
fs.writeFileSync(path.join(__dirname, 'installer-ran'), String(process.cwd()));
`;

/** A stand-in that fails as install.js does without network (@electron/get's fetch error, then exit 1). */
const OFFLINE = `
console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:13510:13\\n    at async downloadArtifact');
process.exit(1);
`;

let electronDir: string;

beforeEach(async () => {
  electronDir = join(await mkdtemp(join(tmpdir(), 'aima-ensure-electron-')), 'electron');
  await mkdir(electronDir);
  await writeFile(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0' }));
});

afterEach(async () => {
  await rm(join(electronDir, '..'), { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runStartStep(env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const { ELECTRON_EXEC_PATH: _unset, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, '--electron-dir', electronDir],
      { env: { ...inherited, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm start, first step: Electron’s binary', () => {
  it('installs it with Electron’s own installer when path.txt is missing, then lets electron-vite run', async () => {
    await writeFile(join(electronDir, 'install.js'), INSTALLING);
    expect(existsSync(join(electronDir, 'path.txt'))).toBe(false);
    const run = await runStartStep();
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain("Installing Electron 45.5.0's binary");
    expect(run.stdout).toContain('Electron 45.5.0 installed.');
    expect(await readFile(join(electronDir, 'path.txt'), 'utf8')).toBe('electron');
    expect(await readFile(join(electronDir, 'installer-ran'), 'utf8')).toBe(electronDir);
  });

  it('offline: one sentence saying what is missing and what to do, and exit 1 so electron-vite does not run', async () => {
    await writeFile(join(electronDir, 'install.js'), OFFLINE);
    const run = await runStartStep();
    expect(run.code).toBe(1);
    const message = run.stderr.trim();
    expect(message).toBe(
      "Cannot start: Electron 45.5.0's binary is not installed and downloading it failed (TypeError: fetch failed); " +
        'connect to the internet and run `npm start` again, or copy the Electron zip for this system into ' +
        "Electron's download cache (electron_config_cache) and retry.",
    );
    expect(message.split('\n')).toHaveLength(1);
    expect(message).not.toContain('    at ');
  });

  it('does nothing when the binary is already installed', async () => {
    await writeFile(join(electronDir, 'install.js'), OFFLINE); // would fail if it ran
    await mkdir(join(electronDir, 'dist'));
    await writeFile(join(electronDir, 'dist', 'electron'), 'binary');
    await writeFile(join(electronDir, 'path.txt'), 'electron');
    expect(await runStartStep()).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('runs the installer again when path.txt names a binary that is gone (an interrupted download)', async () => {
    await writeFile(join(electronDir, 'install.js'), INSTALLING);
    await writeFile(join(electronDir, 'path.txt'), 'electron');
    const run = await runStartStep();
    expect(run.code).toBe(0);
    expect(existsSync(join(electronDir, 'installer-ran'))).toBe(true);
  });

  it('says to run npm ci when the electron package itself is missing', async () => {
    await rm(electronDir, { recursive: true });
    const run = await runStartStep();
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`Cannot start: ${electronDir} is missing or incomplete; run \`npm ci\` first.`);
  });

  it('accepts an Electron binary named by ELECTRON_EXEC_PATH (as electron-vite does) and refuses a wrong one', async () => {
    await writeFile(join(electronDir, 'install.js'), OFFLINE);
    const binary = join(electronDir, 'elsewhere-electron');
    await writeFile(binary, 'binary');
    expect((await runStartStep({ ELECTRON_EXEC_PATH: binary })).code).toBe(0);
    const wrong = await runStartStep({ ELECTRON_EXEC_PATH: join(electronDir, 'nope') });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('ELECTRON_EXEC_PATH points to');
  });
});
