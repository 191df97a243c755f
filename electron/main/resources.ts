import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one place that builds paths to runtime resources (WebAssembly modules,
 * fonts, icons). Three situations:
 *  - development / tests: files in the repository and node_modules;
 *  - the built `out/` tree run by Electron or Node: same repository layout;
 *  - a packaged app: `process.resourcesPath`, where files that must be read
 *    from disk (wasm read by workers, fonts) live in `app.asar.unpacked`.
 * Nothing else in the app builds such paths.
 */
export interface ResourceRoots {
  /** Folder holding `resources/` (fonts, icons) — the repository root in development. */
  appRoot: string;
  /** Folder from which node_modules packages are resolved (for their .wasm files). */
  modulesFrom: string;
}

function repositoryRoot(): string {
  // This file sits at electron/main/resources.ts in sources and is bundled into out/main/*.js:
  // walk up until a folder with package.json and resources/ is found.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'resources'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('AIMA Prep: cannot locate the application root (package.json + resources/)');
}

let overrideRoots: ResourceRoots | null = null;

/** For packaging tests and the packaged app: point the resolver at another tree. */
export function setResourceRoots(roots: ResourceRoots | null): void {
  overrideRoots = roots;
}

export function resourceRoots(): ResourceRoots {
  if (overrideRoots) return overrideRoots;
  const root = repositoryRoot();
  return { appRoot: root, modulesFrom: root };
}

function packageFile(packageName: string, relativePath: string): string {
  const require = createRequire(join(resourceRoots().modulesFrom, 'package.json'));
  const packageJson = require.resolve(`${packageName}/package.json`);
  return join(dirname(packageJson), relativePath);
}

/** qpdf compiled to WebAssembly (PDF decryption and repair). */
export function qpdfWasmPath(): string {
  return packageFile('@neslinesli93/qpdf-wasm', 'dist/qpdf.wasm');
}

/** A font file shipped in resources/fonts (embedded in generated PDFs). */
export function fontPath(fileName: string): string {
  return join(resourceRoots().appRoot, 'resources', 'fonts', fileName);
}

/** Any other file in resources/ (icons…). */
export function resourcePath(...segments: string[]): string {
  return join(resourceRoots().appRoot, 'resources', ...segments);
}
