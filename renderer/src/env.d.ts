import type { AimaApi } from '../../shared/api/contract';

declare global {
  interface Window {
    /** Provided by the preload (Electron) or by the e2e harness (browser); same type. */
    aima: AimaApi;
  }
}
export {};
