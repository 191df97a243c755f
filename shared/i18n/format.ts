import type { Locale } from './index';

/** The BCP 47 tag for formatting numbers and dates in the user's language. */
export function intlTag(locale: Locale): string {
  return locale === 'pt' ? 'pt-PT' : 'en-GB';
}

/**
 * A number as a message parameter, in the user's language: "1,1" in Portuguese, "1.1" in English.
 * No grouping, so years, page numbers and counts read as typed ("2026", not "2 026").
 */
export function formatNumber(value: number, locale: string): string {
  const tag = locale === 'pt' || locale.startsWith('pt-') ? 'pt-PT' : 'en-GB';
  return new Intl.NumberFormat(tag, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

/**
 * Bytes in the user's language: "1.2 MB" / "1,2 MB". Decimal units (1 MB =
 * 1,000,000 bytes), as AIMA states its upload limit, so the limit reads "1 MB"
 * in the app, the reports and the batch summary alike.
 */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** A calendar date ("2026-03-31") in the user's language: "31 March 2026" / "31 de março de 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * Rules texts carry dates as ISO ("2026-02-24"); show them in the reader's
 * language ("24 February 2026" / "24 de fevereiro de 2026").
 */
export function localizeIsoDates(text: string, locale: Locale): string {
  return text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (match) => formatDate(match, locale));
}
