import { resolve } from 'node:path';
import { CaseStore } from './case-store';
import { defaultCasesRoot } from './cases-root';

/**
 * One store per cases root for the whole process, so that changes to a case
 * coming from different calls (UI, CLI, harness) queue on the same lock.
 */
const stores = new Map<string, CaseStore>();

export function caseStoreFor(root?: string): CaseStore {
  const path = resolve(root ?? defaultCasesRoot());
  let store = stores.get(path);
  if (!store) {
    store = new CaseStore(path);
    stores.set(path, store);
  }
  return store;
}
