import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layers of electron/, lowest first. A folder may import `shared/`, its own files and the
 * folders listed for it; anything else under electron/ is a higher or sibling layer.
 * Only the shell and preload import 'electron' (also checked by tests/unit/architecture.test.ts).
 */
const ELECTRON_FOLDERS = [
  'common',
  'engine',
  'reading',
  'writing',
  'clients',
  'batch',
  'cases',
  'handlers',
  'cli',
  'shell',
  'preload',
];
const ELECTRON_LAYERS = {
  common: [],
  engine: ['common'],
  reading: ['common'],
  writing: ['common'],
  clients: ['common'],
  batch: ['common', 'engine', 'reading', 'clients'],
  cases: ['common', 'engine', 'reading', 'clients'],
  handlers: ['common', 'engine', 'reading', 'writing', 'clients', 'batch', 'cases'],
  cli: ['common', 'engine', 'reading', 'writing', 'clients', 'batch', 'cases', 'handlers'],
  shell: ['common', 'handlers'],
  preload: [],
};

function layerRules(folder, allowed) {
  const forbidden = ELECTRON_FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
  const mayImportElectron = folder === 'shell' || folder === 'preload';
  return {
    files: [`electron/${folder}/**/*.{ts,mts,mjs}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: mayImportElectron
            ? []
            : [{ name: 'electron', message: 'Only electron/shell and electron/preload import Electron.' }],
          patterns: [
            {
              regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
              message: `electron/${folder} may import only shared/${allowed.map((f) => ', electron/' + f).join('')} (see the layers in eslint.config.js).`,
            },
            { regex: '(^|/)renderer(/|$)', message: 'Node code never imports the renderer.' },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/.tmp/**', 'tests/corpus/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware rules for promises: a promise nobody awaits loses its error (an unhandled rejection, a save
    // that silently failed); one passed where a void callback is expected (an event handler) likewise.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer reaches Node only through window.aima.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', '**/electron/**', 'sharp', 'pdf-lib'],
              message: 'The renderer talks to Node only through the API contract (window.aima).',
            },
          ],
        },
      ],
    },
  },
  ...Object.entries(ELECTRON_LAYERS).map(([folder, allowed]) => layerRules(folder, allowed)),
  {
    files: ['shared/**/*.ts'],
    rules: {
      // shared/ is pure TypeScript: it runs in the renderer, in main and in the CLI.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'fs', 'path', 'os', 'crypto', 'sharp', 'pdf-lib', '**/electron/**', '**/renderer/**'],
              message: 'shared/ must not use Node, Electron, the DOM or app layers.',
            },
          ],
        },
      ],
    },
  },
);
