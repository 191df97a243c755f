import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryById } from '../../../shared/rules/categories';
import type { ClientListing } from '../../../shared/batch/listing';
import { sayIn } from '../../../shared/batch/said';
import type { SummaryRow } from '../../../shared/batch/summary';
import { api } from '../api';
import { Page } from '../components/Page';
import { Tag } from '../components/Tag';
import { useLocale } from '../locale';
import { loadAgencySettings, saveAgencySettings, type BatchOptionValues } from './agency-settings';
import { BatchOptions } from './BatchOptions';
import { ProblemList } from './ProblemList';
import { useBatch, type Progress } from './useBatch';
import { useClientImport, type PendingImport } from './useClientImport';
import './agency.css';

const STATUS_TONE = { ready: 'green', 'needs-attention': 'yellow', failed: 'red', submitted: 'blue' } as const;

/** A labelled progress bar: `<progress>` carries the value for assistive technology, the text says it in words. */
function ProgressLine({ label, progress, text }: { label: string; progress: Progress; text: string }) {
  return (
    <div className="agency-progress">
      <progress aria-label={label} max={Math.max(progress.total, 1)} value={progress.done} />
      <span>{text}</span>
    </div>
  );
}

/** A client's status before or between runs, from what its last output recorded. */
function ListingStatus({ client }: { client: ClientListing }) {
  const { t } = useTranslation();
  if (!client.lastRun) return <Tag tone="grey">{t('batch.view.lastRunNone')}</Tag>;
  if (!client.lastRun.upToDate) return <Tag tone="blue">{t('batch.view.lastRunOutOfDate')}</Tag>;
  return <Tag tone={STATUS_TONE[client.lastRun.status]}>{t(`batch.summary.status.${client.lastRun.status}`)}</Tag>;
}

