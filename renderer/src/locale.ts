import { useTranslation } from 'react-i18next';
import { localeOfLanguage, type Locale } from '../../shared/i18n';
import { intlTag } from '../../shared/i18n/format';

/** Shared with the reports and the batch summary, so a size reads the same everywhere. */
export {
  formatBytes,
  formatBytesOver,
  formatSizeAgainstLimit,
  formatDate,
  intlTag,
  localizeIsoDates,
} from '../../shared/i18n/format';

/** The current UI language as one of the app's locales. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return localeOfLanguage(i18n.language);
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
