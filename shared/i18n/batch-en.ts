/**
 * English strings of batch preparation for agencies (the `aima-prep` command
 * line, summary files and the agency view). Spread into `en` as `batch`;
 * Portuguese in batch-pt.ts with exactly these keys.
 */
export const batchEn = {
  summary: {
    title: 'Batch summary',
    generated: 'Prepared on {{date}}.',
    totals:
      'Clients: {{clients}}. Ready: {{ready}}; needing attention: {{needsAttention}}; failed: {{failed}}; submitted and paid: {{submitted}}; unchanged since the last run: {{skipped}}.',
    unchanged: 'unchanged, not prepared again',
    ducPayableFrom: 'Payable from',
    ducLastDay: 'Last day to pay',
    deadline: 'Next deadline',
    deadlineState: {
      upcoming: 'upcoming',
      'due-today': 'DUE TODAY',
      overdue: 'OVERDUE',
      met: 'met',
      unknown: 'date not known',
    },
    status: {
      ready: 'Ready',
      'needs-attention': 'Needs attention',
      failed: 'Failed',
      submitted: 'Submitted and paid',
    },
    columns: {
      client: 'Client',
      status: 'Status',
      route: 'Where to apply',
      ready: 'Ready',
      missing: 'Missing or not ready',
      warnings: 'With warnings',
      problems: 'Problems',
      sizes: 'Size (in → out)',
      nextAction: 'Next action',
      duc: 'DUC payment',
      deadline: 'Next deadline',
      reading: 'What the documents say',
    },
    reading: {
      name: 'Name: {{value}}',
      dateOfBirth: 'Date of birth: {{value}}',
      nif: 'NIF: {{value}}',
      niss: 'NISS: {{value}}',
      passport: 'Passport on the day of this run: {{value}}',
      certificates: 'Certificates on the day of this run: {{value}}',
      value: {
        ok: 'matches',
        mismatch: 'differs',
        unknown: 'not checked',
        unknown_dateOfBirth: 'not checked',
        unknown_certificates: 'not checked',
        valid: 'valid',
        'expires-soon': 'expires within 6 months',
        expired: 'expired',
        fresh: 'fresh',
        stale: 'stale',
        'not-accepted': 'a junta de freguesia certificate, which AIMA does not accept',
        'stale-and-not-accepted': 'stale, and a junta de freguesia certificate, which AIMA does not accept',
        none: 'none read',
      },
    },
  },
  next: {
    failed: 'Nothing could be prepared: look at the problem, fix it and run the batch again.',
    fixClientJson: 'Correct the field "{{field}}" in client.json, then run again.',
    fixClientJsonFile: 'Correct client.json so that it is valid JSON, then run again.',
    fixEvidenceJson: 'Correct evidence.json (see the problem) so the payment it records can be read, then run again.',
    fixPassword:
      '{{file}} does not open with the password given for it: correct it in {{passwords}} (read for the run only, never written to any output), or add a copy without a password, then run again.',
    addPassword:
      '{{file}} is a PDF protected by a password: put its password in {{passwords}} (read for the run only, never written to any output), or add a copy without a password, then run again.',
    overLimit:
      'The prepared PDF "{{document}}" is too large to upload: {{sizeMb}} MB, over the {{limitMb}} MB limit, even compressed. In the app, "Open in the guide" for this client shows a smaller file at lower quality before you accept it, and lets you remove the pages AIMA does not need; or scan the paper again in black and white at 200 or 300 dpi. Then run again.',
    overLimitPagesOnly:
      'The prepared PDF "{{document}}" is too large to upload: {{sizeMb}} MB, over the {{limitMb}} MB limit, even compressed. In the app, "Open in the guide" for this client shows a smaller file at lower quality before you accept it, and lets you remove the pages AIMA does not need. Its pages are already stored in black and white: scanning the paper again would not give a smaller file. Then run again.',
    replaceFile: 'Replace {{file}} with a readable copy (see the problem), then run again.',
    exportFileIn:
      '{{document}}: {{file}} is an office document, not a PDF: open it in its program, save it as PDF ("Save as PDF" or "Export as PDF"), put that PDF in its place, then run again.',
    replaceFileIn: '{{document}}: replace {{file}} with a readable copy (see the problem), then run again.',
    submittedNote: '{{next}} AIMA may still ask for the documents listed as missing or not ready.',
    sortFiles_one: 'Move the unsorted file into a category folder or rename it, then run again.',
    sortFiles_other: 'Move the {{count}} unsorted files into category folders or rename them, then run again.',
    getMissing: 'Get the missing documents: {{documents}}.',
    fixNotReady: 'Not ready to upload: {{documents}}. See why in report.html (for example, scan again), then run again.',
    checkWarnings: 'Check the warnings in report.html first. Then: {{next}}',
    upload: 'Upload the files in "{{folder}}" on the portal.',
    uploadOn: 'Upload the prepared files on the {{portal}} ({{url}}).',
  },
  routes: {
    'portal-renovacoes': 'Portal das Renovações',
    'mission-structure': 'AIMA services portal, after AIMA’s email',
    'cplp-services': 'AIMA services portal (CPLP), after AIMA’s email',
    'eu-family-card': 'AIMA services portal (residence card of an EU citizen’s family member)',
    'not-covered': 'No self-service route: contact AIMA',
    undecided: 'Not enough facts in client.json to decide',
  },
  problems: {
    reading: '{{text}}',
    preparedOverLimit_one:
      'The PDF prepared from this file is {{sizeMb}} MB, even compressed: more than the {{limitMb}} MB the portal accepts.',
    preparedOverLimit_other:
      'The PDF prepared from these files is {{sizeMb}} MB, even compressed: more than the {{limitMb}} MB the portal accepts.',
    clientJsonInvalid: 'client.json: field "{{field}}" is not valid ({{message}}).',
    clientJsonFile: 'client.json {{message}}.',
    evidenceJsonInvalid:
      'evidence.json is not a valid evidence log ({{issues}}): a payment recorded in it cannot be counted until it is corrected.',
    evidenceEntrySetAside:
      'Entry {{number}} of evidence.json ("{{id}}") is not valid ({{issues}}): it was set aside and the other entries are used. If it records a payment or a submission, correct it: until then it is not counted.',
    evidenceEntrySetAsideNoId:
      'Entry {{number}} of evidence.json is not valid ({{issues}}): it was set aside and the other entries are used. If it records a payment or a submission, correct it: until then it is not counted.',
    evidenceWithdrawalUnclear:
      'Entry "{{id}}" of evidence.json was set aside too: a withdrawal that is not valid names it, so it may have been withdrawn. Correct the withdrawal: until then the entry is not counted.',
    evidenceFileMissing:
      'evidence.json names the file "{{name}}", which is not in the client folder: its entry was kept without it. Add the file to the case’s evidence if you have it.',
    evidenceFileOutside:
      'evidence.json names the file "{{name}}" at "{{path}}", outside the client folder: it was neither copied nor used (a receipt must be a file inside the client folder, as in evidence/). Its entry was kept without it.',
    evidenceFileLink:
      'evidence.json names "{{name}}" at "{{path}}", which is a link, not a file: it was not copied (a link can lead outside the client folder). Put the file itself in the folder and open the client again.',
    evidenceFileNotAFile:
      'evidence.json names "{{name}}" at "{{path}}", which is a folder or a device, not a file: it was not copied. Its entry was kept without it.',
    evidenceFileNotAReceipt:
      'evidence.json names "{{name}}" at "{{path}}", which is not a PDF, an image or a saved e-mail (.eml, .txt): it was not copied. Save the receipt as a PDF or an image and open the client again.',
    evidenceFileTooLarge:
      'evidence.json names "{{name}}" at "{{path}}", which is {{megabytes}} MB, more than a receipt can be ({{limit}} MB): it was not copied. Check it is the right file.',
    passwordsInvalid: 'passwords.json is not valid: it must map file names to passwords.',
    fileUnsorted: 'No document category found in the file name.',
    fileSortedByContent:
      'The file name says nothing; its content put it in {{document}} (words found: {{words}}). Check it is the right document.',
    fileNotReadInTime:
      'This file could not be read within {{seconds}} s: what it says (the kind of document, names, dates, numbers) was not checked against the other documents. Check it yourself, or run the batch again.',
    fileAmbiguous: 'The file name fits several categories ({{categories}}): put it in a category folder.',
    folderUnknown:
      'Its folder, {{folder}}/, is not a document category: name the folder after one (such as proof-of-address/ or income-proof/) or move the file into a category folder.',
    fileSkippedHidden:
      'Not read: a hidden file (its name starts with a dot or "~$"). If it is a document, rename it without the dot.',
    fileSkippedLinkOutside: 'Not read: a link to a file outside this client folder. Copy the document itself into the folder.',
    fileSkippedLink: 'Not read: a link (shortcut) to another file. Put the document itself in the folder.',
    clientFailed: 'This client could not be prepared: {{reason}}',
    clientTimeLimit:
      'Preparing this client took longer than {{minutes}} minutes and was stopped; nothing was written for it. Look for a very long or very large file (its progress showed which), replace it, and run the batch again.',
    clientMemoryLimit:
      'Preparing this client needed more memory than allowed ({{megabytes}} MB for the whole batch) and was stopped; nothing was written for it. Look for a very large file, replace it, or run the batch with fewer --jobs.',
  },
  progress: {
    start_one: 'Clients to prepare: {{clients}}, one at a time…',
    start_other: 'Clients to prepare: {{clients}}, {{count}} at a time…',
    clientDone: '{{client}}: {{status}}',
    skipped: '{{client}}: unchanged since the last run, skipped',
    finished: 'Done in {{seconds}} s. Summary: {{summary}}',
  },
  view: {
    heading: 'Clients',
    pickClientsFolder: 'Choose the clients folder',
    pickOutputFolder: 'Choose where to write the prepared folders',
    run: 'Prepare all clients',
    running: 'Preparing {{done}} of {{total}} clients…',
    lastRunNone: 'Not prepared yet',
    lastRunOutOfDate: 'Changed since the last preparation',
  },
  errors: {
    clientsFolderUnreadable: 'The clients folder could not be read.',
    outputFolderUnwritable: 'The output folder could not be written.',
    outputFolderBusy: 'Another batch is already preparing clients into this output folder.',
    passwordsFileInvalid:
      'The passwords file {{file}} is not valid at "{{field}}": each client folder must map file names to passwords.',
    passwordsFileNotJson: 'The passwords file {{file}} is not valid JSON.',
    passwordsFileUnreadable: 'The passwords file {{file}} could not be read.',
  },
  actions: {
    pickClientsFolder: 'Choose another clients folder.',
    pickOutputFolder: 'Choose a folder you can write to.',
    waitOrPickOutputFolder: 'Wait until the other batch has finished, or choose another output folder.',
    fixPasswordsFile: 'Fix the passwords file: it maps each client to its file names and passwords.',
  },
} as const;
