import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { instantOfLisbon } from '../../../../shared/rules/dates';
import { ducWindow } from '../../../../shared/rules/duc';
import { decideRoute } from '../../../../shared/rules/route';
import { api } from '../../api';
import { useCase } from '../../case/CaseContext';
import { Page } from '../../components/Page';
import { todayInLisbon } from '../../locale';
import { href } from '../../router';
import { DucForm, type DucAnswer } from './DucForm';
import { DucWindowView } from './DucWindowView';
import { EvidenceLog } from './EvidenceLog';

/** Step 6: the DUC payment window from its generation time, a calendar file, and the evidence log. */
export function AfterSubmitPage() {
  const { t } = useTranslation();
  const { guide, update, caseId } = useCase();
  const [logVersion, setLogVersion] = useState(0);
  const route = decideRoute(guide.situation, todayInLisbon()).ducRoute ?? 'portal-renovacoes';
  const duc = guide.duc;
  const generatedAt = duc ? { lisbonDate: duc.date, lisbonTime: duc.time } : null;
  const window = generatedAt ? ducWindow({ route, generatedAt }) : null;

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
      <DucForm initial={duc ?? null} onSubmit={(answer) => void record(answer)} />
      {window && generatedAt && <DucWindowView window={window} generatedAt={generatedAt} />}
      <EvidenceLog refreshKey={logVersion} />
      <p>
        <a href={href('/trouble')}>{t('afterSubmit.somethingWrong')}</a>
      </p>
    </Page>
  );
}
