import { importClientFolder } from '../cases/import-client';
import { caseStoreFor } from '../cases/store-registry';
import type { Handler } from './handler-types';

export function caseHandlers(): {
  casesDefaultRoot: Handler<'casesDefaultRoot'>;
  casesList: Handler<'casesList'>;
  caseCreate: Handler<'caseCreate'>;
  caseGet: Handler<'caseGet'>;
  caseUpdate: Handler<'caseUpdate'>;
  caseAddOriginals: Handler<'caseAddOriginals'>;
  caseImportClient: Handler<'caseImportClient'>;
  evidenceAdd: Handler<'evidenceAdd'>;
} {
  return {
    casesDefaultRoot: async () => ({ root: caseStoreFor().root }),
    casesList: async ({ root }) => {
      const store = caseStoreFor(root);
      return { root: store.root, cases: await store.list() };
    },
    caseCreate: async ({ root, title, person, situation }) =>
      caseStoreFor(root).create({ title, ...(person ? { person } : {}), ...(situation ? { situation } : {}) }),
    caseGet: async ({ root, caseId }) => caseStoreFor(root).load(caseId),
    caseUpdate: async ({ root, caseId, title, person, situation, assignments, pageEdits, quality, keepOriginalPhoto }) =>
      caseStoreFor(root).updateFacts(caseId, {
        ...(title !== undefined ? { title } : {}),
        ...(person !== undefined ? { person } : {}),
        ...(situation !== undefined ? { situation } : {}),
        ...(assignments !== undefined ? { assignments } : {}),
        ...(keepOriginalPhoto !== undefined ? { keepOriginalPhoto } : {}),
        ...(pageEdits !== undefined ? { pageEdits } : {}),
        ...(quality !== undefined ? { quality } : {}),
      }),
    caseAddOriginals: async ({ root, caseId, operationId, paths }, { emit }) =>
      caseStoreFor(root).addOriginals(caseId, paths, (file, done, total) =>
        emit({ type: 'progress', operationId, stage: 'copy', file, done, total }),
      ),
    caseImportClient: async ({ root, clientFolder }) => importClientFolder(caseStoreFor(root), clientFolder),
    evidenceAdd: async ({ root, caseId, entry, paths }) => caseStoreFor(root).addEvidence(caseId, entry, paths),
  };
}
