/**
 * What the aima-prep command line prints, in sentences (electron/cli). Portuguese in cli-pt.ts with
 * exactly these keys; `--lang pt` picks it. Machine output stays in --json.
 */
export const cliEn = {
  seeHelp: 'Run "aima-prep --help" for usage.',
  usage: {
    unknownOption: 'There is no option {{option}}.',
    unknownCommand: 'There is no command "{{command}}". The commands are: {{commands}}.',
    didYouMean: 'Did you mean {{suggestion}}?',
    needsValue: 'The option {{option}} needs a value, for example {{option}} {{example}}.',
    notAFlag: 'The option {{option}} takes no value.',
    unexpected: 'Unexpected argument "{{argument}}": give one folder or file only (put quotes around a name with spaces).',
    needsTarget: 'The command {{command}} needs a folder or file: aima-prep {{command}} <folder>.',
    needsOut: 'The command {{command}} needs --out <folder>, where the prepared documents are written.',
    jobsForBatch: '--jobs is only for batch: prepare works on one client.',
    positiveNumber: '{{option}} needs a positive number, not "{{value}}".',
    positiveWholeNumber: '{{option}} needs a positive whole number, not "{{value}}".',
    lang: '--lang must be en or pt, not "{{value}}".',
    today: '--today must be a date written YYYY-MM-DD, for example 2026-12-01.',
    scenario: '--scenario must be one of: {{scenarios}}.',
    outExtension: '--out must end in .pdf, .docx or .txt.',
  },
  io: {
    notFound: 'The folder or file "{{path}}" does not exist. Check the path.',
    notAFolder: '"{{path}}" is a file, not a folder.',
    noAccess: '"{{path}}" cannot be opened: permission denied.',
    cannotRead: '"{{path}}" cannot be read ({{reason}}).',
    cannotWrite: '"{{path}}" cannot be written ({{reason}}).',
  },
  prepareOnClientsFolder:
    '"{{folder}}" holds folders that are not document categories ({{examples}}): it looks like a folder of client folders. To prepare every client, use: aima-prep batch "{{folder}}" --out <folder>',
  clientJsonInvalid: '{{path}} is not valid:',
  evidenceInvalid: '{{path}} is not a valid evidence log (the list of entries the app keeps in case.json):',
  noDuc: 'client.json has no duc.generatedAt: add when the DUC was generated.',
  noDucRules: 'There are no DUC rules for this route ({{route}}).',
  warning: 'Warning: {{text}}',
  missing: 'Missing: {{categories}}',
  next: 'Next: {{action}}',
  duc: {
    generated: 'DUC generated: {{when}}',
    tryFrom: 'Try to pay from: {{when}}',
    deadline: 'Deadline (strictest reading): {{when}}',
    lisbon: '{{date}} {{time}} (Lisbon)',
    other: 'Last day under {{reading}}: {{when}}',
    paid: 'Paid: {{when}} (from the evidence log)',
  },
  written: 'Written: {{path}}',
} as const;
