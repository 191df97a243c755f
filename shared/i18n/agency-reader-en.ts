import type { ReaderOverlay } from './reader';

/**
 * The guide's English sentences that change when an agency reads a client's case (a client folder opened in the
 * guide): the client's permit, passport, situation and documents, never "your" (session 12's walk: "Your situation",
 * "Prepare my documents" on a client's case). Only the keys whose words change are here; every other sentence is
 * already true for both readers ("Before you upload": the agency uploads). Portuguese in agency-reader-pt.ts, the
 * same keys. The words for the client are those of the consistency items (shared/reading/consistency.ts `voiceOf`).
 */
export const agencyReaderEn = {
  app: {
    tagline: 'Get the client’s residence-permit renewal right the first time.',
    privacy: 'The client’s documents never leave this computer.',
  },
  ui: {
    dateNames: {
      permitExpiry: 'The expiry date of the client’s residence permit',
      passportExpiry: 'The expiry date of the client’s passport',
      paymentDate: 'The date the DUC was paid',
      dateOfBirth: 'The client’s date of birth',
    },
    backToTasks: 'Back to the client’s tasks',
    saveFailed: 'The last change could not be saved: {{message}}',
  },
  tasks: {
    title: 'Renew the client’s residence permit',
    intro: 'Work through these steps in order. The answers and files are saved on this computer as you go.',
    names: { situation: 'The client’s situation', route: 'The client’s route', documents: 'The client’s documents' },
    hints: { situation: 'A few questions about the client’s permit.', route: 'Which portal is the client’s, and when.' },
  },
  situation: {
    title: 'The client’s situation',
    questions: {
      permitKind: 'What kind of residence permit does the client have?',
      permitNumber: 'What is the number of the client’s residence permit?',
      permitExpiry: 'When does the client’s residence permit expire?',
      passportExpiry: 'When does the client’s passport expire?',
      inPortugal: 'Is the client in Portugal now?',
      hasNiss: 'Does the client have a Social Security number (NISS)?',
      emailWithAimaCurrent: 'Can the client still read the email address AIMA has for them?',
      addressChangedSinceLastCard: 'Has the client moved since their current card was issued?',
      biometricsOnFile: 'Has AIMA (or SEF) taken the client’s photo and fingerprints in the last few years?',
    },
    hints: {
      permitKind: 'As written on the client’s card or in the decision that granted it.',
      permitNumber:
        'It is printed on the client’s residence permit card (título de residência). Old paper titles with 6 digits are fine.',
    },
    errors: {
      permitKind: 'Select the kind of residence permit the client has',
      permitNumber: 'Enter the number of the client’s residence permit',
      permitExpiry: 'Enter the expiry date of the client’s residence permit, for example 31 12 2026',
      passportExpiry: 'Enter the expiry date of the client’s passport, for example 31 12 2030',
    },
    check: { title: 'Check the client’s answers', confirm: 'Confirm and see the client’s route' },
  },
  documents: {
    title: 'The client’s documents',
    assessment: { title: 'Where the client’s documents stand' },
    permitNotes: 'About the client’s kind of permit',
    copying: 'Adding a copy to the client’s case…',
    sort: { add: 'Add to the client’s documents' },
    prepare: {
      title: 'Prepare the client’s PDFs',
      start: 'Prepare the client’s documents',
      waitingForAdd: 'Adding the files to the client’s case… You can prepare once they are listed.',
      finished: 'The client’s documents were prepared. The check of each file is listed on this page.',
    },
  },
  route: {
    title: 'The client’s route',
    yourPortal: 'Where the client renews',
    noPortal: {
      notCovered: 'No portal accepts the client’s permit. Read the warning below.',
      undecided: 'We need a few more answers to tell you where the client renews.',
    },
    answerQuestions: 'Answer the questions about the client’s situation',
    when: 'When the portal opens for the client',
    toDocuments: 'Prepare the client’s documents',
    timeline: 'The client’s timeline',
  },
  preUpload: {
    toDocuments: 'Go to the client’s documents',
    toSituation: 'Go to the client’s situation',
    toDetails: 'Go to the client’s details',
  },
  folder: {
    intro:
      'One PDF per document, with simple names the portal accepts, and a report of what was done to each file. The client’s original files are never changed.',
    where: 'Where the client’s folder is',
  },
  afterSubmit: {
    waitTitle: 'While the client waits for the decision',
    statusTitle: 'Where the client’s renewal stands',
    payment: {
      title: 'Record the payment',
      intro:
        'When the DUC has been paid, record when it was paid (as on the receipt, Lisbon time). It goes into the client’s evidence log with the proof, and the app then counts the DUC as paid.',
      dateLegend: 'Date it was paid',
      dateHint: 'As shown on the receipt or in the bank’s app.',
      timeLabel: 'Time it was paid (Lisbon time)',
      errors: {
        date: 'Enter the date it was paid',
        time: 'Enter the time it was paid, for example 09:15',
        'in-future': 'The payment cannot be in the future: record it once it has been paid',
      },
    },
    evidence: { title: 'The client’s evidence log' },
  },
  trouble: {
    intro:
      'Pick the problem the client has. For each one: what it may mean, what to try, and the texts to write to AIMA, filled in from the client’s case.',
    saveText: 'Save the text in the client’s case',
    letterIntro:
      'If nothing moves, a registered letter sets out the client’s attempts in date order from the client’s evidence log. The app writes it as PDF, Word (.docx) and text.',
    urgencyMeans: {
      urgent: 'A date or the client’s application itself is at stake: act today.',
      soon: 'This stands in the client’s way: deal with it this week.',
    },
    letterPurposeHint:
      'Chosen from this problem and the facts in the client’s case. A letter that would not be true of the client’s case cannot be chosen.',
    purposeOverridden: 'This problem usually calls for another letter, but the client’s case does not fit it: {{reason}}',
    notAvailable: 'not true of the client’s case',
  },
  details: {
    title: 'The client’s details',
    intro:
      'AIMA’s contact form, the email and the registered letter ask for these. They are saved in the client’s case on this computer only. Fill in what you can; the texts tell you what is still missing.',
    fields: { fullName: 'Full name, as in the client’s passport', email: 'Email address the client reads' },
    errors: {
      fullName: 'Enter the client’s full name',
      nationality: 'Enter the client’s nationality',
      passportNumber: 'Enter the client’s passport number',
    },
    addDetails: 'Add the client’s details',
  },
  reading: {
    submitOn: { hint: 'Certificates and the client’s passport are checked for this day. Empty: today.' },
    mrz: {
      title: 'What the client’s passport says ({{file}})',
      intro:
        'Read from the machine-readable zone, every check digit verified. Choose, detail by detail, what goes into the client’s case; nothing is changed until you save.',
      unreadable:
        'The machine-readable zone of {{file}} could not be read with every check digit right, so nothing is suggested. Type the client’s details yourself, or add a sharper scan of the passport’s photo page.',
      yours: 'The client’s case',
      same: 'Same as the client’s case',
      empty: 'Not in the client’s case yet',
      keep: 'Keep the case’s ({{typed}})',
      differs: 'The client’s case says {{typed}}; the passport says {{read}}.',
      notStored: 'Shown only: the client’s case has no place for it.',
      noAdjective: 'The passport gives the code {{code}}: type the client’s nationality in Portuguese yourself.',
      saved: 'Saved to the client’s case.',
    },
    checks: {
      seeBelow: 'Reading the client’s documents found something to fix, or has not finished: see below.',
      title: 'What reading the client’s documents found',
    },
  },
  writing: {
    purposes: {
      'portal-failure': 'The client could not submit the renewal (the portal failed before any DUC)',
      'payment-not-registered':
        'The client submitted: ask for the payment to be registered or, if unpaid, for the DUC to be confirmed',
      'no-decision': 'The client submitted and paid, and no decision came',
      'card-not-received': 'The client’s renewal was approved, but the card never reached them',
      'lapsed-renewal': 'The client’s permit expired more than six months ago: ask AIMA to accept the renewal',
    },
    purposeReasons: {
      submitted:
        'The client’s evidence log holds a DUC, a submission receipt or a payment: the client did submit, so this letter would say something untrue.',
      lapsed:
        'The client’s permit expired more than six months ago and nothing was submitted: the letter for a lapsed permit says what applies to the client.',
      notSubmitted:
        'The client’s evidence log holds no submission receipt, DUC or payment. Record it first (After you submit, evidence log).',
      notPaid: 'The client’s evidence log holds no proof of payment. Record the payment first (After you submit, evidence log).',
      approved: 'The client’s evidence log holds an approval: this letter would say no decision came.',
      notApproved: 'The client’s evidence log holds no approval. Record the approval email or proof first.',
      notLapsed: 'The client’s permit did not expire more than six months ago (or its expiry date is missing).',
    },
  },
} as const satisfies ReaderOverlay;
