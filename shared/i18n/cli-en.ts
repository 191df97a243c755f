/**
 * What the aima-prep command line prints, in sentences (electron/cli). Portuguese in cli-pt.ts with
 * exactly these keys; `--lang pt` picks it. Machine output stays in --json.
 */
export const cliEn = {
  /** `aima-prep --help`, in the language of --lang like everything else the command line prints. */
  help: `aima-prep — prepare residence-permit renewal documents for AIMA, for one client or a whole folder of clients.

Usage:
  aima-prep batch <clients-folder> --out <dir> [--jobs N] [--limit-mb N] [--passwords FILE] [options]
  aima-prep prepare <client-folder> --out <dir> [--limit-mb N] [--passwords FILE] [options]
  aima-prep contact-text <client.json | client-folder> --scenario <id> [--json]
  aima-prep letter <client.json | client-folder> [--out <file.pdf|file.docx|file.txt>]
  aima-prep duc <client.json | client-folder> [--json]

A clients folder holds one folder per client. In a client folder, put documents either in one
subfolder per category (passport/, residence-permit/, financas-no-debt/, social-security-no-debt/,
proof-of-address/, income-proof/, …) or loose, named so a keyword shows the category
("Passaporte.pdf", "extrato-bancario.pdf"; the list is in the README). Optional files:
client.json (the situation and personal facts) and passwords.json ({"file.pdf": "password"}).

Options:
  --out <dir>          Where to write: for batch, one folder per client plus summary.csv and
                       summary.html; for prepare, the client’s upload-ready folder.
  --jobs <N>           Clients prepared in parallel (default and maximum: the number of cores).
  --limit-mb <N>       Upload size limit per document in MB (default 1, AIMA’s published figure).
  --passwords <file>   PDF passwords for the batch: {"client-folder": {"file.pdf": "password"}}.
                       Passwords are only ever read from files, never from the command line,
                       and never written to any output or log.
  --lang <en|pt>       Language of everything printed, the summary and the texts, this help
                       included (default en).
  --force              Prepare every client again, even if nothing changed since the last run.
  --client-minutes <N> Stop a client still running after N minutes (default 10): it fails with its
                       own message and the rest of the batch and its summary go on.
  --json               Print the result as JSON on stdout (no progress output).
  --today <YYYY-MM-DD> Date the rules use as today (default: today in Lisbon); the clock is then
                       12:00 Lisbon time that day, unless --now gives the moment.
  --now <ISO instant>  The moment deadlines are judged at, e.g. 2026-12-01T11:00:00Z (default: now).
  -h, --help           Show this help.  --version  Show the version.

Exit codes:
  0  every client is ready to upload
  1  some client needs attention (missing documents, a file problem, a failed client)
  2  wrong usage, or a folder or file could not be read or written
`,
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
    now: '--now must be a date and time written the ISO way, for example 2026-12-01T11:00:00Z.',
    scenario: '--scenario must be one of: {{scenarios}}.',
    outExtension: '--out must end in .pdf, .docx or .txt.',
  },
  /** A batch that cannot start, with the folder it names. */
  setup: {
    clientsFolderUnreadable: 'The clients folder "{{path}}" could not be read.',
    outputFolderUnwritable: 'The output folder "{{path}}" could not be written.',
    outputFolderBusy:
      'Another batch is already writing into "{{path}}". Wait until it has finished, or choose another --out folder.',
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
  documents: {
    failed: 'Could not be prepared: {{document}}',
    notReady: 'Not ready: {{document}}',
    withWarnings: 'Ready, with warnings: {{document}}',
  },
  missing: 'Missing: {{categories}}',
  next: 'Next: {{action}}',
  duc: {
    generated: 'DUC generated: {{when}}',
    tryFrom: 'Try to pay from: {{when}}',
    deadline: 'Deadline (strictest reading): {{when}}',
    lisbon: '{{date}} {{time}} (Lisbon)',
    other: 'Last day under {{reading}}: {{when}} — {{state}}',
    // One pair of brackets per line: the moment already ends in "(Lisbon)".
    paid: 'Paid: {{when}}, per the evidence log',
    paidInClientJson: 'Paid: {{when}}, per client.json (duc.paidAt)',
    paidAfter: 'paid after this moment',
  },
  written: 'Written: {{path}}',
} as const;
