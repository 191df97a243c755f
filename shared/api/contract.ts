import type { z } from 'zod';
import type { ApiResult } from './errors';
import type { ApiEventListener } from './events';
import { appCalls } from './calls/app';
import { batchCalls } from './calls/batch';
import { caseCalls } from './calls/cases';
import { documentCalls } from './calls/documents';
import { fileCalls } from './calls/files';
import { rulesCalls } from './calls/rules';
import { shellCalls } from './calls/shell';
import { writingCalls } from './calls/writing';
import { previewCalls } from './calls/preview';
import { readingCalls } from './calls/reading';

/**
 * The one API contract between the renderer and the Node side.
 * Every call the renderer can make is declared here, once, with zod schemas.
 * The Electron shell (IPC), the browser test harness (HTTP) and the CLI all
 * dispatch through `electron/handlers/dispatch.ts`, which validates both ways.
 *
 * Each domain keeps its calls in its own module under `calls/`.
 */
export const apiContract = {
  ...appCalls,
  ...batchCalls,
  ...caseCalls,
  ...documentCalls,
  ...fileCalls,
  ...rulesCalls,
  ...shellCalls,
  ...writingCalls,
  ...previewCalls,
  ...readingCalls,
};

export type ApiContract = typeof apiContract;
export type ApiChannel = keyof ApiContract;
export const apiChannels = Object.keys(apiContract) as ApiChannel[];

/** What the caller passes (before defaults are applied). */
export type ApiInput<C extends ApiChannel> = z.input<ApiContract[C]['input']>;
/** What the handler receives (after parsing, defaults applied). */
export type ApiParsedInput<C extends ApiChannel> = z.output<ApiContract[C]['input']>;
/** What the handler returns / the caller receives. */
export type ApiOutput<C extends ApiChannel> = z.output<ApiContract[C]['output']>;

/**
 * The object the renderer sees as `window.aima`. The preload builds it over
 * IPC; the e2e harness builds it over HTTP; both with `createApiClient`.
 */
export type AimaApi = {
  [C in ApiChannel]: (input: ApiInput<C>) => Promise<ApiResult<ApiOutput<C>>>;
} & {
  /** Subscribe to progress events of long calls; returns the unsubscribe function. */
  onEvent(listener: ApiEventListener): () => void;
};

export { ipcChannelOf, IPC_EVENT_CHANNEL } from './channels';