/** One client's result: status, what is ready and missing, the problems and the next action. */
function ResultCard({ row, outFolder, onReveal }: { row: SummaryRow; outFolder: string; onReveal: (path: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const names = (ids: readonly string[]) =>
    ids.length === 0 ? t('agency.none') : ids.map((id) => categoryById(id)?.name[locale] ?? id).join(', ');
  const headingId = `agency-result-${row.client}`;
  // The run kept its words as meaning: shown in the app's language, whatever language the batch ran in.
  const deadlineWords = row.said?.nextDeadline ?? null;
  return (
    <li className="panel" data-testid={`result-${row.client}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {row.client} <Tag tone={STATUS_TONE[row.status]}>{t(`batch.summary.status.${row.status}`)}</Tag>
      </h3>
      <dl className="agency-facts">
        <dt>{t('agency.ready')}</dt>
        <dd data-testid="ready">{names(row.categoriesReady)}</dd>
        {row.categoriesWithWarnings.length > 0 && (
          <>
            <dt>{t('batch.summary.columns.warnings')}</dt>
            <dd data-testid="warnings">{names(row.categoriesWithWarnings)}</dd>
          </>
        )}
        {row.categoriesNotReady.length > 0 && (
          <>
            <dt>{t('agency.notReady')}</dt>
            <dd data-testid="not-ready">{names(row.categoriesNotReady)}</dd>
          </>
        )}
        {/* A document none of whose files could be prepared (a damaged file) was listed nowhere (session 8's walk). */}
        {row.categoriesFailed.length > 0 && (
          <>
            <dt>{t('agency.couldNotPrepare')}</dt>
            <dd data-testid="failed">{names(row.categoriesFailed)}</dd>
          </>
        )}
        <dt>{t('agency.missing')}</dt>
        <dd data-testid="missing">{names(row.categoriesMissing)}</dd>
        {row.nextDeadline && (
          <>
            <dt>{t('batch.summary.deadline')}</dt>
            <dd data-testid="next-deadline">
              {/* The title may hold its own colon ("O prazo legal: pedir …"): a dash before the date. */}
              {deadlineWords ? deadlineWords.what[locale] : row.nextDeadline.what} —{' '}
              {deadlineWords ? deadlineWords.when[locale] : (row.nextDeadline.when ?? row.nextDeadline.at)}{' '}
              <Tag
                tone={
                  row.nextDeadline.state === 'overdue' || row.nextDeadline.state === 'due-today'
                    ? 'red'
                    : row.nextDeadline.state === 'met'
                      ? 'green'
                      : 'grey'
                }
              >
                {t(`batch.summary.deadlineState.${row.nextDeadline.state}`)}
              </Tag>
            </dd>
          </>
        )}
        <dt>{t('agency.nextAction')}</dt>
        <dd data-testid="next-action">{row.said ? sayIn(row.said.nextAction, locale) : row.nextAction}</dd>
      </dl>
      {row.problems.length > 0 && (
        <>
          <h4>{t('agency.problems')}</h4>
          <ProblemList problems={row.problems} />
        </>
      )}
      <button
        type="button"
        className="button button-secondary"
        data-testid="reveal-client"
        onClick={() => onReveal(`${outFolder}/${row.outputFolder}`)}
      >
        {t('agency.revealClient', { client: row.client })}
      </button>
    </li>
  );
}

/** A client folder just opened as a case, with what to look at before continuing in the guide. */
function ImportedPanel({ pending, onContinue }: { pending: PendingImport; onContinue: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [pending]);
  const { caseFile, documents, problems } = pending.result;
  const count = documents.reduce((sum, document) => sum + document.files.length, 0);
  return (
    <section className="panel" aria-labelledby="agency-imported" data-testid="imported-panel">
      <h2 id="agency-imported" tabIndex={-1} ref={heading}>
        {pending.client}
      </h2>
      <p>{t('agency.imported', { title: caseFile.title, documents: count, categories: documents.length })}</p>
      <p>{t('agency.importProblems')}</p>
      <ProblemList problems={problems} />
      {pending.result.unsortedFiles.length > 0 && (
        <p data-testid="unsorted-to-read">{t('agency.unsortedToRead', { count: pending.result.unsortedFiles.length })}</p>
      )}
      <button type="button" className="button" data-testid="continue-in-guide" onClick={onContinue}>
        {t('agency.continueInGuide')}
      </button>
    </section>
  );
}

/**
 * The agency view: choose a clients folder and an output folder, see the
 * clients, prepare them all in one batch with live progress, then read each
 * client's result and open its prepared folder.
 */
export function AgencyPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [settings, setSettings] = useState(loadAgencySettings);
  const { clientsFolder, outFolder } = settings;
  const options: BatchOptionValues = { force: settings.force, passwordsFile: settings.passwordsFile };
  const [revealFailed, setRevealFailed] = useState(false);
  useEffect(() => saveAgencySettings(settings), [settings]);
  const batch = useBatch(locale);
  const importer = useClientImport();
  const { list } = batch;
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // When a run ends, keyboard and screen-reader users land on its result rather than on the button.
  useEffect(() => {
    if (batch.summary) resultHeading.current?.focus();
  }, [batch.summary]);

  useEffect(() => {
    if (clientsFolder) void list(clientsFolder, outFolder);
  }, [clientsFolder, outFolder, list]);

  const pick = async (purpose: 'clients' | 'output') => {
    const result = await api().shellPickFolder({ purpose });
    if (!result.ok || !result.value.path) return;
    const path = result.value.path;
    setSettings((current) => (purpose === 'clients' ? { ...current, clientsFolder: path } : { ...current, outFolder: path }));
  };
  const reveal = (path: string) => {
    void api()
      .shellReveal({ path })
      .then((result) => setRevealFailed(!(result.ok && result.value.revealed)));
  };

  const canRun = clientsFolder !== null && outFolder !== null && !batch.running && (batch.clients?.length ?? 0) > 0;
  const summary = batch.summary;

  return (
    <Page title={t('agency.title')}>
      <p>{t('agency.intro')}</p>
      <section className="panel" aria-labelledby="agency-folders">
        <h2 id="agency-folders">{t('agency.folders')}</h2>
        <dl className="agency-facts">
          <dt>{t('agency.clientsFolder')}</dt>
          <dd>
            <code data-testid="clients-folder">{clientsFolder ?? t('agency.notChosen')}</code>
          </dd>
          <dt>{t('agency.outputFolder')}</dt>
          <dd>
            <code data-testid="output-folder">{outFolder ?? t('agency.notChosen')}</code>
          </dd>
        </dl>
        <div className="agency-buttons">
          <button
            type="button"
            className="button button-secondary"
            data-testid="pick-clients"
            disabled={batch.running}
            onClick={() => void pick('clients')}
          >
            {t('batch.view.pickClientsFolder')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            data-testid="pick-output"
            disabled={batch.running}
            onClick={() => void pick('output')}
          >
            {t('batch.view.pickOutputFolder')}
          </button>
        </div>
      </section>

      <BatchOptions
        values={options}
        disabled={batch.running}
        onChange={(values) => setSettings((current) => ({ ...current, ...values }))}
      />

      {batch.error && (
        <div className="warning warning-caution" role="alert" data-testid="agency-error">
          <p>{t(batch.error.messageKey, batch.error.params)}</p>
          {batch.error.actionKey && <p>{t(batch.error.actionKey)}</p>}
        </div>
      )}

      {batch.clients && (
        <section aria-labelledby="agency-clients">
          <h2 id="agency-clients">{t('batch.view.heading')}</h2>
          {batch.clients.length === 0 ? (
            <p>{t('agency.noClients')}</p>
          ) : (
            <table className="report-table" data-testid="client-table">
              <caption className="visually-hidden">{t('agency.clients')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('agency.col.client')}</th>
                  <th scope="col">{t('agency.col.files')}</th>
                  <th scope="col">{t('agency.col.status')}</th>
                  <th scope="col">{t('agency.col.progress')}</th>
                  <th scope="col">{t('agency.col.case')}</th>
                </tr>
              </thead>
              <tbody>
                {batch.clients.map((client) => {
                  const progress = batch.perClient[client.client];
                  const row = summary?.rows.find((r) => r.client === client.client);
                  return (
                    <tr key={client.client} data-testid={`client-${client.client}`}>
                      <th scope="row">{client.client}</th>
                      <td>{t('agency.files', { files: client.files, unsorted: client.unsortedFiles })}</td>
                      <td data-testid="client-status">
                        {row ? (
                          <Tag tone={STATUS_TONE[row.status]}>{t(`batch.summary.status.${row.status}`)}</Tag>
                        ) : (
                          <ListingStatus client={client} />
                        )}
                      </td>
                      <td>
                        {progress ? (
                          <ProgressLine
                            label={client.client}
                            progress={batch.finished.has(client.client) ? { done: 1, total: 1 } : progress}
                            text={t('agency.clientProgress', progress)}
                          />
                        ) : batch.running ? (
                          t('agency.waiting')
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button-secondary"
                          data-testid="open-client"
                          aria-label={t('agency.openInGuideLabel', { client: client.client })}
                          disabled={batch.running || importer.opening !== null}
                          onClick={() => void importer.open(client)}
                        >
                          {importer.opening === client.client ? t('agency.opening') : t('agency.openInGuide')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      )}

      {importer.error && (
        <div className="warning warning-caution" role="alert" data-testid="import-error">
          <p>{t(importer.error.messageKey, importer.error.params)}</p>
          {importer.error.actionKey && <p>{t(importer.error.actionKey)}</p>}
        </div>
      )}
      {importer.pending && <ImportedPanel pending={importer.pending} onContinue={() => void importer.continueInGuide()} />}

      {batch.overall && batch.running && (
        <div role="status" data-testid="overall-progress">
          <ProgressLine label={t('agency.overall')} progress={batch.overall} text={t('batch.view.running', batch.overall)} />
        </div>
      )}
      {!canRun && !batch.running && (clientsFolder === null || outFolder === null) && (
        <p className="hint">{t('agency.needFolders')}</p>
      )}
      <button
        type="button"
        className="button"
        data-testid="run-batch"
        disabled={!canRun}
        aria-disabled={!canRun}
        onClick={() => {
          if (clientsFolder && outFolder) void batch.run(clientsFolder, outFolder, options);
        }}
      >
        {t('batch.view.run')}
      </button>

      {summary && outFolder && (
        <section aria-labelledby="agency-summary" data-testid="agency-summary">
          <h2 id="agency-summary" tabIndex={-1} ref={resultHeading}>
            {t('agency.summary')}
          </h2>
          <p role="status">{t('agency.totals', summary.totals)}</p>
          <button
            type="button"
            className="button button-secondary"
            data-testid="open-summary"
            onClick={() => reveal(summary.summaryHtml)}
          >
            {t('agency.openSummary')}
          </button>
          {revealFailed && <p role="alert">{t('agency.revealFailed')}</p>}
          <ul className="agency-results">
            {summary.rows.map((row) => (
              <ResultCard key={row.client} row={row} outFolder={outFolder} onReveal={reveal} />
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
