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
  const { value, unit } = inDecimalUnits(bytes);
  const digits = unit === 'B' || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: digits }).format(value)} ${unit}`;
}

/** Bytes as a value below 1,000 in the largest decimal unit that allows it (GB at most). */
function inDecimalUnits(bytes: number): { value: number; unit: string } {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return { value, unit: units[unit]! };
}

/**
 * A size said to be over a limit, never shown as the limit itself: rounded up to two decimals in its unit, so
 * 1,040,000 bytes reads "1.04 MB, more than the 1 MB limit", not "1 MB, more than the 1 MB limit" (walk s15),
 * as the validation's own "1.04 MB" does.
 */
export function formatBytesOver(bytes: number, locale: Locale): string {
  const { value, unit } = inDecimalUnits(bytes);
  const up = Math.ceil(value * 100 - 1e-9) / 100;
  return `${new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 2 }).format(up)} ${unit}`;
}

/**
 * The one rule for a prepared file's size beside its limit: over the limit it reads as the validation's reason says
 * it (rounded up, two decimals: "1.21 MB"), otherwise as any size ("980 kB"). The card said "1.2 MB" beside a
 * reason saying "1.21 MB" (walk s15).
 */
export function formatSizeAgainstLimit(bytes: number, limitBytes: number | undefined, locale: Locale): string {
  return limitBytes !== undefined && bytes > limitBytes ? formatBytesOver(bytes, locale) : formatBytes(bytes, locale);
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

const lisbonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Lisbon',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * A moment on Lisbon's clock, in words: "1 December 2026, 15:09 (Lisbon time)" /
 * "1 de dezembro de 2026, às 15:09 (hora de Lisboa)", for the reports' "prepared on" line.
 */
export function formatLisbonMoment(instant: string | Date, locale: Locale): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  const p = Object.fromEntries(lisbonParts.formatToParts(date).map((part) => [part.type, part.value]));
  const day = formatDate(`${p.year}-${p.month}-${p.day}`, locale);
  const time = `${p.hour}:${p.minute}`;
  return locale === 'pt' ? `${day}, às ${time} (hora de Lisboa)` : `${day}, ${time} (Lisbon time)`;
}
