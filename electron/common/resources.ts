import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one place that builds paths to runtime resources (WebAssembly modules,
 * fonts, icons). Three situations:
 *  - development / tests: files in the repository and node_modules;
 *  - the built `out/` tree run by Electron or Node: same repository layout;
 *  - a packaged app: `process.resourcesPath/app.asar` holds the code and node_modules,
 *    and the files that must be real files on disk (wasm read by workers, fonts, icons;
 *    see `asarUnpack` in electron-builder.yml) live in `process.resourcesPath/app.asar.unpacked`.
 * Nothing else in the app builds such paths.
 */
export interface ResourceRoots {
  /** Folder holding `resources/` (fonts, icons) — the repository root in development. */
  appRoot: string;
  /** Folder from which node_modules packages are resolved (for their .wasm files). */
  modulesFrom: string;
  /**
   * Packaged app only: the `app.asar.unpacked` twin of `modulesFrom`. Package files are
   * resolved under `modulesFrom` (Electron reads package.json inside the archive) and then
   * mapped here, because electron-builder moved them out of the archive.
   */
  unpackedFrom?: string;
}

const ASAR = 'app.asar';
const ASAR_UNPACKED = 'app.asar.unpacked';

function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/** The resolver's roots inside a packaged app whose `resources` folder is `resourcesPath`. */
export function packagedResourceRoots(resourcesPath: string): ResourceRoots {
  return {
    appRoot: join(resourcesPath, ASAR_UNPACKED),
    modulesFrom: join(resourcesPath, ASAR),
    unpackedFrom: join(resourcesPath, ASAR_UNPACKED),
  };
}

/**
 * Electron sets `process.resourcesPath` in the app's processes, also in development (where it is
 * Electron's own folder), so "packaged" means: this bundled module is inside `<resourcesPath>/app.asar`.
 * Electron run as Node (the packaged command line, ELECTRON_RUN_AS_NODE) is not promised to set it,
 * so the bundle's own place, `<resources>/app.asar/out/main/…`, also tells where `resources` is.
 */
function packagedResourcesPath(): string | null {
  const here = fileURLToPath(import.meta.url);
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (typeof resourcesPath === 'string' && resourcesPath !== '' && isInside(join(resourcesPath, ASAR), here)) {
    return resourcesPath;
  }
  const inArchive = here.lastIndexOf(`${sep}${ASAR}${sep}`);
  return inArchive === -1 ? null : here.slice(0, inArchive);
}

function repositoryRoot(): string {
  // This file sits at electron/common/resources.ts in sources and is bundled into out/main/*.js:
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
  const packaged = packagedResourcesPath();
  if (packaged) return packagedResourceRoots(packaged);
  const root = repositoryRoot();
  return { appRoot: root, modulesFrom: root };
}

function packageFile(packageName: string, relativePath: string): string {
  const roots = resourceRoots();
  const require = createRequire(join(roots.modulesFrom, 'package.json'));
  const packageJson = require.resolve(`${packageName}/package.json`);
  const file = join(dirname(packageJson), relativePath);
  if (roots.unpackedFrom && isInside(roots.modulesFrom, file)) {
    return join(roots.unpackedFrom, relative(roots.modulesFrom, file));
  }
  return file;
}

/** qpdf compiled to WebAssembly (PDF decryption and repair). */
export function qpdfWasmPath(): string {
  return packageFile('@neslinesli93/qpdf-wasm', 'dist/qpdf.wasm');
}

/** pdf.js's WebAssembly decoders (JPEG 2000, JBIG2, colour profiles): a real folder (see asarUnpack). */
export function pdfjsWasmFolder(): string {
  return packageFile('pdfjs-dist', 'wasm');
}

/** A font file shipped in resources/fonts (embedded in generated PDFs). */
export function fontPath(fileName: string): string {
  return join(resourceRoots().appRoot, 'resources', 'fonts', fileName);
}

/** Any other file in resources/ (icons…). */
export function resourcePath(...segments: string[]): string {
  return join(resourceRoots().appRoot, 'resources', ...segments);
}

/** The window icon (Linux and Windows show it in the title bar and task bar; macOS uses the bundle's .icns). */
export function windowIconPath(): string {
  return resourcePath('icons', 'png', '512x512.png');
}

/**
 * Tesseract's trained data, shipped in the app (@tesseract.js-data, the integer "best"
 * LSTM models): one folder per language, because tesseract.js reads `<lang>.traineddata.gz`
 * from one `langPath`. Never a URL: OCR must not download anything.
 */
export function ocrLanguagePath(language: 'eng' | 'por'): string {
  return packageFile(`@tesseract.js-data/${language}`, '4.0.0_best_int');
}

/** tesseract.js's Node worker script (a worker thread: it must be a real file, see asarUnpack). */
export function ocrWorkerPath(): string {
  return packageFile('tesseract.js', 'src/worker-script/node/index.js');
}
