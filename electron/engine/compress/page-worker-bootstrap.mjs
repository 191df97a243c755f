// Entry of a page worker when running from the TypeScript sources (vitest, the e2e harness, the CLI through
// tsx): a worker thread starts without the parent's TypeScript loader, so register tsx here.
import { register } from 'tsx/esm/api';

register();
await import('./page-worker.ts');
