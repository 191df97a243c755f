import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launcherSettings } from '../../bench/launcher';

/**
 * The shipped launcher (packaging/cli/aima-prep) run as installed on Linux: /opt/AIMA Prep/{aima-prep,
 * resources/cli/aima-prep}, with a stand-in app executable that prints the arguments and the allocator
 * settings it was given. The benchmarks mirror these settings (bench/launcher.ts); a launcher changed without
 * its mirror would have them measure something the agency does not run.
 */
const root = mkdtempSync(join(tmpdir(), 'aima-launcher-'));
const launcher = join(root, 'resources', 'cli', 'aima-prep');
mkdirSync(join(root, 'resources', 'cli'), { recursive: true });
copyFileSync(join(import.meta.dirname, '../../packaging/cli/aima-prep'), launcher);
chmodSync(launcher, 0o755);
writeFileSync(
  join(root, 'aima-prep'),
  ['#!/bin/sh', 'echo "args=$*"', 'echo "arena=${MALLOC_ARENA_MAX-}"', 'echo "threshold=${MALLOC_MMAP_THRESHOLD_-}"', ''].join(
    '\n',
  ),
);
chmodSync(join(root, 'aima-prep'), 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MALLOC_')));
  const out = execFileSync(launcher, args, { encoding: 'utf8', env: { ...clean, ...env } });
  const field = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(out)?.[1] ?? '';
  const before = field('args')
    .split(`${join(root, 'resources', 'app.asar', 'out', 'main', 'cli.js')}`)[0]!
    .trim();
  const flags = before === '' ? [] : before.split(' ');
  const settings: Record<string, string> = {};
  if (field('arena')) settings.MALLOC_ARENA_MAX = field('arena');
  if (field('threshold')) settings.MALLOC_MMAP_THRESHOLD_ = field('threshold');
  return { flags, env: settings, args: field('args') };
}

describe('packaging/cli/aima-prep', () => {
  it.each([
    [['batch', 'clients', '--jobs', '2'], 'batch', 2],
    [['batch', 'clients'], 'batch', undefined],
    [['batch', 'clients', '--jobs', '1'], 'batch', 1],
    [['batch', 'clients', '--jobs=1'], 'batch', 1],
    [['prepare', 'client', '--out', 'o'], 'prepare', undefined],
  ] as const)('gives %j what bench/launcher.ts says', (args, command, jobs) => {
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
