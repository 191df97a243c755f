import { useTranslation } from 'react-i18next';
import type { ConsistencyItem } from '../../../../shared/reading/consistency';
import { consistencySummary } from '../../../../shared/reading/consistency-summary';
import { Tag } from '../../components/Tag';
import { formatDate, useLocale } from '../../locale';
import { href } from '../../router';
import { useReadings } from '../documents/ReadingsSession';

/**
 * Where an item is fixed: the passport expiry typed in the situation; the name or date of birth typed in the details
 * when they are the case's (no file: the passport is the reference); anything about a document, among the documents.
 */
function fixedOn(item: ConsistencyItem): '/situation' | '/details' | '/documents' {
  if (item.id === 'passport-expiry-mismatch') return '/situation';
  if (item.file === undefined && (item.id === 'name-mismatch' || item.id === 'birth-date-mismatch')) return '/details';
  return '/documents';
}
const FIX_LINKS = {
  '/situation': 'preUpload.toSituation',
  '/details': 'preUpload.toDetails',
  '/documents': 'preUpload.toDocuments',
} as const;

/**
 * What reading the documents found, one item per problem (a name spelt differently on
 * the contract, a certificate with someone else's NIF, a certificate stale on the planned
 * day), each naming its file; and how many files are still being read, so "nothing
 * blocks" is never said of documents not read yet.
 */
export function ReadingChecks() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { consistency, pending, person, states, agencyCase } = useReadings();
  // What the case already has, so "Not checked" asks only for what is missing (never for a NIF already typed).
  const given = {
    fullName: Boolean(person?.fullName),
    dateOfBirth: Boolean(person?.dateOfBirth),
    nif: Boolean(person?.nif),
    passportRead: Object.values(states).some((state) => state.status === 'read' && state.reading.mrz?.status === 'read'),
  };
  const items = [...consistency.items].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocker' ? -1 : 1));
  return (
    <section className="panel" aria-labelledby="reading-checks-title" data-testid="reading-checks">
      <h2 id="reading-checks-title">{t('reading.checks.title')}</h2>
      {pending > 0 && <p role="status">{t('reading.checks.pending', { count: pending })}</p>}
      {/* Names what was compared, or that nothing could be: never "agree" of an empty comparison. */}
      {items.length === 0 && pending === 0 && (
        <p data-testid="reading-summary">
          {consistencySummary(consistency.columns, given, agencyCase ? 'agency' : 'applicant')[locale]}
        </p>
      )}
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item.id + item.text.en} data-testid={`reading-item-${item.id}`}>
              <Tag tone={item.severity === 'blocker' ? 'red' : 'yellow'}>
                {t(item.severity === 'blocker' ? 'reading.checks.blocker' : 'reading.checks.warning')}
              </Tag>{' '}
              {item.text[locale]}{' '}
              {item.provenance && (
                <span className="hint">
                  ({t('reading.checks.source', { date: formatDate(item.provenance.checkedOn, locale) })})
                </span>
              )}{' '}
              {/* Each item links where it is fixed: a typed fact where it was typed, a document among the documents. */}
              <a href={href(fixedOn(item))}>{t(FIX_LINKS[fixedOn(item)])}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
