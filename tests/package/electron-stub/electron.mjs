// A recording stand-in for the parts of Electron the main process uses (tests/package/main-bundle.test.ts).
// It is packaged or not as AIMA_STUB_PACKAGED says; when the window loads its page it tries the
// navigation guards with an outside address, writes what it saw to AIMA_STUB_REPORT and ends the process.
import { writeFileSync } from 'node:fs';

const report = { loaded: [], guards: {}, session: [], ipcChannels: 0, windowOpen: null };
const EVIL = 'https://evil.example/';

export const app = {
  isPackaged: process.env.AIMA_STUB_PACKAGED === '1',
  getVersion: () => '0.0.0-stub',
  getPath: () => process.cwd(),
  whenReady: () => Promise.resolve(),
  on: () => {},
  quit: () => {},
};

class WebContents {
  events = {};
  setWindowOpenHandler(handler) {
    report.windowOpen = handler({ url: EVIL }).action;
  }
  on(name, handler) {
    this.events[name] = handler;
  }
}

export class BrowserWindow {
  constructor() {
    this.webContents = new WebContents();
  }
  static getAllWindows() {
    return [];
  }
  on() {}
  show() {}
  loadURL(url) {
    report.loaded.push(url);
    for (const name of ['will-navigate', 'will-redirect']) {
      let prevented = false;
      this.webContents.events[name]?.({ preventDefault: () => (prevented = true) }, EVIL);
      report.guards[name] = prevented;
    }
    writeFileSync(process.env.AIMA_STUB_REPORT, JSON.stringify(report));
    setTimeout(() => process.exit(0), 10);
    return Promise.resolve();
  }
}

export const protocol = { registerSchemesAsPrivileged: () => {}, handle: () => {} };
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler) => handler(null, 'media', (granted) => report.session.push(`request:${granted}`)),
    setPermissionCheckHandler: (handler) => report.session.push(`check:${handler(null, 'media', EVIL, {})}`),
    setDevicePermissionHandler: (handler) => report.session.push(`device:${handler({ deviceType: 'usb', origin: EVIL })}`),
    webRequest: { onHeadersReceived: () => {} },
  },
};
export const net = { fetch: () => Promise.reject(new Error('no network in the stub')) };
export const ipcMain = { handle: () => (report.ipcChannels += 1) };
export const dialog = {};
export const shell = {};
export default { app, BrowserWindow, protocol, session, net, ipcMain, dialog, shell };
