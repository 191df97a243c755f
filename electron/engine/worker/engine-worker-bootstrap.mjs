// Entry of the engine worker thread when running from the TypeScript sources (vitest, the e2e
// harness): a worker thread starts without the parent's TypeScript loader, so register tsx here.
import { register } from 'tsx/esm/api';

register();
await import('./engine-worker.ts');
