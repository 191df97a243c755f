import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['electron', 'renderer', 'shared', 'tests', 'bench', 'scripts'];
/** The thin Electron layer: the only code allowed to import 'electron'. */
const SHELL_DIRS = ['electron/shell/', 'electron/preload/'];

async function sourceFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** Module specifiers of static imports, re-exports, dynamic imports and require() calls. */
export function importedModules(source: string): string[] {
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*{}\s,]+\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[\w*{}\s,]*\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1] ?? ''));
}

const isElectron = (specifier: string) => specifier === 'electron' || specifier.startsWith('electron/');
const isNodeBuiltin = (specifier: string) =>
  specifier.startsWith('node:') ||
  ['fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'stream', 'url'].includes(specifier);

describe('architecture boundaries', () => {
  it('finds the import forms it is meant to police', () => {
    const sample = `import { app } from 'electron';\nconst x = require("electron");\nawait import('electron/main');\nexport { y } from 'electron';`;
    expect(importedModules(sample).filter(isElectron)).toHaveLength(4);
  });

  it('only the Electron shell and preload import electron', async () => {
    const offenders: string[] = [];
    for (const dir of SOURCE_DIRS) {
      for (const file of await sourceFiles(dir)) {
        if (SHELL_DIRS.some((shellDir) => file.startsWith(shellDir))) continue;
        if (file === 'tests/unit/architecture.test.ts') continue; // this file names 'electron' in its sample
        const source = await readFile(join(root, file), 'utf8');
        const electronImports = importedModules(source).filter(isElectron);
        // Tests of the shell may mock 'electron' with vi.mock; they do not import it.
        if (electronImports.length > 0) offenders.push(file);
      }
    }
    expect(offenders, `these files import 'electron' but are outside ${SHELL_DIRS.join(', ')}`).toEqual([]);
  });

  it('shared/ uses no Node built-ins and no app layers', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles('shared')) {
      const source = await readFile(join(root, file), 'utf8');
      const bad = importedModules(source).filter(
        (s) =>
          isElectron(s) ||
          isNodeBuiltin(s) ||
          s.includes('/electron/') ||
          s.includes('/renderer/') ||
          s === 'sharp' ||
          s === 'pdf-lib',
      );
      if (bad.length > 0) offenders.push(`${file}: ${bad.join(', ')}`);
    }
    expect(offenders).toEqual([]);
  });

  it('the renderer reaches Node only through the API contract', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles('renderer')) {
      const source = await readFile(join(root, file), 'utf8');
      const bad = importedModules(source).filter(
        (s) => isElectron(s) || isNodeBuiltin(s) || s.includes('/electron/') || s === 'sharp',
      );
      if (bad.length > 0) offenders.push(`${file}: ${bad.join(', ')}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('layers inside electron/ (eslint.config.js)', () => {
  // Lints a one-line probe as if it were a file in `folder`, with the project's own config.
  async function restrictedImports(file: string, specifier: string): Promise<string[]> {
    const { ESLint } = await import('eslint');
    // The layer rules only: the type-aware promise rules need the file in a tsconfig, and a probe is not on disk.
    const eslint = new ESLint({
      cwd: root,
      overrideConfig: {
        languageOptions: { parserOptions: { projectService: false } },
        rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
      },
    });
    const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, {
      filePath: join(root, file),
    });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  }

  it.each([
    ['electron/engine/probe.ts', '../handlers/dispatch'],
    ['electron/engine/qpdf/probe.ts', '../../batch/run-batch'],
    ['electron/writing/probe.ts', '../engine/pipeline'],
    ['electron/common/probe.ts', '../engine/pipeline'],
    ['electron/cases/probe.ts', '../batch/run-batch'],
    ['electron/batch/probe.ts', '../handlers'],
    ['electron/handlers/probe.ts', '../shell/ipc'],
    ['electron/engine/probe.ts', 'electron'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await restrictedImports(file, specifier)).toHaveLength(1);
  });

  it.each([
    ['electron/engine/qpdf/probe.ts', '../../common/resources'],
    ['electron/batch/probe.ts', '../engine/pipeline'],
    ['electron/cases/probe.ts', '../clients/scan'],
    ['electron/handlers/probe.ts', '../batch/run-batch'],
    ['electron/shell/probe.ts', 'electron'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await restrictedImports(file, specifier)).toEqual([]);
  });
});
