import type { AimaApi, ApiChannel } from './contract';
import type { ApiResult } from './errors';
import type { ApiEvent, ApiEventListener } from './events';

/** How a client reaches the Node side: IPC in Electron, HTTP in the test harness. */
export interface ApiTransport {
  invoke(channel: ApiChannel, input: unknown): Promise<ApiResult<unknown>>;
  subscribe(listener: (event: ApiEvent) => void): () => void;
}

/**
 * Build the typed `AimaApi` object from a transport and the contract's channel list.
 * Validation happens on the Node side (the renderer is not trusted); the client only forwards.
 */
export function createApiClient(channels: readonly ApiChannel[], transport: ApiTransport): AimaApi {
  const api: Record<string, unknown> = {};
  for (const channel of channels) {
    api[channel] = (input: unknown) => transport.invoke(channel, input ?? {});
  }
  api.onEvent = (listener: ApiEventListener) => transport.subscribe(listener);
  return Object.freeze(api) as AimaApi;
}
