import { useTranslation } from 'react-i18next';
import { preUploadChecklistFor } from '../../../../shared/rules/pre-upload';
import { useCase } from '../../case/CaseContext';
import { useAssessment, useReader } from '../../case/use-assessment';
import { Page } from '../../components/Page';
import { Tag } from '../../components/Tag';
import { todayInLisbon, useLocale } from '../../locale';
import { href } from '../../router';
import { checklistFor } from '../documents/checklist';
import { categoryStateText } from '../../../../shared/case/assessment';
import { useReadings } from '../documents/ReadingsSession';
import { ReadingChecks } from './ReadingChecks';

/** Step 4: the checks to tick before going to the portal, and what still blocks. */
export function PreUploadPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { guide, update } = useCase();
  const today = todayInLisbon();
  const cards = checklistFor(guide.situation, today);
  // An agency ticks the checks about its client's records ("The client’s NIF").
  const checks = preUploadChecklistFor(guide.situation, today, useReader());
  const assessment = useAssessment();
  // What still blocks comes from the case assessment: required documents not ready, checks not ticked.
  const notReady = assessment.requiredCategories.filter((c) => c.state !== 'ready');
  const { consistency, pending } = useReadings();
  const readingBlocks = pending > 0 || consistency.items.some((item) => item.severity === 'blocker');
  // Nothing blocks, but reading found something to check (a certificate valid only a few more days): not a plain green.
  const readingWarns = consistency.items.some((item) => item.severity === 'warning');
  const unticked = checks.filter((item) => !guide.preUploadTicked.includes(item.id)).length;

  function toggle(id: string, checked: boolean) {
    update((current) => ({
      ...current,
      preUploadTicked: checked ? [...new Set([...current.preUploadTicked, id])] : current.preUploadTicked.filter((x) => x !== id),
    }));
  }

  return (
    <Page title={t('preUpload.title')}>
      <p>{t('preUpload.intro')}</p>
      <fieldset className="form-group">
        <legend className="visually-hidden">{t('preUpload.title')}</legend>
        {checks.map((item) => (
          <div className="checkbox" key={item.id}>
            <input
              type="checkbox"
              id={`pre-${item.id}`}
              checked={guide.preUploadTicked.includes(item.id)}
              onChange={(event) => toggle(item.id, event.target.checked)}
            />
            <label htmlFor={`pre-${item.id}`}>{item.text[locale]}</label>
          </div>
        ))}
      </fieldset>
      <section className="panel" aria-labelledby="blockers" data-testid="blockers">
        <h2 id="blockers">{t('preUpload.blockersTitle')}</h2>
        {notReady.length === 0 && unticked === 0 && !readingBlocks ? (
          <p data-testid="nothing-blocks">
            {readingWarns ? (
              <Tag tone="yellow">{t('preUpload.nothingBlocksWarnings')}</Tag>
            ) : (
              <Tag tone="green">{t('preUpload.nothingBlocks')}</Tag>
            )}
          </p>
        ) : (
          <ul>
            {notReady.map(({ categoryId: id, state }) => {
              const card = cards.find((c) => c.id === id);
              return (
                <li key={id}>
                  {/* Why, as the task list says it ("no file given", "a page looks blurred"), not "not prepared or not ready". */}
                  {t('preUpload.documentNotReady', {
                    document: card?.name[locale] ?? id,
                    why: state === 'ready' ? '' : categoryStateText(state)[locale],
                  })}{' '}
                  <a href={href('/documents')}>{t('preUpload.toDocuments')}</a>
                </li>
              );
            })}
            {unticked > 0 && <li>{t('preUpload.unticked', { unticked })}</li>}
            {readingBlocks && <li>{t('reading.checks.seeBelow')}</li>}
          </ul>
        )}
      </section>
      <ReadingChecks />
      <a className="button" href={href('/folder')} data-testid="to-folder">
        {t('preUpload.toFolder')}
      </a>
    </Page>
  );
}
