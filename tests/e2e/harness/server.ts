import { build } from 'esbuild';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../../../electron/handlers/dispatch';
import { createHandlers, type HandlerDeps } from '../../../electron/handlers';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell/security';
import type { ApiEvent } from '../../../shared/api/events';
import { PAGE_NOW_HEADER } from './page-now';
import { ScriptedShell } from './scripted-shell';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(here, '../../..');
const rendererDir = join(repoRoot, 'out/renderer');
const MAX_BODY_BYTES = 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export interface Harness {
  url: string;
  shell: ScriptedShell;
  /** A fresh home folder for this harness: the default cases root lives under it, never in the real home. */
  home: string;
  close(): Promise<void>;
}

async function bundleClient(): Promise<string> {
  const result = await build({
    entryPoints: [join(here, 'client.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('harness client did not bundle');
  return file.text;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer and answers the API contract over HTTP with the
 * real main-side handlers (the same `createHandlers` + `dispatch` as the
 * Electron shell). Progress events stream over Server-Sent Events. Native
 * dialogs are answered by a ScriptedShell the test controls.
 */
export async function startHarness(overrides: Partial<HandlerDeps> = {}): Promise<Harness> {
  // The case store puts cases under ~/Documents/AIMA Prep/cases: point ~ at a temp folder for the test.
  const home = await mkdtemp(join(tmpdir(), 'aima-e2e-home-'));
  const realHome = process.env.HOME;
  process.env.HOME = home;
  const shell = new ScriptedShell();
  // The handlers' "now" is the page's (sent with every call): a test that fixes the page's clock with page.clock
  // gets letters, their file names and batch runs dated on the same day as the screens (session 12's walk: a letter
  // saying 1 December was saved as …-2026-12-02-….txt). A test may still give its own `now`.
  let pageNow: string | undefined;
  const handlers = createHandlers({ appVersion: 'e2e', shell, now: () => pageNow ?? new Date().toISOString(), ...overrides });
  const clientScript = await bundleClient();
  const eventStreams = new Set<ServerResponse>();
  /** Calls still running, awaited by close() so none writes into the temp home after it is removed. */
  const inFlight = new Set<Promise<unknown>>();
  const emit = (event: ApiEvent) => {
    for (const stream of eventStreams) stream.write(`data: ${JSON.stringify(event)}\n\n`);
  };

  async function serveApi(request: IncomingMessage, response: ServerResponse, channel: string) {
    let input: unknown;
    const sentNow = request.headers[PAGE_NOW_HEADER];
    if (typeof sentNow === 'string' && !Number.isNaN(Date.parse(sentNow))) pageNow = sentNow;
    try {
      const body = await readBody(request);
      input = body.length === 0 ? undefined : JSON.parse(body);
    } catch {
      input = Symbol('unparseable'); // fails schema validation below with a clear INVALID_INPUT
    }
    const call = dispatch(handlers, channel, typeof input === 'symbol' ? undefined : input, emit);
    inFlight.add(call);
    const result = await call.finally(() => inFlight.delete(call));
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(result));
  }

  async function serveStatic(pathname: string, response: ServerResponse) {
    const wanted = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
    const file = join(rendererDir, wanted);
    const inside = relative(rendererDir, file);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      response.writeHead(404).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404).end();
      return;
    }
    const headers = {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    };
    if (extname(file) === '.html') {
      // The harness's window.aima must exist before the app's module script runs;
      // a classic script placed first runs before deferred module scripts.
      const html = (await readFile(file, 'utf8')).replace('<head>', '<head>\n    <script src="/__harness/client.js"></script>');
      response.writeHead(200, headers).end(html);
      return;
    }
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/__harness/client.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(clientScript);
      return;
    }
    if (url.pathname === '/api/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      eventStreams.add(response);
      request.on('close', () => eventStreams.delete(response));
      return;
    }
    if (url.pathname.startsWith('/api/') && request.method === 'POST') {
      void serveApi(request, response, url.pathname.slice('/api/'.length));
      return;
    }
    if (request.method === 'GET') {
      void serveStatic(url.pathname, response);
      return;
    }
    response.writeHead(405).end();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    shell,
    home,
    async close() {
      for (const stream of eventStreams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // A call the page started just before the test ended (the first case being created) still writes
      // into the temp home: let it finish before the folder is removed.
      await Promise.allSettled([...inFlight]);
      if (realHome === undefined) delete process.env.HOME;
      else process.env.HOME = realHome;
      await rm(home, { recursive: true, force: true });
    },
  };
}
