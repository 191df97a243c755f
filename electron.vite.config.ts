import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { cspForMetaTag } from './electron/shell/security';

/** Writes the one CSP (from electron/shell/security.ts) into index.html's meta tag. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'aima-csp',
    transformIndexHtml: (html) => html.replace('%AIMA_CSP%', cspForMetaTag()),
  };
}

export default defineConfig({
  main: {
    build: {
      // Dependencies (sharp, pdf-lib, qpdf-wasm …) stay external: sharp must load its native binary from node_modules.
      // @napi-rs/canvas too (pdf.js's own optional dependency, which renders scanned certificates for OCR):
      // bundled, its loader cannot find its native binary (TypeError at import; tests/package caught it).
      // Pure-JavaScript ES modules the command line loads at every start are bundled (tree-shaken): date-fns's
      // index alone is 300 files. Start-up of `aima-prep batch` fell from 0.9 to 0.55 s of CPU (issue 15).
      // pdf-lib too (its CommonJS build is 136 files plus pako and its fonts, ~0.1 s of CPU at every start and in
      // every batch or page worker): its ES build is bundled instead; the package stays a dependency (scripts, tests).
      externalizeDeps: {
        include: ['@napi-rs/canvas'],
        exclude: ['date-fns', '@date-fns/tz', 'zod', 'i18next', 'mrz', 'pdf-lib'],
      },
      rollupOptions: {
        input: {
          index: resolve('electron/shell/main.ts'),
          // Plain-Node check of sharp, wasm and resource paths, run from the packaged tree by npm run test:package.
          'self-check': resolve('electron/handlers/self-check.ts'),
          // Worker thread of batch preparation (agency view); the pool finds it next to the bundle.
          'batch-worker': resolve('electron/batch/worker.ts'),
          // The document engine's own thread for the app's document calls (keeps the window responsive).
          'engine-worker': resolve('electron/engine/worker/engine-worker.ts'),
          // Page workers: a text page's layer coded on a free core (engine/compress/page-pool.ts).
          'page-worker': resolve('electron/engine/compress/page-worker.ts'),
          // The aima-prep command line, shipped in the app and run on its Electron as Node (packaging/cli/).
          cli: resolve('electron/cli/entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() chunks or node_modules: one self-contained CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
      // electron-vite leaves the build unminified; the window parses all of the entry before the first screen
      // (tests/package/renderer-bundle.test.ts holds it to 1.5 MB, which it had outgrown by 4 kB unminified).
      minify: true,
    },
    plugins: [react(), contentSecurityPolicy()],
  },
});
