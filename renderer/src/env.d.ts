import type { AimaApi } from '../../shared/api/contract';

declare global {
  interface Window {
    /** Provided by the preload (Electron) or by the e2e harness (browser); same type. */
    aima: AimaApi;
    /**
     * The window's close: the shell calls the registered function before it closes the window (the preload in
     * Electron; the e2e harness's stand-in in a browser). Absent elsewhere.
     */
    aimaWindow?: { onBeforeClose(save: () => Promise<unknown>): void };
  }
}
export {};
