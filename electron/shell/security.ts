import type { BrowserWindowConstructorOptions } from 'electron';

/** The app's own scheme: the renderer is served from it, never from file:// or the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'aima';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Content-Security-Policy for every page of the app. No remote content at all:
 * scripts, styles, fonts and images only from the app itself ('self');
 * `blob:`/`data:` images for page thumbnails; pdf.js's worker from 'self'.
 * No inline scripts, no eval, no plugins, no framing, no form posts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The same policy for the `<meta>` tag written into index.html at build time
 * (frame-ancestors is only honoured as a header, so it is left out there).
 */
export function cspForMetaTag(): string {
  return CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 860,
    minWidth: 720,
    minHeight: 560,
    show: false,
    title: 'AIMA Prep',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** Only the app's own pages (and, in development, electron-vite's dev server) may be shown. */
export function isAllowedAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}

/** The variable electron-vite sets to its dev server's address when running `npm start`. */
export const DEV_RENDERER_URL_ENV = 'ELECTRON_RENDERER_URL';

/**
 * The development renderer URL, honoured only in a development run (`app.isPackaged` false) and only
 * for a loopback http address, which is what electron-vite's dev server is. In an installed app the
 * variable would make the window load whatever page it names and the IPC check trust that origin
 * (issue 18), so a packaged app always loads app://aima.
 */
export function devServerUrlFor(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  if (isPackaged) return undefined;
  const value = env[DEV_RENDERER_URL_ENV];
  if (!value) return undefined;
  try {
    const url = new URL(value);
    const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    return url.protocol === 'http:' && loopback ? value : undefined;
  } catch {
    return undefined;
  }
}
