import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  cspForMetaTag,
  devServerUrlFor,
  isAllowedAppUrl,
  mainWindowOptions,
} from '../../electron/shell/security';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('Electron window security', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('has a strict Content-Security-Policy: nothing remote, no inline script, no eval', () => {
    const csp = directives(CONTENT_SECURITY_POLICY);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, values] of csp) {
      for (const value of values) {
        expect(value, `${name} allows ${value}`).not.toMatch(/^(https?:|\*|'unsafe-inline'|'unsafe-eval'|ws:|wss:)/);
      }
    }
  });

  it('the built index.html carries the same policy as the shell sends', async () => {
    const html = await readFile(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    expect(html).toContain('content="%AIMA_CSP%"');
    expect(cspForMetaTag()).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });

  it('allows navigation only to the app itself (and the dev server in development)', () => {
    expect(isAllowedAppUrl('app://aima/index.html')).toBe(true);
    expect(isAllowedAppUrl('https://aima.gov.pt/')).toBe(false);
    expect(isAllowedAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedAppUrl('app://evil/index.html')).toBe(false);
    expect(isAllowedAppUrl('not a url')).toBe(false);
    expect(isAllowedAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

describe('development renderer URL', () => {
  it('is honoured only unpackaged, and only for a loopback http dev server', () => {
    const env = (url: string) => ({ ELECTRON_RENDERER_URL: url });
    expect(devServerUrlFor(true, env('http://localhost:5173/'))).toBeUndefined();
    expect(devServerUrlFor(false, env('http://localhost:5173/'))).toBe('http://localhost:5173/');
    expect(devServerUrlFor(false, env('http://127.0.0.1:5173/'))).toBe('http://127.0.0.1:5173/');
    expect(devServerUrlFor(false, env('https://evil.example/'))).toBeUndefined();
    expect(devServerUrlFor(false, env('http://localhost.evil.example/'))).toBeUndefined();
    expect(devServerUrlFor(false, env('file:///tmp/index.html'))).toBeUndefined();
    expect(devServerUrlFor(false, env('not a url'))).toBeUndefined();
    expect(devServerUrlFor(false, {})).toBeUndefined();
  });
});
