import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/i18n';
import { intlTag } from '../../shared/i18n/format';

/** Shared with the reports and the batch summary, so a size reads the same everywhere. */
export { formatBytes, intlTag } from '../../shared/i18n/format';

/** The current UI language as one of the app's locales. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'pt' ? 'pt' : 'en';
}

/** A calendar date ("2026-03-31") in the user's language: "31 March 2026" / "31 de março de 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An instant shown in Lisbon time, where the portal's deadlines are counted. */
export function formatLisbonDateTime(instant: string | Date, locale: Locale): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Lisbon',
  }).format(date);
}

/**
 * Rules texts carry dates as ISO ("2026-02-24"); show them in the reader's
 * language ("24 February 2026" / "24 de fevereiro de 2026").
 */
export function localizeIsoDates(text: string, locale: Locale): string {
  return text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (match) => formatDate(match, locale));
}

/** Today's calendar date in Lisbon, where the portal's dates are counted. */
export function todayInLisbon(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Lisbon',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts; // en-CA formats as YYYY-MM-DD
}
