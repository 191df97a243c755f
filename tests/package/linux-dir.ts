/**
 * Packages the built app (out/) for the Linux `dir` target against a stand-in Electron folder,
 * then lays the result out as Electron's file system would present it to the app.
 * Used by packaged-app.test.ts; no network: electronDist replaces the Electron download,
 * npmRebuild is off (electron-builder.yml) and the `dir` target needs no app-builder tools.
 */
import { extractAll } from '@electron/asar';
import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const repositoryRoot = join(import.meta.dirname, '..', '..');

export interface PackagedTree {
  /** The temporary folder holding everything below; remove it when done. */
  workDir: string;
  /** electron-builder's output for the `dir` target (`linux-unpacked/`). */
  appOutDir: string;
  /** The packaged `resources/` folder (what Electron calls process.resourcesPath). */
  resourcesDir: string;
  /** A copy of the packaged `resources/` as the app sees it: app.asar extracted to a folder, app.asar.unpacked beside it. */
  presentedResourcesDir: string;
  /** The app folder around `presentedResourcesDir`, with the packaged executable (the stand-in) and `resources/cli/`. */
  presentedAppDir: string;
}

/**
 * The stand-in executable: like Electron with ELECTRON_RUN_AS_NODE=1 it runs the script it is given on
 * Node (this test's Node, standing in for Electron's own), so the packaged command line's launcher can be
 * run end to end; started any other way it fails, as a window cannot be opened here.
 */
function standInExecutable(): string {
  return [
    '#!/bin/sh',
    '# Stand-in Electron binary used by the packaging test.',
    'if [ "$ELECTRON_RUN_AS_NODE" = "1" ]; then',
    '  if [ -n "$AIMA_STAND_IN_LOG" ]; then echo "ELECTRON_RUN_AS_NODE=1 $*" >> "$AIMA_STAND_IN_LOG"; fi',
    `  exec '${process.execPath.replaceAll("'", "'\\''")}' "$@"`,
    'fi',
    'echo "stand-in Electron binary used by the packaging test: only ELECTRON_RUN_AS_NODE=1 works" >&2',
    'exit 1',
    '',
  ].join('\n');
}

/** The marker @electron/fuses looks for in Electron's binary (its constants.ts). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Electron's default fuse wire, '1' on and '0' off, in @electron/fuses' FuseV1Options order: RunAsNode,
 * EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
 * EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot,
 * GrantFileProtocolExtraPrivileges.
 */
const ELECTRON_DEFAULT_FUSES = '10110001';

/**
 * electron-builder's unpacked-distribution branch (app-builder-lib ElectronFramework `unpack` → copyDir)
 * copies the folder as is; for Linux it then renames `electron` to the app's executable name and writes
 * `resources/app.asar`. So the stand-in needs an `electron` file and a `resources/` folder; `version`
 * and `LICENSE` mirror the real zip (the licence is kept next to the executable).
 */
async function makeStandInElectron(folder: string): Promise<void> {
  const electronVersion = JSON.parse(
    await readFile(join(repositoryRoot, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ) as { version: string };
  await mkdir(join(folder, 'resources'), { recursive: true });
  const executable = join(folder, 'electron');
  // After the script, a fuse wire as in Electron's binary (sentinel, version 1, length, one byte per fuse) with
  // Electron's defaults, so electron-builder can flip the fuses of electron-builder.yml and the test read them
  // back. The shell never reads past the script's exec/exit.
  const fuseWire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES, 'latin1'),
  ]);
  await writeFile(executable, Buffer.concat([Buffer.from(standInExecutable()), fuseWire]));
  await chmod(executable, 0o755);
  await writeFile(join(folder, 'version'), electronVersion.version);
  await writeFile(join(folder, 'LICENSE'), 'Stand-in for the Electron licence (packaging test only).\n');
}

export async function packageLinuxDir(): Promise<PackagedTree> {
  const workDir = await mkdtemp(join(tmpdir(), 'aima-package-'));
  try {
    return await packageInto(workDir);
  } catch (error) {
    await rm(workDir, { recursive: true, force: true }); // the caller gets no tree to clean up
    throw error;
  }
}

async function packageInto(workDir: string): Promise<PackagedTree> {
  const standIn = join(workDir, 'electron-dist');
  const outputDir = join(workDir, 'dist');
  await makeStandInElectron(standIn);
  const cli = join(repositoryRoot, 'node_modules', 'electron-builder', 'cli.js');
  try {
    await promisify(execFile)(
      process.execPath,
      [cli, '--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${standIn}`, `-c.directories.output=${outputDir}`],
      { cwd: repositoryRoot, env: { ...process.env, CI: 'true' }, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`electron-builder failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`, { cause: error });
  }
  const appOutDir = join(outputDir, 'linux-unpacked');
  const resourcesDir = join(appOutDir, 'resources');

  // Electron's fs shows app.asar as a folder in which unpacked files appear in place (extractAll
  // copies them in from app.asar.unpacked), and app.asar.unpacked as a real folder beside it.
  const presentedAppDir = join(workDir, 'presented');
  const presentedResourcesDir = join(presentedAppDir, 'resources');
  await mkdir(presentedResourcesDir, { recursive: true });
  extractAll(join(resourcesDir, 'app.asar'), join(presentedResourcesDir, 'app.asar'));
  await cp(join(resourcesDir, 'app.asar.unpacked'), join(presentedResourcesDir, 'app.asar.unpacked'), {
    recursive: true,
  });
  // Around it, what the installed app has beside the archive: the executable and the command line's launcher.
  await cp(join(appOutDir, 'aima-prep'), join(presentedAppDir, 'aima-prep'));
  await cp(join(resourcesDir, 'cli'), join(presentedResourcesDir, 'cli'), { recursive: true });
  return { workDir, appOutDir, resourcesDir, presentedResourcesDir, presentedAppDir };
}
