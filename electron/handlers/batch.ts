import { AppError } from '../../shared/api/errors';
import { rulesAdvisor } from '../../shared/batch/advisor';
import { batchSettingsSchema } from '../../shared/batch/settings';
import { lisbonWallTime } from '../../shared/rules/dates';
import { listClients } from '../batch/list-clients';
import { BatchSetupError, passwordsFileMessage, runBatch } from '../batch/run-batch';
import type { Handler } from './handler-types';

function appErrorOf(error: BatchSetupError): AppError {
  switch (error.code) {
    case 'CLIENTS_FOLDER_UNREADABLE':
      return new AppError({
        code: error.code,
        messageKey: 'batch.errors.clientsFolderUnreadable',
        actionKey: 'batch.actions.pickClientsFolder',
      });
    case 'OUTPUT_FOLDER_UNWRITABLE':
      return new AppError({
        code: error.code,
        messageKey: 'batch.errors.outputFolderUnwritable',
        actionKey: 'batch.actions.pickOutputFolder',
      });
    case 'OUTPUT_FOLDER_BUSY':
      return new AppError({
        code: error.code,
        messageKey: 'batch.errors.outputFolderBusy',
        actionKey: 'batch.actions.waitOrPickOutputFolder',
      });
    case 'PASSWORDS_FILE_INVALID':
      // The detail names the file and the field, never a password.
      return new AppError({
        code: error.code,
        ...passwordsFileMessage(error),
        actionKey: 'batch.actions.fixPasswordsFile',
      });
  }
}

export function batchHandlers(deps: { appVersion: string; now?: () => string }): {
  batchListClients: Handler<'batchListClients'>;
  batchRun: Handler<'batchRun'>;
} {
  const now = deps.now ?? (() => new Date().toISOString());
  return {
    batchListClients: async ({ clientsFolder, outFolder, limitMb, locale }) => {
      try {
        return await listClients(clientsFolder, outFolder, batchSettingsSchema.parse({ limitMb, locale }), deps.appVersion);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM')
          throw appErrorOf(new BatchSetupError('CLIENTS_FOLDER_UNREADABLE', code, { path: clientsFolder, cause: error }));
        throw error;
      }
    },
    batchRun: async (input, { emit }) => {
      const { operationId } = input;
      try {
        return await runBatch({
          clientsFolder: input.clientsFolder,
          outDir: input.outFolder,
          settings: { jobs: input.jobs, limitMb: input.limitMb, locale: input.locale, force: input.force },
          passwordsFile: input.passwordsFile,
          appVersion: deps.appVersion,
          advisor: rulesAdvisor(now()),
          today: lisbonWallTime(now()).date,
          onEvent: (event) => {
            if (event.type === 'start')
              emit({ type: 'progress', operationId, stage: 'batch', done: 0, total: event.clients.length });
            else if (event.type === 'client-progress')
              emit({
                type: 'progress',
                operationId,
                stage: 'client',
                file: event.client,
                done: event.progress.done,
                total: event.progress.total,
              });
            else if (event.type === 'client-done')
              emit({ type: 'progress', operationId, stage: 'batch', file: event.client, done: event.done, total: event.total });
          },
        });
      } catch (error) {
        if (error instanceof BatchSetupError) throw appErrorOf(error);
        throw error;
      }
    },
  };
}
