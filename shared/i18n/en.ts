import { caseEn, writingEn } from './case-en';
import { engineEn } from './engine-en';
import { agencyEn } from './agency-en';
import { batchEn } from './batch-en';
import { guideEn } from './guide-en';
import { fieldsEn } from './fields-en';
import { cliEn } from './cli-en';
import { flattenEn } from './flatten-en';
import { lowerQualityEn, pageToolsEn } from './pages-en';
import { readingEn } from './reading-en';

/**
 * English UI strings. The source of truth for keys: Portuguese must have the same
 * keys (checked by the type of `pt` and by a test). Split by area so that each
 * part of the app owns its section.
 */
export const en = {
  ...guideEn,
  engine: engineEn,
  batch: batchEn,
  agency: agencyEn,
  case: caseEn,
  writing: writingEn,
  fields: fieldsEn,
  cli: cliEn,
  flatten: flattenEn,
  pageTools: pageToolsEn,
  lowerQuality: lowerQualityEn,
  reading: readingEn,
  app: {
    title: 'AIMA Prep',
    tagline: 'Get your residence-permit renewal right the first time.',
    privacy: 'Your documents never leave this computer.',
  },
  language: {
    label: 'Language',
    en: 'English',
    pt: 'Português',
  },
  disagreements: {
    link: 'Where the sources disagree, and what this app follows',
    title: 'Where the sources disagree',
    intro:
      'On some points AIMA’s own pages, the law, the press and the guides say different things. For each one: every reading with its sources, the one this app follows, and the safest thing to do.',
    official: 'Official',
    followed: 'Followed by this app',
    uncertain: 'Uncertain',
    sources: 'Sources:',
    strictest: 'This app follows the strictest reading that applies to your route.',
    safeCourse: 'Safest course:',
  },
  rules: {
    heading: 'Rules used by this app',
    version: 'Rules version {{version}}',
    checkedOn: 'Last checked against official sources on {{date}}',
    loading: 'Loading the rules…',
    staleWarning:
      'These rules were last checked {{days}} days ago. AIMA changes its procedures often: confirm dates and documents on aima.gov.pt, or update the app.',
    errors: {
      calendarNotWritten: 'The calendar file with the DUC reminders could not be written.',
      calendarAllPassed: 'Every date of this DUC has passed: there is nothing left to add to a calendar.',
    },
    actions: {
      addRemindersByHand: 'Add the dates shown on screen to your calendar by hand.',
      contactAimaAboutDuc: 'Try to pay; if the reference is refused, contact AIMA with the evidence (see Something went wrong).',
    },
  },
  errors: {
    unknownCall: 'The app asked for something it does not know ({{call}}). Please update the app.',
    invalidInput: 'Some information was not in the expected form. Check the highlighted fields and try again.',
    internal: 'Something went wrong inside the app. Your files were not changed. Please try again.',
    fileNotFound: 'The file {{file}} could not be found.',
    notAFile: '{{file}} is a folder, not a file.',
  },
  actions: {
    pickAgain: 'Choose the file again; it may have been moved or renamed.',
    retry: 'Try again.',
  },
  validation: {
    verdict: {
      ready: 'Ready to upload',
      readyWithWarnings: 'Ready, with warnings',
      notReady: 'Not ready',
    },
    reasons: {
      parserFailed: 'This PDF could not be opened by {{parser}}; the portal or AIMA may not be able to open it either.',
      encrypted: 'This PDF is still protected by a password. The portal cannot read protected files.',
      overLimit: 'This file is {{sizeMb}} MB, more than the {{limitMb}} MB the portal accepts.',
      noPages: 'This PDF has no pages.',
      lowDpi: 'Page {{page}} is only {{dpi}} dpi (less than {{minDpi}}); small print may not be readable.',
      blurry: 'Page {{page}} looks blurry (out of focus or moved while scanning).',
      blurryPhoto: 'Page {{page}} looks blurry (out of focus, or the phone moved when the photo was taken).',
      blankPage: 'Page {{page}} looks blank.',
      activeContent: 'This PDF still contains {{found}}, which the portal must not receive.',
      hiddenMetadata: 'This PDF still contains hidden data ({{found}}) that may identify you or your software.',
      imageDamaged: 'An image on page {{page}} is damaged and may not be shown correctly ({{detail}}).',
      imageCheckMemory:
        'The images on page {{page}} could not be checked: decoding them needed more than {{limitMb}} MB of memory. A scanned page never needs that much; the file may be damaged.',
      imageCheckTime:
        'The images on page {{page}} could not be checked within {{seconds}} seconds. A scanned page takes less than a second; the file may be damaged.',
      streamDamaged: 'Part of this PDF is damaged (objects {{objects}}): some pages may not be shown completely.',
    },
    actions: {
      reexport: 'Save or scan the document again as a new PDF, then add it again.',
      removePassword: 'Add the file again and enter its password so the app can remove it.',
      reduceToFit:
        'Remove the pages the portal does not need (for example empty back sides or duplicate pages) from the files you added and prepare again, or scan the paper again in black and white at 200 or 300 dpi.',
      removePagesToFit:
        'Remove the pages the portal does not need (for example empty back sides or duplicate pages) from the files you added and prepare again. Its pages are already stored in black and white: scanning the paper again would not give a smaller file.',
      rescanHigherDpi: 'Scan this page again at 200 or 300 dpi.',
      rescanSharper: 'Scan or photograph this page again, holding still, in good light and in focus.',
      retakeSharper: 'Take this photo again, holding the phone still, in good light and in focus, or scan the page.',
      removeBlankPage: 'Check that this page is meant to be there; remove it if it is an empty back side.',
      reexportClean: 'Print the document to a new PDF ("Print to PDF") or scan it, then add that file instead.',
      rescan: 'Scan the document again, or export it again from the program that made it.',
    },
    compression: {
      doesNotFit: 'Even at the lowest readable resolution this file is larger than the portal accepts.',
    },
    errors: {
      unreadable: 'This PDF is damaged and could not be read for compression.',
      encrypted: 'This PDF is protected by a password and cannot be compressed until it is removed.',
    },
  },
} as const;

/** Same structure as English, any string values. */
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Messages = DeepStrings<typeof en>;
