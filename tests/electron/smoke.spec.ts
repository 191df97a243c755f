/**
 * The real app in real Electron (Playwright's `_electron`): what the Chromium end-to-end tests can only
 * check against stand-ins. The window opens from app:// with the CSP header; the sandboxed preload
 * exposes window.aima and nothing of Node; a document is prepared through IPC by the real engine; an
 * IPC call from a page that is not the app's is refused; no console errors.
 * Run by `npm run test:electron` (scripts/test-electron.mjs), which skips it in one line where no
 * Electron binary is installed; the GitHub workflow installs it and runs this on Linux, Windows, macOS.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY } from '../../electron/shell/security';
import { CORPUS } from '../corpus';

const root = join(import.meta.dirname, '..', '..');

let app: ElectronApplication;
let page: Page;
let userData: string;
const consoleErrors: string[] = [];

test.beforeAll(async () => {
  userData = await mkdtemp(join(tmpdir(), 'aima-electron-'));
  app = await electron.launch({
    // package.json "main" is out/main/index.js (npm run build first).
    args: [root, `--user-data-dir=${userData}`],
    cwd: root,
    env: { ...process.env, ELECTRON_RENDERER_URL: '', NODE_ENV: 'production' },
  });
  page = await app.firstWindow();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  await rm(userData, { recursive: true, force: true });
});

test('the window opens on the app:// page with the CSP header, and shows the app', async () => {
  expect(page.url()).toBe(`${APP_ORIGIN}/index.html`);
  await expect(page.locator('#root')).not.toBeEmpty();
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  const header = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  expect(header).toBe(CONTENT_SECURITY_POLICY);
  // The policy is enforced: an inline script is refused.
  const refused = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.__inline = true';
        document.body.append(script);
      }),
  );
  expect(refused).toMatch(/^script-src/);
});

test('the sandboxed preload exposes window.aima and nothing of Node', async () => {
  const exposed = await page.evaluate(() => ({
    aima: typeof window.aima,
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(exposed).toEqual({ aima: 'object', require: 'undefined', process: 'undefined' });
  const info = await page.evaluate(() => window.aima.appInfo({}));
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  expect(info).toMatchObject({ ok: true, value: { appVersion: version } });
});

test('a document is prepared through IPC by the real engine (photo to PDF)', async () => {
  const outputDir = await mkdtemp(join(tmpdir(), 'aima-electron-out-'));
  try {
    const photo = join(CORPUS, 'images', 'exif_orientation_6.jpg');
    const result = await page.evaluate(
      ({ photo, outputDir }) =>
        window.aima.documentsPrepare({
          operationId: 'electron-smoke',
          outputDir,
          categories: [{ categoryId: 'passport', items: [{ path: photo }] }],
        }),
      { photo, outputDir },
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.value.report.files).toContain('passport.pdf');
    const pdf = await readFile(join(outputDir, 'passport.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(join(outputDir, 'report.json'))).toBe(true);
  } finally {
    await rm(outputDir, { recursive: true, force: true });
  }
});

test('an IPC call from a page that is not the app is refused', async () => {
  // A second window with the app's own preload, on a page of another origin.
  const preload = join(root, 'out', 'preload', 'index.cjs');
  const answer = await app.evaluate(async ({ BrowserWindow }, preload) => {
    const foreign = new BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true } });
    await foreign.loadURL('data:text/html,<title>foreign</title>');
    const result: unknown = await foreign.webContents.executeJavaScript('window.aima.appInfo({})');
    foreign.destroy();
    return result;
  }, preload);
  expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
});

test('no console errors while the app started and worked', () => {
  expect(consoleErrors).toEqual([]);
});
