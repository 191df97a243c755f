import { EngineThread } from '../engine/worker/engine-thread';
import type { DocumentEngine } from '../engine/worker/protocol';
import type { Handlers } from './handler-types';
import type { ShellPort } from './shell-port';
import { appHandlers } from './app';
import { batchHandlers } from './batch';
import { caseHandlers } from './cases';
import { documentHandlers } from './documents';
import { fileHandlers } from './files';
import { rulesHandlers } from './rules';
import { shellHandlers } from './shell';
import { writingHandlers } from './writing';
import { previewHandlers } from './preview';
import { readingHandlers } from './reading';
import { withRevealScope } from './reveal-scope';

export interface HandlerDeps {
  appVersion: string;
  shell: ShellPort;
  /** Where document calls run; the app, the harness and the API tests use the engine's own thread. */
  engine?: DocumentEngine;
  /** The clock the rules judge a case by (ISO instant); the real one unless a test fixes it. */
  now?: () => string;
}

/** One engine thread per process, started on the first document call. */
let sharedEngineThread: EngineThread | null = null;
function engineThread(): EngineThread {
  sharedEngineThread ??= new EngineThread();
  return sharedEngineThread;
}

/**
 * The Node-side implementation of the whole API contract. Plain Node: the
 * Electron shell, the e2e harness and the CLI all build it with this function.
 * Each domain contributes its handlers from its own module.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  return withRevealScope({
    ...appHandlers(deps),
    ...batchHandlers(deps),
    ...caseHandlers(),
    ...documentHandlers(deps.engine ?? engineThread()),
    ...fileHandlers(),
    ...rulesHandlers(),
    ...shellHandlers(deps.shell),
    // Letters are dated by the same clock the rules judge the case by (a test's fixed day, else the real one).
    ...writingHandlers(deps.now ? { now: () => new Date(deps.now!()) } : {}),
    ...previewHandlers(),
    ...readingHandlers(),
  });
}
