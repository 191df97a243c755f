import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useCase } from '../../case/CaseContext';
import { useAssessment } from '../../case/use-assessment';
import { Page } from '../../components/Page';
import { Tag } from '../../components/Tag';
import { formatLisbonDateTime, formatSizeAgainstLimit, useLocale } from '../../locale';
import { href } from '../../router';
import { PrepareControls } from '../documents/PrepareControls';
import { checklistFor } from '../documents/checklist';
import { todayInLisbon } from '../../locale';
import { NOT_READY_FOLDER, shownVerdict } from '../../../../shared/engine/report';

const VERDICT_TONE = { ready: 'green', 'ready-with-warnings': 'yellow', 'not-ready': 'red' } as const;

/** Step 5: the upload-ready folder: write it (again), open it in the file manager, and read the report. */
export function FolderPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { guide } = useCase();
  const assessment = useAssessment();
  const folderStep = assessment.steps.find((step) => step.id === 'folder')!;
  const [revealed, setRevealed] = useState<boolean | null>(null);
  const report = guide.report;
  const cards = checklistFor(guide.situation, todayInLisbon());
  const nameOf = (id: string) => cards.find((card) => card.id === id)?.name[locale] ?? id;

  return (
    <Page title={t('folder.title')}>
      <p>{t('folder.intro')}</p>
      <div className={`warning warning-${folderStep.status === 'done' ? 'info' : 'caution'}`} data-testid="folder-status">
        <Tag tone={folderStep.status === 'done' ? 'green' : folderStep.status === 'attention' ? 'red' : 'grey'}>
          {t(`tasks.status.${folderStep.status}`)}
        </Tag>
        <p>{folderStep.reason[locale]}</p>
      </div>
      <PrepareControls cards={cards} />
      {guide.folderPath && (
        <section className="panel" aria-labelledby="folder-where">
          <h2 id="folder-where">{t('folder.where')}</h2>
          <p>
            <code data-testid="folder-path">{guide.folderPath}</code>
          </p>
          <button
            type="button"
            className="button button-secondary"
            data-testid="reveal-folder"
            onClick={() => {
              const folder = guide.folderPath;
              if (folder)
                void api()
                  .shellReveal({ path: folder })
                  .then((result) => setRevealed(result.ok && result.value.revealed));
            }}
          >
            {t('folder.reveal')}
          </button>
          {revealed === false && <p role="alert">{t('folder.revealFailed')}</p>}
        </section>
      )}
      {report && (
        <section aria-labelledby="folder-report" data-testid="folder-report">
          <h2 id="folder-report">{t('folder.report')}</h2>
          <p>{t('folder.createdAt', { date: formatLisbonDateTime(report.createdAt, locale) })}</p>
          <table className="report-table">
            <caption className="visually-hidden">{t('folder.report')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('folder.col.document')}</th>
                <th scope="col">{t('folder.col.file')}</th>
                <th scope="col">{t('folder.col.pages')}</th>
                <th scope="col">{t('folder.col.size')}</th>
                <th scope="col">{t('folder.col.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {report.categories.map((category) => {
                const verdict = shownVerdict(category);
                return (
                  <tr key={category.categoryId}>
                    <td>{nameOf(category.categoryId)}</td>
                    <td>
                      {category.output
                        ? category.output.folder
                          ? `${NOT_READY_FOLDER}/${category.output.fileName}`
                          : category.output.fileName
                        : '—'}
                    </td>
                    <td>{category.output?.pages ?? 0}</td>
                    <td>
                      {category.output
                        ? formatSizeAgainstLimit(
                            category.output.bytes,
                            category.output.validation?.limitBytes ?? category.output.compression?.limitBytes,
                            locale,
                          )
                        : '—'}
                    </td>
                    <td>{verdict ? <Tag tone={VERDICT_TONE[verdict]}>{t(`documents.verdict.${verdict}`)}</Tag> : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {report.missing.length > 0 && (
            <div className="warning warning-caution">
              <p>{t('folder.missing')}</p>
              <ul>
                {report.missing.map((id) => (
                  <li key={id}>{nameOf(id)}</li>
                ))}
              </ul>
            </div>
          )}
          <p>{t('folder.files', { files: report.files.join(', ') })}</p>
        </section>
      )}
      <a className="button" href={href('/after-submit')} data-testid="to-after-submit">
        {t('folder.next')}
      </a>
    </Page>
  );
}
