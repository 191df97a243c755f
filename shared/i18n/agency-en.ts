/**
 * English strings of the app's agency view (many clients at once). Spread into
 * `en` as `agency`; Portuguese in agency-pt.ts with exactly these keys.
 */
export const agencyEn = {
  nav: 'Agency: many clients',
  title: 'Agency: many clients',
  intro:
    'Prepare the documents of many clients in one run. Each client is a folder inside the clients folder; every client gets its own upload-ready folder in the output folder.',
  folders: 'Folders',
  clientsFolder: 'Clients folder',
  outputFolder: 'Output folder',
  notChosen: 'Not chosen yet',
  change: 'Change',
  clients: 'Clients',
  noClients: 'No client folders were found in this folder.',
  col: {
    client: 'Client',
    files: 'Documents',
    status: 'Status',
    progress: 'Progress',
  },
  files: '{{files}} ({{unsorted}} unsorted)',
  waiting: 'Waiting',
  clientProgress: '{{done}} of {{total}} documents',
  overall: 'All clients',
  needFolders: 'Choose both folders to prepare the clients.',
  summary: 'Result',
  totals: '{{clients}} clients: {{ready}} ready, {{needsAttention}} need attention, {{failed}} failed.',
  ready: 'Ready',
  missing: 'Missing',
  none: 'None',
  nextAction: 'Next action',
  problems: 'Problems',
  revealClient: 'Show the prepared folder of {{client}}',
  openSummary: 'Show the summary report (summary.html)',
  revealFailed: 'The folder could not be shown in the file manager.',
  failed: 'The clients could not be prepared.',
} as const;
