/**
 * English strings of the case store and the writing tools (contact form,
 * email, carta registada). Spread into `en` as `case` and `writing`;
 * Portuguese in case-pt.ts with exactly these keys.
 */
export const caseEn = {
  errors: {
    originalNotFound: 'A document chosen for the case "{{id}}" is no longer in the case ({{originalId}}).',
    clientFolderUnreadable: 'The client folder {{folder}} cannot be read.',
    changedElsewhere:
      'The case "{{id}}" was changed by another window or the command line while you worked. Nothing was overwritten.',
    notFound: 'The case "{{id}}" was not found in the cases folder.',
    corrupt: 'The case file of "{{id}}" cannot be read ({{detail}}). It was left exactly as it is; nothing was overwritten.',
    tooNew:
      'The case "{{id}}" was saved by a newer version of AIMA Prep (file version {{version}}; this app reads up to {{supported}}). It was left untouched.',
    rootUnreadable: 'The cases folder {{root}} cannot be read.',
    rootUnwritable: 'A new case cannot be created in {{root}}.',
    writeFailed: 'The case "{{id}}" could not be saved. The previous version is kept.',
    copyFailed: 'The file {{file}} could not be copied into the case.',
    evidenceNotFound: 'This evidence entry ({{entryId}}) is not in the log.',
    evidenceAlreadyRetracted: 'This evidence entry ({{entryId}}) was already withdrawn.',
    tooManySameName: 'There are too many cases with this name. Choose a different title.',
  },
  actions: {
    checkClientFolder: 'Check that the client folder still exists and that you may read it, then open it again.',
    reloadAndRetry: 'Open the case again to see the latest version, then repeat your change.',
    chooseAnotherCase: 'Choose the case again from the list; it may have been moved or renamed.',
    restoreBackup: 'Restore case.json from a backup, or open the file in a text editor to repair it.',
    updateApp: 'Update AIMA Prep to the latest version to open this case.',
    chooseAnotherRoot: 'Choose another folder for your cases, or check its permissions.',
    checkDiskSpace: 'Check that the disk has free space and the folder is writable, then try again.',
  },
};

export const writingEn = {
  errors: {
    fontMissing: 'The font {{font}} needed for the PDF letter is missing from the app.',
    charactersUnsupported:
      'Some characters cannot be printed in the PDF letter: {{characters}}. The .docx and text versions keep them.',
    unknownScenario: 'The app does not know this contact-form situation ({{scenario}}).',
  },
  /** The letters the app writes, as the person chooses among them. */
  purposes: {
    'portal-failure': 'I could not submit the renewal (the portal failed before any DUC)',
    'payment-not-registered': 'I submitted: ask for the payment to be registered or, if unpaid, for the DUC to be confirmed',
    'no-decision': 'I submitted and paid, and no decision came',
    'card-not-received': 'My renewal was approved, but the card never reached me',
    'lapsed-renewal': 'My permit expired more than six months ago: ask AIMA to accept my renewal',
  },
  /** Why a letter would not be true of the case (also the error when one is asked for anyway). */
  purposeReasons: {
    submitted:
      'Your evidence log holds a DUC, a submission receipt or a payment: you did submit, so this letter would say something untrue.',
    lapsed:
      'Your permit expired more than six months ago and nothing was submitted: the letter for a lapsed permit says what applies to you.',
    notSubmitted:
      'Your evidence log holds no submission receipt, DUC or payment. Record it first (After you submit, evidence log).',
    notPaid: 'Your evidence log holds no proof of payment. Record the payment first (After you submit, evidence log).',
    approved: 'Your evidence log holds an approval: this letter would say no decision came.',
    notApproved: 'Your evidence log holds no approval. Record the approval email or proof first.',
    notLapsed: 'Your permit did not expire more than six months ago (or its expiry date is missing).',
  },
  actions: {
    reinstall: 'Reinstall AIMA Prep.',
    useTextOrDocx: 'Save the letter as .docx or text, or replace those characters.',
  },
};
