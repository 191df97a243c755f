import { ipcMain, type WebContents } from 'electron';
import { apiChannels, ipcChannelOf, IPC_EVENT_CHANNEL } from '../../shared/api/contract';
import { dispatch } from '../handlers/dispatch';
import type { Handlers } from '../handlers/handler-types';
import { isAllowedAppUrl } from './security';

/**
 * Register every contract call with ipcMain.handle. Input and output are
 * validated by `dispatch` against the contract's zod schemas; the sender frame
 * must be one of the app's own pages.
 */
export function registerIpc(handlers: Handlers, devServerUrl?: string): void {
  for (const channel of apiChannels) {
    ipcMain.handle(ipcChannelOf(channel), async (event, input: unknown) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isAllowedAppUrl(senderUrl, devServerUrl)) {
        return { ok: false, error: { code: 'FORBIDDEN_SENDER', messageKey: 'errors.internal' } };
      }
      const sender: WebContents = event.sender;
      return dispatch(handlers, channel, input, (apiEvent) => {
        if (!sender.isDestroyed()) sender.send(IPC_EVENT_CHANNEL, apiEvent);
      });
    });
  }
}
