import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../../shared/api/errors';
import { inProcessEngine } from './in-process';
import { runEngineCall, type EngineReply, type EngineRequest } from './protocol';

/**
 * The document engine's own thread in the app: decrypting, decoding and
 * re-encoding a 70 MB scan blocks a thread for seconds, and on Electron's main
 * thread that freezes the window. Calls are independent; each answers with
 * its result or its typed error.
 */
const port = parentPort;
if (!port) throw new Error('the engine worker must run in a worker thread');
const reply = (message: EngineReply) => port.postMessage(message);

port.on('message', (request: EngineRequest) => {
  void (async () => {
    try {
      const value = await runEngineCall(inProcessEngine, request, (event) => reply({ type: 'progress', id: request.id, event }));
      reply({ type: 'done', id: request.id, value });
    } catch (error) {
      if (!isAppError(error)) console.error('[aima-prep] engine worker call failed', error);
      reply({ type: 'failed', id: request.id, error: isAppError(error) ? error.toApiError() : null });
    }
  })();
});
reply({ type: 'ready' });
