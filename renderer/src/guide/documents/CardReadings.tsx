import { useTranslation } from 'react-i18next';
import { certificateVerdict, type CertificateReading } from '../../../../shared/reading/certificate';
import { certificateNames } from '../../../../shared/reading/consistency';
import type { AssignedFile } from '../../case/guide-case';
import { Tag } from '../../components/Tag';
import { formatDate, useLocale } from '../../locale';
import { certificateLineOf } from './certificate-line';
import { MrzPrefill } from './MrzPrefill';
import { useReadings } from './ReadingsSession';
import { isLocked, ReadingFailed } from './ReadingFailed';

/** The consistency items a certificate's own line on its card already says (its verdict, its unread date). */
const CERTIFICATE_LINE_ITEMS: ReadonlySet<string> = new Set([
  'certificate-expires-soon',
  'certificate-no-issue-date',
  'certificate-stale',
]);

/** A certificate's dates and its verdict on the planned submission day, in the reader's words. */
function CertificateLine({
  certificate,
  submitOn,
  planned,
}: {
  certificate: CertificateReading;
  submitOn: string;
  planned: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const verdict = certificateVerdict(certificate, submitOn);
  const date = (iso: string) => formatDate(iso, locale);
  const numbers = [certificate.nif && `NIF ${certificate.nif}`, certificate.niss && `NISS ${certificate.niss}`].filter(Boolean);
  const line = 'issuedOn' in verdict ? certificateLineOf(verdict, planned) : null;
  return (
    <>
      <p>{t('reading.certificate.readAs', { document: certificateNames[certificate.kind]?.[locale] ?? certificate.kind })}</p>
      {'issuedOn' in verdict && line && (
        <p data-testid="certificate-verdict">
          {t('reading.certificate.issued', { issued: date(verdict.issuedOn), until: date(verdict.lastFreshDay) })}{' '}
          <Tag tone={line.tone}>
            {t(`reading.certificate.${line.key}`, { until: date(verdict.lastFreshDay), submitOn: date(submitOn) })}
          </Tag>
          {line.soon && <> {t('reading.certificate.soon', { until: date(verdict.lastFreshDay) })}</>}
        </p>
      )}
      {verdict.status === 'no-issue-date' && <p>{t('reading.certificate.noIssueDate')}</p>}
      {numbers.length > 0 && <p>{t('reading.certificate.numbers', { numbers: numbers.join(', ') })}</p>}
      {certificate.name && <p>{t('reading.certificate.name', { name: certificate.name })}</p>}
    </>
  );
}

/**
 * Under a card's files: what reading each one found (progress while OCR runs), the
 * certificate's dates and freshness, the passport's details to confirm, and every
 * consistency item about that file (a wrong NIF, a name spelt differently, the junta's
 * certificate AIMA no longer accepts).
 */
export function CardReadings({ categoryId, files }: { categoryId: string; files: AssignedFile[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { states, submitOn, planned, consistency } = useReadings();
  return (
    <>
      {files.map((file) => {
        const state = states[file.path];
        if (!state) return null;
        // "Expires soon", "stale" and "no issue date" are the certificate line's own sentences on the card; listed again
        // they would repeat it (session 11's walk: the stale sentence three times on the page; the page's summary says it
        // once). A file read as no certificate at all has no such line: its item says the date is unread.
        const ownLine = state.status === 'read' && state.reading.certificate !== null;
        const items = consistency.items.filter(
          (item) => item.file === file.name && !(ownLine && CERTIFICATE_LINE_ITEMS.has(item.id)),
        );
        if (state.status === 'reading')
          return (
            <p className="hint" role="status" key={file.path}>
              {t('reading.suggest.reading', { file: file.name, percent: state.percent })}{' '}
              <progress max={100} value={state.percent} aria-label={file.name} />
            </p>
          );
        // A locked PDF says what it is and what to do; any other failure leaves the card as it is.
        if (state.status === 'failed')
          return isLocked(state.error) ? <ReadingFailed key={file.path} error={state.error} where="card" /> : null;
        const { reading } = state;
        const mrz = categoryId === 'passport' ? reading.mrz : null;
        if (!reading.certificate && !mrz && items.length === 0) return null;
        return (
          <div className="inset" key={file.path} data-testid="file-reading">
            {reading.certificate && <CertificateLine certificate={reading.certificate} submitOn={submitOn} planned={planned} />}
            {mrz?.status === 'read' && <MrzPrefill file={file.name} fields={mrz.fields} />}
            {mrz?.status === 'unreadable' && <p>{t('reading.mrz.unreadable', { file: file.name })}</p>}
            {items.length > 0 && (
              <ul data-testid="file-reading-items">
                {items.map((item) => (
                  <li key={item.id + item.text.en}>
                    <Tag tone={item.severity === 'blocker' ? 'red' : 'yellow'}>
                      {t(item.severity === 'blocker' ? 'reading.checks.blocker' : 'reading.checks.warning')}
                    </Tag>{' '}
                    {item.text[locale]}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
