/**
 * The built command line's entry (out/main/cli.js). The packaged app runs it on its own Electron as
 * Node (ELECTRON_RUN_AS_NODE=1, see packaging/cli/); a repository checkout runs the TypeScript
 * sources through aima-prep.mjs instead. No tsx, no compilation at start-up.
 */
import nodeModule from 'node:module';

// Node 22.1 and later (Electron 45's Node 24 runs the packaged command line) can keep V8's compiled code of every module
// on disk between runs (in the system's temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so
// a run after the first skips most of the parsing and compiling of its start-up. Node 20 has no such cache:
// there this does nothing. Enabled before the rest of the command line is imported, so that is cached too.
const withCache = nodeModule as { enableCompileCache?: () => unknown; getCompileCacheDir?: () => string | undefined };
try {
  withCache.enableCompileCache?.();
  // The cache is per thread: the worker threads (pdf.js's check thread compiled ≈ 85 ms of pdf.js at every run on
  // Node 24, the page workers their kernels) enable it at their own start when NODE_COMPILE_CACHE names the folder,
  // and a worker gets this process's environment. So they share this one, set only where it was enabled here.
  const folder = withCache.getCompileCacheDir?.();
  if (folder) process.env.NODE_COMPILE_CACHE ??= folder;
} catch {
  // A cache that cannot be written (read-only temporary folder) only costs the start-up it would have saved.
}

const { main } = await import('./main');
process.exitCode = await main(process.argv.slice(2));
