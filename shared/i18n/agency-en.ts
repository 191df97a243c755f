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
    case: 'Case',
  },
  files: '{{files}} ({{unsorted}} unsorted)',
  waiting: 'Waiting',
  clientProgress: '{{done}} of {{total}} documents',
  overall: 'All clients',
  needFolders: 'Choose both folders to prepare the clients.',
  summary: 'Result',
  totals:
    'Clients: {{clients}}. Ready: {{ready}}; needing attention: {{needsAttention}}; failed: {{failed}}; submitted and paid: {{submitted}}.',
  ready: 'Ready',
  missing: 'Missing',
  notReady: 'Not ready to upload',
  couldNotPrepare: 'Could not be prepared',
  none: 'None',
  nextAction: 'Next action',
  problems: 'Problems',
  revealClient: 'Show the prepared folder of {{client}}',
  openSummary: 'Show the summary report (summary.html)',
  revealFailed: 'The folder could not be shown in the file manager.',
  failed: 'The clients could not be prepared.',
  openInGuide: 'Open in the guide',
  openInGuideLabel: 'Open the case of {{client}} in the guide',
  opening: 'Opening…',
  imported: 'The case "{{title}}" is open. Documents found: {{documents}}; categories: {{categories}}.',
  importProblems: 'Look at these first; the guide will ask for what is missing:',
  unsortedToRead_one:
    'The file whose name says nothing is not lost: on Your documents the app reads it and suggests its document, for you to confirm.',
  unsortedToRead_other:
    'The {{count}} files whose names say nothing are not lost: on Your documents the app reads them and suggests where each goes, for you to confirm.',
  continueInGuide: 'Continue in the guide',
  options: 'Options',
  force: 'Prepare every client again, even those unchanged since the last run',
  passwordsFile: 'Passwords file',
  passwordsFileHint:
    'Optional: one JSON file with the PDF passwords of several clients, {"client folder": {"file.pdf": "password"}}. It is only read, never copied into any output.',
  pickPasswordsFile: 'Choose a passwords file',
  clearPasswordsFile: 'Do not use a passwords file',
} as const;
