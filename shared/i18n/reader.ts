import { z } from 'zod';
import { agencyReaderEn } from './agency-reader-en';
import { agencyReaderPt } from './agency-reader-pt';
import type { Messages } from './en';
import type { Locale } from './index';

/**
 * Who reads the guide: the person whose case it is ("your passport"), or an agency that opened a client's folder in
 * the guide ("the client's passport"), as consistency.ts's `reader` and report-reading.ts's `reader`.
 */
export const readerSchema = z.enum(['applicant', 'agency']);
export type Reader = z.infer<typeof readerSchema>;

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };
/** Some of the message keys, with other words: what changes for a reader. */
export type ReaderOverlay = DeepPartial<Messages>;

const overlays: Record<Reader, Record<Locale, ReaderOverlay>> = {
  applicant: { en: {}, pt: {} },
  agency: { en: agencyReaderEn, pt: agencyReaderPt },
};

/** The overlay of a reader in a locale: only the keys whose words change for that reader. */
export function readerOverlay(reader: Reader, locale: Locale): ReaderOverlay {
  return overlays[reader][locale];
}

/** A locale's messages as `reader` reads them: the overlay's sentences in place of the applicant's, every other key as it is. */
export function messagesForReader(base: Messages, reader: Reader, locale: Locale): Messages {
  return merged(base, overlays[reader][locale]) as Messages;
}

function merged(base: object, overlay: object): object {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const current = out[key];
    out[key] =
      typeof value === 'string' || typeof current !== 'object' || current === null ? value : merged(current, value as object);
  }
  return out;
}
