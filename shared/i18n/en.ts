import { engineEn } from './engine-en';
import { batchEn } from './batch-en';
import { guideEn } from './guide-en';

/**
 * English UI strings. The source of truth for keys: Portuguese must have the same
 * keys (checked by the type of `pt` and by a test). Split by area so that each
 * part of the app owns its section.
 */
export const en = {
  ...guideEn,
  engine: engineEn,
  batch: batchEn,
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
  rules: {
    heading: 'Rules used by this app',
    version: 'Rules version {{version}}',
    checkedOn: 'Last checked against official sources on {{date}}',
    loading: 'Loading the rules…',
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
} as const;

/** Same structure as English, any string values. */
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Messages = DeepStrings<typeof en>;
