import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * The Electron fuses of the packaged app, as electron-builder reads them from electron-builder.yml
 * (tests/package/packaged-app.test.ts checks they are really flipped in the packaged executable).
 */
const root = join(import.meta.dirname, '..', '..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, boolean> };

/** Files shipped beside the app that start its executable as Node (the packaged command line's launchers). */
function launchersUsingRunAsNode(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (readFileSync(path, 'utf8').includes('ELECTRON_RUN_AS_NODE')) found.push(path);
    }
  };
  walk(join(root, 'packaging'));
  return found;
}

describe('Electron fuses in electron-builder.yml', () => {
  const fuses = config.electronFuses ?? {};

  it('no environment variable or flag can inject code or a debugger; only the checked app.asar loads', () => {
    expect(fuses).toMatchObject({
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('RunAsNode is on only if a shipped launcher needs it', () => {
    const launchers = launchersUsingRunAsNode();
    // When on, the constraint is the two fuses above: ELECTRON_RUN_AS_NODE then runs only the script it is
    // given, with no NODE_OPTIONS (--require, --import) and no inspector.
    expect(fuses.runAsNode, `launchers using ELECTRON_RUN_AS_NODE: ${launchers.join(', ') || 'none'}`).toBe(launchers.length > 0);
  });

  it('sets every fuse explicitly (none left to the Electron default)', () => {
    expect(Object.keys(fuses).sort()).toEqual(
      [
        'enableCookieEncryption',
        'enableEmbeddedAsarIntegrityValidation',
        'enableNodeCliInspectArguments',
        'enableNodeOptionsEnvironmentVariable',
        'grantFileProtocolExtraPrivileges',
        'loadBrowserProcessSpecificV8Snapshot',
        'onlyLoadAppFromAsar',
        'runAsNode',
      ].sort(),
    );
  });
});
