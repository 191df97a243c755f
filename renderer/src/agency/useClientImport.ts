import { useCallback, useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import type { ClientListing } from '../../../shared/batch/listing';
import type { ClientImport } from '../../../shared/case/client-import';
import { api } from '../api';
import { useCase } from '../case/CaseContext';
import { apiCaseStore } from '../case/api-store';
import { queueForSorting } from '../guide/documents/pending-sort';
import { navigate } from '../router';

/** An opened client whose folder needs a look (invalid client.json, unsorted files) before the guide. */
export interface PendingImport {
  client: string;
  result: ClientImport;
}

/**
 * "Open in the guide" for one client folder: import it as a case (documents
 * copied in and sorted, client.json's facts), make it the app's current case
 * and go to its task list. When the folder has problems, they are shown first
 * and the agency continues with `continueInGuide`.
 */
export function useClientImport() {
  const { openCase } = useCase();
  // Problems of the client's files (client.json, evidence.json) come worded in the app's language.
  const [opening, setOpening] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const goToCase = useCallback(
    async (result: ClientImport) => {
      try {
        // The import's files are adopted only after the open case's pending changes are saved.
        await openCase(result.caseFile.id, () => apiCaseStore.adoptImport(result));
        // Files whose name says nothing wait for the documents page, which reads them and suggests where each goes.
        queueForSorting(result.caseFile.id, result.unsortedFiles);
        navigate('/');
      } catch (caught) {
        setError(caught as ApiError);
      }
    },
    [openCase],
  );

  const open = useCallback(
    async (client: ClientListing) => {
      setOpening(client.client);
      setError(null);
      setPending(null);
      try {
        const result = await api().caseImportClient({ clientFolder: client.folder });
        if (!result.ok) {
          setError(result.error);
          return;
        }
        if (result.value.problems.length > 0) setPending({ client: client.client, result: result.value });
        else await goToCase(result.value);
      } finally {
        setOpening(null);
      }
    },
    [goToCase],
  );

  const continueInGuide = useCallback(async () => {
    if (pending) await goToCase(pending.result);
  }, [pending, goToCase]);

  return { opening, pending, error, open, continueInGuide };
}
