// Browser side of the e2e harness: builds `window.aima` with the same
// `createApiClient` the preload uses, over HTTP (calls) and Server-Sent Events
// (progress), so the renderer runs unchanged in plain Chromium.
import { createApiClient } from '../../../shared/api/client';
import { apiChannels, type AimaApi, type ApiChannel } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import type { ApiEvent } from '../../../shared/api/events';
import { PAGE_NOW_HEADER } from './page-now';

const listeners = new Set<(event: ApiEvent) => void>();
const source = new EventSource('/api/events');
source.onmessage = (message) => {
  const event = JSON.parse(message.data as string) as ApiEvent;
  for (const listener of listeners) listener(event);
};

const api: AimaApi = createApiClient(apiChannels, {
  async invoke(channel: ApiChannel, input: unknown) {
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      // The page's clock (fixed by a test with page.clock): the harness's handlers date letters and batch runs by it.
      headers: { 'content-type': 'application/json', [PAGE_NOW_HEADER]: new Date().toISOString() },
      body: JSON.stringify(input),
    });
    return (await response.json()) as ApiResult<unknown>;
  },
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
});

window.aima = api;

// Electron gives a dropped file's path through webUtils.getPathForFile (offered to the renderer as
// window.aimaFiles); a browser never does. The harness stands in for it: a test registers, by file
// name, the path a dropped file would have.
const droppedPaths: Record<string, string> = {};
(window as unknown as { aimaFiles: { pathForFile(file: File): string } }).aimaFiles = {
  pathForFile: (file: File) => droppedPaths[file.name] ?? '',
};
(window as unknown as { __harnessDropPaths: Record<string, string> }).__harnessDropPaths = droppedPaths;

// Electron's shell asks the page to save before it closes the window (the preload's aimaWindow); the harness stands
// in for the shell: a test calls __harnessRequestClose() and closes the page once it resolves, as the shell does.
let beforeClose: (() => Promise<unknown>) | null = null;
window.aimaWindow = {
  onBeforeClose: (save) => {
    beforeClose = save;
  },
};
(window as unknown as { __harnessRequestClose: () => Promise<void> }).__harnessRequestClose = async () => {
  await beforeClose?.();
};
