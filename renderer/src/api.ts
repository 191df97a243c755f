import type { AimaApi } from '../../shared/api/contract';

/** The API object; the only way the renderer reaches the Node side. */
export function api(): AimaApi {
  return window.aima;
}
