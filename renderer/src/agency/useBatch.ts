import { useCallback, useState } from 'react';
import type { AimaApi } from '../../../shared/api/contract';
import type { ClientListing } from '../../../shared/batch/listing';
import type { BatchSummary } from '../../../shared/batch/summary';
import { api } from '../api';
import type { BatchOptionValues } from './agency-settings';

export type CallError = Extract<Awaited<ReturnType<AimaApi['batchRun']>>, { ok: false }>['error'];

/** done/total of one progress stream (the whole batch, or one client's documents). */
export type Progress = { done: number; total: number };

let operationCounter = 0;

/**
 * The agency view's state: the listed clients of the chosen folders, and one
 * batch run with its live progress (overall from stage "batch", per client
 * from stage "client") and its summary.
 */
export function useBatch(locale: 'en' | 'pt') {
  const [clients, setClients] = useState<ClientListing[] | null>(null);
  const [overall, setOverall] = useState<Progress | null>(null);
  const [perClient, setPerClient] = useState<Record<string, Progress>>({});
  const [finished, setFinished] = useState<Set<string>>(new Set());
  const [summary, setSummary] = useState<BatchSummary | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<CallError | null>(null);

  const list = useCallback(
    async (clientsFolder: string, outFolder: string | null) => {
      const result = await api().batchListClients({ clientsFolder, outFolder, locale });
      if (!result.ok) {
        setError(result.error);
        setClients(null);
        return;
      }
      setError(null);
      setClients(result.value);
    },
    [locale],
  );

  const run = useCallback(
    async (clientsFolder: string, outFolder: string, options: BatchOptionValues) => {
      operationCounter += 1;
      const operationId = `batch-${Date.now()}-${operationCounter}`;
      setRunning(true);
      setError(null);
      setSummary(null);
      setOverall({ done: 0, total: clients?.length ?? 0 });
      setPerClient({});
      setFinished(new Set());
      const stop = api().onEvent((event) => {
        if (event.operationId !== operationId) return;
        const progress = { done: event.done, total: event.total };
        if (event.stage === 'batch') {
          setOverall(progress);
          const client = event.file;
          if (client) setFinished((current) => new Set([...current, client]));
        } else if (event.stage === 'client' && event.file) {
          const client = event.file;
          setPerClient((current) => ({ ...current, [client]: progress }));
        }
      });
      try {
        const result = await api().batchRun({
          operationId,
          clientsFolder,
          outFolder,
          locale,
          force: options.force,
          ...(options.passwordsFile ? { passwordsFile: options.passwordsFile } : {}),
        });
        if (!result.ok) {
          setError(result.error);
          return;
        }
        setSummary(result.value);
        // The listing now reflects this run (last status, output folders).
        await list(clientsFolder, outFolder);
      } finally {
        stop();
        setRunning(false);
      }
    },
    [clients, list, locale],
  );

  return { clients, overall, perClient, finished, summary, running, error, list, run };
}
