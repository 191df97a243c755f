import type { ApiChannel } from './contract';

/**
 * The names of every call in the contract, as plain data. The sandboxed preload
 * needs only these names (it forwards; the Node side validates), and importing
 * the contract itself would pull every zod schema and the rules data into the
 * preload bundle (2.2 MB instead of a few kB). `satisfies` rejects a name that is
 * not in the contract; tests/unit/channels.test.ts rejects a missing one.
 */
export const apiChannelNames = [
  'appInfo',
  'batchListClients',
  'batchRun',
  'casesDefaultRoot',
  'casesList',
  'caseCreate',
  'caseGet',
  'caseUpdate',
  'caseAddOriginals',
  'caseImportClient',
  'evidenceAdd',
  'documentsInspect',
  'documentsPrepare',
  'documentsFlattenPreview',
  'documentsPagePreviews',
  'documentsReportReading',
  'documentsPreviewQuality',
  'filesDescribe',
  'rulesStatus',
  'rulesDisagreements',
  'rulesSources',
  'ducCalendar',
  'shellPickFiles',
  'shellPickFolder',
  'shellReveal',
  'writingContactForm',
  'writingEmailDraft',
  'writingLetter',
  'writingSave',
  'previewPdf',
  'readDocument',
  'readingConsistency',
] as const satisfies readonly ApiChannel[];

/** IPC channel name for a call. */
export function ipcChannelOf(channel: ApiChannel): string {
  return `aima:${channel}`;
}
export const IPC_EVENT_CHANNEL = 'aima:event';

/**
 * Closing the window: the shell asks the page to save what it has pending (CLOSE_REQUEST), and closes once the page
 * answers (CLOSE_READY) or a deadline passes. Saves are debounced, and a save started while the page unloads may never
 * reach the Node side (its frame is gone): the last change made before closing was lost (session 11's walk).
 */
export const IPC_CLOSE_REQUEST_CHANNEL = 'aima:window-close-request';
export const IPC_CLOSE_READY_CHANNEL = 'aima:window-close-ready';
