import type { PrepareClient } from './preparer';

/**
 * The real preparer: the document engine (electron/engine) run over one
 * client's categorised inputs, its report read as the batch's outcome.
 */
export const prepareClient: PrepareClient = async () => {
  // Wired to the engine's pipeline as soon as it is committed (issue 3).
  throw new Error('the document engine is not available in this build');
};
