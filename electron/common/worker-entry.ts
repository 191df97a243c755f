import { existsSync } from 'node:fs';

/**
 * Where a worker thread's code is. From the TypeScript sources (CLI, vitest,
 * the e2e harness) a bootstrap `.mjs` beside the caller registers tsx's loader
 * (a worker starts without the parent's) and loads the worker's `.ts`; in the
 * bundled app, the entry electron-vite builds beside the main bundle (the
 * caller may sit in a chunk one folder below it). `callerUrl` is the caller's
 * `import.meta.url`.
 */
export function workerEntry(callerUrl: string, sourceBootstrap: string, bundledEntry: string): URL {
  if (callerUrl.endsWith('.ts')) return new URL(sourceBootstrap, callerUrl);
  const candidates = [new URL(`./${bundledEntry}`, callerUrl), new URL(`../${bundledEntry}`, callerUrl)];
  return candidates.find((url) => existsSync(url)) ?? (candidates[0] as URL);
}
