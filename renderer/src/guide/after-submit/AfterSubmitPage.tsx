import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { instantOfLisbon } from '../../../../shared/rules/dates';
import { api } from '../../api';
import { useCase } from '../../case/CaseContext';
import { Page } from '../../components/Page';
import { useAssessmentWithEvidence, useReader } from '../../case/use-assessment';
import { approvalRecorded, paymentEntry } from '../../../../shared/case/case-facts';
import { NO_DECISION_ROW, waitAfterPayment } from '../../../../shared/case/after-payment';
import { localizeIsoDates, useLocale } from '../../locale';
import { Tag } from '../../components/Tag';
import { href } from '../../router';
import { DucForm, type DucAnswer } from './DucForm';
import { DucWindowView } from './DucWindowView';
import { EvidenceLog } from './EvidenceLog';
import { PaymentForm } from './PaymentForm';

/** Step 6: the DUC payment window from its generation time, a calendar file, and the evidence log. */
export function AfterSubmitPage() {
  const { t } = useTranslation();
  const { guide, update, caseId } = useCase();
  const [logVersion, setLogVersion] = useState(0);
  const locale = useLocale();
  // The log is re-read after each entry, so a payment recorded here marks the DUC paid at once.
  const { assessment, evidence } = useAssessmentWithEvidence(logVersion);
  const reader = useReader();
  const paid = paymentEntry(evidence);
  const duc = guide.duc;
  const generatedAt = duc ? { lisbonDate: duc.date, lisbonTime: duc.time } : null;
  // The window of the person's route; null on a route no source gives a window for (never another route's).
  const window = assessment.duc;
  const deadline = assessment.deadlines.find((d) => d.id === 'duc-payment');
  const step = assessment.steps.find((s) => s.id === 'afterSubmit')!;
  // Paid and not yet decided: the wait, and what to do if no decision comes.
  const wait = paid && !approvalRecorded(evidence) ? waitAfterPayment(paid.at, assessment.today, reader) : null;

  async function record(answer: DucAnswer) {
    const unchanged = duc && duc.date === answer.date && duc.time === answer.time && duc.reference === answer.reference;
    update((current) => ({
      ...current,
      duc: { ...answer, ...(unchanged && duc?.evidenceId ? { evidenceId: duc.evidenceId } : {}) },
    }));
    if (unchanged && duc?.evidenceId) return;
    // Keep the DUC in the evidence log: it is part of the chronology a letter to AIMA cites.
    const result = await api().evidenceAdd({
      caseId,
      entry: {
        at: instantOfLisbon(answer.date, answer.time).toISOString(),
        kind: 'duc-reference',
        note: '',
        reference: answer.reference,
      },
      paths: [],
    });
    if (result.ok) {
      const evidenceId = result.value.id;
      update((current) => ({ ...current, duc: current.duc ? { ...current.duc, evidenceId } : current.duc }));
      setLogVersion((v) => v + 1);
    }
  }

  return (
    <Page title={t('afterSubmit.title')}>
      <p>{t('afterSubmit.intro')}</p>
      <section className="panel" aria-labelledby="after-submit-status" data-testid="after-submit-status">
        <h2 id="after-submit-status">{t('afterSubmit.statusTitle')}</h2>
        {deadline && deadline.state !== 'upcoming' && deadline.state !== 'unknown' && (
          <p>
            <Tag tone={deadline.state === 'met' ? 'green' : 'red'}>{t(`afterSubmit.state.${deadline.state}`)}</Tag>
          </p>
        )}
        <p data-testid="after-submit-reason">{localizeIsoDates(step.reason[locale], locale)}</p>
      </section>
      {wait && (
        <section className="panel" aria-labelledby="after-submit-wait" data-testid="after-submit-wait">
          <h2 id="after-submit-wait">{t('afterSubmit.waitTitle')}</h2>
          <p>{wait.text[locale]}</p>
          <p>
            <a href={href(`/trouble/${NO_DECISION_ROW}`)} data-testid="after-submit-no-decision">
              {t('afterSubmit.noDecisionLink')}
            </a>
          </p>
        </section>
      )}
      <DucForm initial={duc ?? null} onSubmit={(answer) => void record(answer)} />
      {window && generatedAt && <DucWindowView window={window} generatedAt={generatedAt} deadline={deadline ?? null} />}
      <PaymentForm duc={duc ?? null} paidAt={paid?.at ?? null} onRecorded={() => setLogVersion((v) => v + 1)} />
      <EvidenceLog refreshKey={logVersion} onAdded={() => setLogVersion((v) => v + 1)} />
      <p>
        <a href={href('/trouble')}>{t('afterSubmit.somethingWrong')}</a>
      </p>
    </Page>
  );
}
