import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createApiClient } from '../../shared/api/client';
import {
  apiChannelNames,
  ipcChannelOf,
  IPC_CLOSE_READY_CHANNEL,
  IPC_CLOSE_REQUEST_CHANNEL,
  IPC_EVENT_CHANNEL,
} from '../../shared/api/channels';
import type { ApiChannel } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { ApiEvent } from '../../shared/api/events';

// Expose one fixed, typed object. Never ipcRenderer itself, never the IPC event.
const api = createApiClient(apiChannelNames, {
  invoke: (channel: ApiChannel, input: unknown) =>
    ipcRenderer.invoke(ipcChannelOf(channel), input) as Promise<ApiResult<unknown>>,
  subscribe: (listener: (event: ApiEvent) => void) => {
    const forward = (_event: unknown, payload: ApiEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
  },
});

contextBridge.exposeInMainWorld('aima', api);

// Files dropped on the window: since Electron 32 `File.path` is gone and the
// path of a dropped file is only available here, through webUtils. Exposes one
// function that maps a File the user dropped to its path; nothing else.
contextBridge.exposeInMainWorld('aimaFiles', {
  pathForFile: (file: File) => webUtils.getPathForFile(file),
});

// Before the window closes the shell asks the page to save what is pending; the page registers one function that
// does so, and the shell closes the window once it has finished (or failed). Nothing of IPC is exposed.
let beforeClose: (() => Promise<unknown>) | null = null;
ipcRenderer.on(IPC_CLOSE_REQUEST_CHANNEL, () => {
  void Promise.resolve()
    .then(() => beforeClose?.())
    .catch(() => undefined)
    .finally(() => ipcRenderer.send(IPC_CLOSE_READY_CHANNEL));
});
contextBridge.exposeInMainWorld('aimaWindow', {
  onBeforeClose: (save: () => Promise<unknown>) => {
    beforeClose = save;
  },
});
