import { useTranslation } from 'react-i18next';
import {
  documentsBlockersBeyondReason,
  documentsReasonBesideNext,
  withoutAlsoToFix,
  type Assessment,
} from '../../../../shared/case/assessment';
import { Tag } from '../../components/Tag';
import { localizeIsoDates, useLocale } from '../../locale';
import { STATUS_TONES } from '../TaskListPage';

/**
 * The top of the documents page: what the case assessment says about the
 * documents step (its status and why), what else blocks there (what reading
 * the documents found), and the next action when it is on this page. The page
 * computes no status of its own: the same words appear on the task list.
 */
export function DocumentsAssessment({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = (value: { en: string; pt: string }) => localizeIsoDates(value[locale], locale);
  const step = assessment.steps.find((s) => s.id === 'documents')!;
  // The step's reason already names every required document not ready; other blockers of this step follow it.
  const blockers = documentsBlockersBeyondReason(assessment);
  // What reading found is listed once, under its own heading: the reason and the next action, which end with it on the
  // task list ("Also to fix before you upload: …"), say it here without it (session 11's walk: three times on the page).
  const found = blockers.map((b) => b.text);
  const nextHere = assessment.next.screen === '/documents';
  // The documents not ready are listed once, by the next action below when it is on this page (it says what to do
  // with each); the reason then says how many (session 12's walk: listed twice).
  const whole = nextHere ? documentsReasonBesideNext(assessment) : step.reason;
  const reason = blockers.length > 0 ? withoutAlsoToFix(whole, found) : whole;
  const next = blockers.length > 0 ? withoutAlsoToFix(assessment.next.text, found) : assessment.next.text;
  return (
    <section className="panel" aria-labelledby="documents-assessment-title" data-testid="documents-assessment">
      <h2 id="documents-assessment-title">{t('documents.assessment.title')}</h2>
      <p>
        <Tag tone={STATUS_TONES[step.status]}>{t(`tasks.status.${step.status}`)}</Tag>
      </p>
      <p data-testid="documents-reason">{text(reason)}</p>
      {blockers.length > 0 && (
        <div data-testid="documents-blockers">
          <h3>{t('documents.assessment.blockers')}</h3>
          <ul>
            {blockers.map((b) => (
              <li key={b.text.en}>{text(b.text)}</li>
            ))}
          </ul>
        </div>
      )}
      {nextHere && (
        <div data-testid="documents-next">
          <h3>{t('documents.assessment.next')}</h3>
          <p>{text(next)}</p>
        </div>
      )}
    </section>
  );
}
