/** What the app read from the documents (issue 16): suggestions, certificates, the passport's MRZ, consistency. */
export const readingEn = {
  suggest: {
    notSure: 'Not sure which document a file is? Choose it here: the app reads it and suggests where it goes.',
    notSureButton: 'Choose files to sort',
    confirmHint: 'The app read each file and suggests where it goes. Check each suggestion, change it if it is wrong, then add.',
    reading: 'Reading {{file}}… {{percent}}%',
    suggested: 'Suggested: {{document}}. The document says: {{words}}.',
    viaMrz: 'Suggested: {{document}}. It has a passport’s machine-readable zone (the two lines with <<< at the bottom).',
    nothing: 'The app could not tell from what this file says which document it is: choose it yourself.',
    failed: 'This file could not be read: choose which document it is yourself.',
  },
  submitOn: {
    label: 'When do you plan to submit?',
    hint: 'Certificates and your passport are checked for this day. Empty: today.',
    invalid: 'Enter a real date, or leave it empty for today.',
  },
  locked: {
    needed:
      '{{file}} is a PDF protected by a password, so the app cannot read what it says (to suggest its document, or check its dates and numbers).',
    wrong: 'The password typed for {{file}} does not open it, so the app cannot read what it says.',
    action:
      'Type its password with the document on the documents page (the app holds it in memory only while it works, and never stores it), or add a copy without a password, for example downloaded again from the portal that issued it.',
    // In the sorter there is no password field: the file is added first, then unlocked on its card.
    actionSorter:
      'Choose its document here and add it, then type its password on that document’s card with “Enter password” (the app holds it in memory only while it works, and never stores it); or add a copy without a password, for example downloaded again from the portal that issued it.',
    actionCard:
      'Type its password with “Enter password” beside the file (the app holds it in memory only while it works, and never stores it), or add a copy without a password, for example downloaded again from the portal that issued it.',
  },
  certificate: {
    readAs: 'Read as: {{document}}',
    issued: 'Issued on {{issued}}, valid until {{until}}.',
    fresh: 'Fine if you submit by {{until}} (you plan to submit on {{submitOn}}).',
    freshToday: 'Fine if you submit by {{until}} (checked for today, {{submitOn}}: enter above the day you plan to submit).',
    soon: 'Its last valid day is {{until}}: if you will submit after that day, get a new one shortly before you submit.',
    stale: 'Stale on {{submitOn}}, the day you plan to submit: get a new one.',
    staleToday: 'No longer valid today ({{submitOn}}): get a new one.',
    notYet: 'Its issue date is after the day you plan to submit ({{submitOn}}): check both dates.',
    notYetToday: 'Its issue date is after today ({{submitOn}}): check the date on the document.',
    noIssueDate: 'Its issue date could not be read: check on the document that it is recent enough.',
    numbers: 'Numbers read: {{numbers}}.',
    name: 'Name read: {{name}}.',
  },
  mrz: {
    title: 'What your passport says ({{file}})',
    intro:
      'Read from the machine-readable zone, every check digit verified. Choose, detail by detail, what goes into your case; nothing is changed until you save.',
    unreadable:
      'The machine-readable zone of {{file}} could not be read with every check digit right, so nothing is suggested. Type your details yourself, or add a sharper scan of the passport’s photo page.',
    field: 'Detail',
    read: 'Passport',
    yours: 'Your case',
    choice: 'What to keep',
    fields: {
      fullName: 'Full name',
      nationality: 'Nationality',
      dateOfBirth: 'Date of birth',
      sex: 'Sex',
      passportNumber: 'Passport number',
      passportExpiry: 'Passport expiry',
    },
    sex: { M: 'Male', F: 'Female', X: 'Unspecified' },
    same: 'Same as your case',
    empty: 'Not in your case yet',
    fill: 'Fill in from the passport',
    keep: 'Keep mine ({{typed}})',
    use: 'Use the passport’s ({{read}})',
    differs: 'You typed {{typed}}; the passport says {{read}}.',
    notStored: 'Shown only: your case has no place for it.',
    noAdjective: 'The passport gives the code {{code}}: type your nationality in Portuguese yourself.',
    nameHint: 'The machine-readable zone has no accents: add them as the passport’s photo page prints them.',
    save: 'Save the chosen details',
    saved: 'Saved to your case.',
    nothingToSave: 'Nothing to change: every detail is kept as it is.',
  },
  checks: {
    seeBelow: 'Reading your documents found something to fix, or has not finished: see below.',
    title: 'What reading your documents found',
    pending_one: 'Still reading {{count}} document: what it says is not checked yet.',
    pending_other: 'Still reading {{count}} documents: what they say is not checked yet.',
    blocker: 'Blocks',
    warning: 'Check',
    source: 'Source checked on {{date}}',
  },
};
