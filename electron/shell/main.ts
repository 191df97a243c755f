import { app, BrowserWindow, ipcMain, net, protocol, session } from 'electron';
import { join, normalize, relative, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_CLOSE_READY_CHANNEL, IPC_CLOSE_REQUEST_CHANNEL } from '../../shared/api/channels';
import { createHandlers } from '../handlers';
import { electronShellPort } from './electron-shell-port';
import { registerIpc } from './ipc';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  devServerUrlFor,
  isAllowedAppUrl,
  mainWindowOptions,
} from './security';

// The thin Electron layer: windows, the app:// protocol, IPC registration.
// Everything it calls lives in plain-Node modules under electron/handlers and below.

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Only in development: a packaged app never loads (or trusts for IPC) a page named by the environment.
const devServerUrl = devServerUrlFor(app.isPackaged, process.env);
const rendererDir = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

let mainWindow: BrowserWindow | null = null;

function serveRendererFiles(): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const wanted = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    const file = join(rendererDir, wanted);
    const inside = relative(rendererDir, file);
    if (inside.startsWith('..') || isAbsolute(inside)) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  // Checks (navigator.permissions.query, media and HID/USB/serial lookups) are answered "denied" too, not "ask".
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

/** How long the window waits for the page to save what it has pending before it closes anyway (a hung page). */
const CLOSE_SAVE_DEADLINE_MS = 5_000;

/** Whether the app is quitting (its windows close because of it). */
let quitting = false;
app.on('before-quit', () => {
  quitting = true;
});

/**
 * Closing the window first asks the page to save its pending change (saves are debounced), then closes when the page
 * says it has finished, or at the deadline: the last change before closing is kept, and a page that never answers
 * cannot keep the window open.
 */

function saveBeforeClose(window: BrowserWindow): void {
  let saved = false;
  window.on('close', (event) => {
    if (saved || window.webContents.isDestroyed() || window.webContents.isCrashed()) return;
    event.preventDefault();
    const close = () => {
      if (saved) return;
      saved = true;
      ipcMain.removeListener(IPC_CLOSE_READY_CHANNEL, onReady);
      clearTimeout(deadline);
      if (!window.isDestroyed()) window.close();
      // Holding the close back cancelled a quit in progress (Cmd+Q on macOS, where closing the last window does not
      // quit): quit again now that the page has saved.
      if (quitting) app.quit();
    };
    const onReady = (readyEvent: Electron.IpcMainEvent) => {
      if (readyEvent.sender === window.webContents) close();
    };
    const deadline = setTimeout(close, CLOSE_SAVE_DEADLINE_MS);
    ipcMain.on(IPC_CLOSE_READY_CHANNEL, onReady);
    window.webContents.send(IPC_CLOSE_REQUEST_CHANNEL);
  });
}

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(preloadPath));
  saveBeforeClose(mainWindow);
  mainWindow.on('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  const contents = mainWindow.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedAppUrl(url, devServerUrl)) event.preventDefault();
  });
  // A server-side or scheme redirect is a navigation too: the same rule, so no redirect leaves the app's pages.
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  void mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

// A failure while starting (no window could be made) quits with the reason instead of leaving a windowless process.
app
  .whenReady()
  .then(() => {
    hardenSessions();
    serveRendererFiles();
    registerIpc(createHandlers({ appVersion: app.getVersion(), shell: electronShellPort(() => mainWindow) }), devServerUrl);
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  })
  .catch((error: unknown) => {
    console.error('AIMA Prep could not start:', error);
    app.exit(1);
  });

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
