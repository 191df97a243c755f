/**
 * The built main process (out/main/index.js, what app.asar ships) run under plain Node with a recording
 * stand-in for Electron (electron-stub/): with ELECTRON_RENDERER_URL set, a packaged app still loads
 * app://aima, and only an unpackaged development run takes electron-vite's loopback dev server.
 * Also: navigations and redirects to an outside address are stopped, new windows denied, permission
 * requests, checks and device access refused. Run with `npm run test:package` (builds first).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from './linux-dir';

const MAIN = join(repositoryRoot, 'out', 'main', 'index.js');
const REGISTER = pathToFileURL(join(import.meta.dirname, 'electron-stub', 'register.mjs')).href;
let work: string;

interface StubReport {
  loaded: string[];
  guards: Record<string, boolean>;
  session: string[];
  ipcChannels: number;
  windowOpen: string | null;
}

async function runMain(packaged: boolean, rendererUrl: string): Promise<StubReport> {
  const report = join(work, `report-${packaged}-${encodeURIComponent(rendererUrl)}.json`);
  await promisify(execFile)(process.execPath, ['--import', REGISTER, MAIN], {
    cwd: work,
    env: {
      ...process.env,
      ELECTRON_RENDERER_URL: rendererUrl,
      AIMA_STUB_PACKAGED: packaged ? '1' : '0',
      AIMA_STUB_REPORT: report,
      AIMA_PREP_CASES_ROOT: join(work, 'cases'),
    },
    timeout: 60_000,
  });
  return JSON.parse(await readFile(report, 'utf8')) as StubReport;
}

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} not found: run \`npm run build\` first`);
  work = await mkdtemp(join(tmpdir(), 'aima-main-bundle-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the built main process', () => {
  it('packaged, it refuses ELECTRON_RENDERER_URL and loads the app from app://aima', async () => {
    const report = await runMain(true, 'http://127.0.0.1:5173/');
    expect(report.loaded).toEqual(['app://aima/index.html']);
    expect(report.ipcChannels).toBeGreaterThan(0);
  });

  it('packaged, an outside address in ELECTRON_RENDERER_URL is refused too', async () => {
    expect((await runMain(true, 'https://evil.example/')).loaded).toEqual(['app://aima/index.html']);
  });

  it('in a development run it takes the loopback dev server, never an outside address', async () => {
    expect((await runMain(false, 'http://localhost:5173/')).loaded).toEqual(['http://localhost:5173/']);
    expect((await runMain(false, 'https://evil.example/')).loaded).toEqual(['app://aima/index.html']);
  });

  it('stops navigations and redirects away from the app, denies new windows, permissions and devices', async () => {
    const report = await runMain(true, '');
    expect(report.guards).toEqual({ 'will-navigate': true, 'will-redirect': true });
    expect(report.windowOpen).toBe('deny');
    expect(report.session.sort()).toEqual(['check:false', 'device:false', 'request:false']);
  });
});
