/**
 * English strings of the guided app (the renderer's steps). Kept apart from
 * en.ts so the guide's many strings do not crowd the shared file; spread into
 * `en` there. Portuguese lives in guide-pt.ts with exactly these keys.
 */
export const guideEn = {
  ui: {
    skipToContent: 'Skip to main content',
    back: 'Back',
    continue: 'Continue',
    save: 'Save',
    change: 'Change',
    cancel: 'Cancel',
    yes: 'Yes',
    no: 'No',
    optional: '(optional)',
    errorSummaryTitle: 'There is a problem',
    backToTasks: 'Back to your tasks',
    loading: 'Loading…',
    copy: 'Copy',
    copied: 'Copied',
    savedAt: 'Saved',
    saving: 'Saving…',
    saveFailed: 'Your last change could not be saved: {{message}}',
    notAvailableYet: 'This part of the app is not ready yet in this version.',
    stepOf: 'Step {{n}}',
    lisbonTime: '{{time}} Lisbon time',
  },
  tasks: {
    title: 'Renew your residence permit',
    intro: 'Work through these steps in order. Your answers and files are saved on this computer as you go.',
    progress: 'You have completed {{done}} of {{total}} steps.',
    status: {
      notStarted: 'Not started',
      inProgress: 'In progress',
      done: 'Done',
      cannotStart: 'Cannot start yet',
      optional: 'Use when needed',
    },
    names: {
      situation: 'Your situation',
      route: 'Your route',
      documents: 'Your documents',
      preUpload: 'Before you upload',
      folder: 'Upload-ready folder',
      afterSubmit: 'After you submit',
      trouble: 'Something went wrong',
    },
    hints: {
      situation: 'A few questions about your permit.',
      route: 'Which portal is yours, and when.',
      documents: 'Add and prepare each document.',
      preUpload: 'Check everything before you go to the portal.',
      folder: 'Write the PDFs you will upload.',
      afterSubmit: 'Pay the DUC in time and keep proof.',
      trouble: 'Portal errors, what they may mean, and who to write to.',
    },
  },
  situation: {
    title: 'Your situation',
    questions: {
      permitKind: 'What kind of residence permit do you have?',
      permitNumber: 'What is the number of your residence permit?',
      permitExpiry: 'When does your residence permit expire?',
      passportExpiry: 'When does your passport expire?',
      inPortugal: 'Are you in Portugal now?',
      hasNiss: 'Do you have a Social Security number (NISS)?',
      emailWithAimaCurrent: 'Can you still read the email address AIMA has for you?',
      addressChangedSinceLastCard: 'Have you moved since your current card was issued?',
      biometricsOnFile: 'Has AIMA (or SEF) taken your photo and fingerprints in the last few years?',
    },
    hints: {
      permitKind: 'As written on your card or in the decision that granted it.',
      permitNumber:
        'It is printed on your residence permit card (título de residência). Old paper titles with 6 digits are fine.',
      permitExpiry: 'The last day of validity printed on the card.',
      passportExpiry: 'The passport you will upload with the renewal.',
      inPortugal: 'The renewal portal may not work from abroad.',
      hasNiss: 'NISS (número de identificação da Segurança Social) is the 11-digit number from Social Security.',
      emailWithAimaCurrent: 'AIMA sends the password and the payment slip (DUC) there.',
      addressChangedSinceLastCard: 'If yes, AIMA may need the new address before it sends the card.',
      biometricsOnFile: 'If you are not sure, answer No.',
    },
    errors: {
      permitKind: 'Select the kind of residence permit you have',
      permitNumber: 'Enter the number of your residence permit',
      permitExpiry: 'Enter the expiry date of your residence permit, for example 31 12 2026',
      passportExpiry: 'Enter the expiry date of your passport, for example 31 12 2030',
      yesNo: 'Select yes or no',
    },
    labels: {
      permitKind: 'Kind of permit',
      permitNumber: 'Permit number',
      permitExpiry: 'Permit expires',
      passportExpiry: 'Passport expires',
      inPortugal: 'In Portugal now',
      hasNiss: 'Has a NISS',
      emailWithAimaCurrent: 'Email with AIMA still works',
      addressChangedSinceLastCard: 'Moved since the last card',
      biometricsOnFile: 'Biometrics on file',
    },
    check: {
      title: 'Check your answers',
      intro: 'The rest of the app uses these answers. You can change any of them.',
      confirm: 'Confirm and see your route',
      notAnswered: 'Not answered',
      changeLabel: 'Change {{what}}',
    },
  },
} as const;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
/** Same structure as the English guide strings, any string values. */
export type GuideMessages = DeepStrings<typeof guideEn>;
