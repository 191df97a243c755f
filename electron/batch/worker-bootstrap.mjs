// Entry of a batch worker thread when running from the TypeScript sources (CLI
// through its launcher, vitest, the e2e harness): a worker thread starts without
// the parent's TypeScript loader, so register tsx's loader here, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
