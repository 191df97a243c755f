import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launcherSettings } from '../../bench/launcher';

const LAUNCHERS = join(import.meta.dirname, '../../packaging/cli');
const windows = process.platform === 'win32';
const root = mkdtempSync(join(tmpdir(), 'aima-launcher-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const cliScript = join(root, 'resources', 'app.asar', 'out', 'main', 'cli.js');

/** The V8 flags a launcher put before the bundled command line, read from the stand-in app's `args=` line. */
function flagsBefore(args: string): string[] {
  const before = args.split(cliScript)[0]!.trim();
  return before === '' ? [] : before.split(' ');
}

const FLAG_CASES = [
  [['batch', 'clients', '--jobs', '2'], 'batch', 2],
  [['batch', 'clients'], 'batch', undefined],
  [['batch', 'clients', '--jobs', '1'], 'batch', 1],
  [['batch', 'clients', '--jobs=1'], 'batch', 1],
  [['prepare', 'client', '--out', 'o'], 'prepare', undefined],
] as const;

/**
 * The shipped launcher (packaging/cli/aima-prep) run as installed on Linux: /opt/AIMA Prep/{aima-prep,
 * resources/cli/aima-prep}, with a stand-in app executable that prints the arguments and the allocator
 * settings it was given. The benchmarks mirror these settings (bench/launcher.ts); a launcher changed without
 * its mirror would have them measure something the agency does not run.
 */
const launcher = join(root, 'resources', 'cli', 'aima-prep');
if (!windows) {
  mkdirSync(join(root, 'resources', 'cli'), { recursive: true });
  copyFileSync(join(LAUNCHERS, 'aima-prep'), launcher);
  chmodSync(launcher, 0o755);
  writeFileSync(
    join(root, 'aima-prep'),
    ['#!/bin/sh', 'echo "args=$*"', 'echo "arena=${MALLOC_ARENA_MAX-}"', 'echo "threshold=${MALLOC_MMAP_THRESHOLD_-}"', ''].join(
      '\n',
    ),
  );
  chmodSync(join(root, 'aima-prep'), 0o755);
}

function run(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MALLOC_')));
  const out = execFileSync(launcher, args, { encoding: 'utf8', env: { ...clean, ...env } });
  const field = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(out)?.[1] ?? '';
  const settings: Record<string, string> = {};
  if (field('arena')) settings.MALLOC_ARENA_MAX = field('arena');
  if (field('threshold')) settings.MALLOC_MMAP_THRESHOLD_ = field('threshold');
  return { flags: flagsBefore(field('args')), env: settings, args: field('args') };
}

describe.skipIf(windows)('packaging/cli/aima-prep', () => {
  it.each(FLAG_CASES)('gives %j what bench/launcher.ts says', (args, command, jobs) => {
    const got = run([...args]);
    expect(got.args.endsWith(args.join(' '))).toBe(true);
    expect({ flags: got.flags, env: got.env }).toEqual(launcherSettings(command, jobs));
  });

  it('keeps allocator settings the person set', () => {
    const got = run(['prepare', 'client'], { MALLOC_ARENA_MAX: '8', MALLOC_MMAP_THRESHOLD_: '65536' });
    expect(got.env).toEqual({ MALLOC_ARENA_MAX: '8', MALLOC_MMAP_THRESHOLD_: '65536' });
    expect(run(['batch', 'clients'], { MALLOC_MMAP_THRESHOLD_: '65536' }).env.MALLOC_MMAP_THRESHOLD_).toBe('65536');
  });

  it('gives several jobs V8 flags that V8 accepts', () => {
    // A flag V8 no longer knows would stop every batch at start (node: bad option).
    const { flags } = launcherSettings('batch', 2);
    expect(execFileSync(process.execPath, [...flags, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' })).toBe('ok');
  });
});

/**
 * The Windows launcher (packaging/cli/aima-prep.cmd) run through cmd.exe beside a stand-in "AIMA Prep.exe":
 * Node's own executable under that name, which runs a cli.js that prints the V8 flags it was started with.
 * Runs on the Windows job of the GitHub workflow (there is no cmd.exe here).
 */
describe.runIf(windows)('packaging/cli/aima-prep.cmd', () => {
  const cmd = join(root, 'aima-prep.cmd');
  if (windows) {
    copyFileSync(join(LAUNCHERS, 'aima-prep.cmd'), cmd);
    copyFileSync(process.execPath, join(root, 'AIMA Prep.exe'));
    mkdirSync(join(root, 'resources', 'app.asar', 'out', 'main'), { recursive: true });
    writeFileSync(cliScript, 'process.stdout.write(JSON.stringify({ flags: process.execArgv, args: process.argv.slice(2) }));\n');
  }

  it.each(FLAG_CASES)('gives %j the flags bench/launcher.ts says', (args, command, jobs) => {
    const out = JSON.parse(execFileSync('cmd.exe', ['/d', '/c', cmd, ...args], { encoding: 'utf8' })) as {
      flags: string[];
      args: string[];
    };
    expect(out.args).toEqual([...args]);
    expect(out.flags).toEqual(launcherSettings(command, jobs).flags);
  });
});

describe('packaging/cli/aima-prep.cmd as a file', () => {
  it('keeps CRLF line ends', () => {
    // cmd.exe misreads labels and `call :label` in a file with bare LF line ends (it can jump to the wrong place).
    const text = readFileSync(join(LAUNCHERS, 'aima-prep.cmd'), 'latin1');
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });
});
