import { useTranslation } from 'react-i18next';
import { keptApartCause, NOT_READY_FOLDER, shownVerdict, type CategoryReport } from '../../../../shared/engine/report';
import { filesInOutput, pageOrigin } from '../../../../shared/engine/page-origin';
import { originalBytesOf } from '../../../../shared/engine/original-bytes';
import { Tag } from '../../components/Tag';
import { formatBytes, formatSizeAgainstLimit, useLocale } from '../../locale';
import { Thumbnails } from './Thumbnails';

const VERDICT_TONE = { ready: 'green', 'ready-with-warnings': 'yellow', 'not-ready': 'red' } as const;
/** Why the file is kept apart, said truly: "the portal would refuse it" is not why a blurred page is kept out. */
const NOT_READY_FOLDER_TEXT = {
  refused: 'documents.result.notReadyFolder',
  partial: 'documents.result.notReadyFolderPartial',
  blurred: 'documents.result.notReadyFolderBlurred',
} as const;

function dpiRange(category: CategoryReport): { min: number; max: number } | null {
  const dpis = (category.output?.validation?.pages ?? []).flatMap((page) => page.images.map((image) => image.dpi));
  if (dpis.length === 0) return null;
  return { min: Math.round(Math.min(...dpis)), max: Math.round(Math.max(...dpis)) };
}

/** The engine's result for one category: the PDF written, its pages, sizes before/after, dpi, verdict and what to do. */
export function CategoryResult({
  category,
  outputDir,
  blocked = false,
  warned = false,
}: {
  category: CategoryReport;
  outputDir: string | undefined;
  /** Reading the card's files found a blocker (a stale certificate, another person's NIF): the file is not to be uploaded. */
  blocked?: boolean;
  /** Reading found a warning about one of its files: a "ready" file reads "Ready, with warnings", as the card's status does. */
  warned?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const output = category.output;
  const validation = output?.validation;
  // A file kept apart is labelled "not ready" like the guide says, not with its check's "ready, with warnings".
  const shown = shownVerdict(category);
  const verdict = shown === 'ready' && warned ? 'ready-with-warnings' : shown;
  const cause = keptApartCause(category);
  const dpi = dpiRange(category);
  const before = originalBytesOf(category);
  const after = output?.bytes ?? 0;
  const widest = Math.max(before, after, 1);
  // A file the portal would refuse is written apart, in the not-ready subfolder (electron/engine/pipeline.ts).
  const path = output ? (output.folder ? `${NOT_READY_FOLDER}/${output.fileName}` : output.fileName) : '';

  return (
    <div className="result" data-testid={`result-${category.categoryId}`}>
      <h3>{t('documents.result.title')}</h3>
      {output ? (
        <>
          <p>
            <strong data-testid="output-name">{path}</strong> — {t('documents.result.pages', { pages: output.pages })}
            {output.merged && filesInOutput(category) > 1 && (
              <> · {t('documents.result.merged', { items: filesInOutput(category) })}</>
            )}{' '}
            {verdict &&
              (blocked && verdict !== 'not-ready' ? (
                <Tag tone="red">{t('documents.verdict.blocked')}</Tag>
              ) : (
                <Tag tone={VERDICT_TONE[verdict]}>{t(`documents.verdict.${verdict}`)}</Tag>
              ))}
          </p>
          {cause && (
            <p className="warning" data-testid="not-ready-folder">
              {t(NOT_READY_FOLDER_TEXT[cause], { folder: NOT_READY_FOLDER })}
            </p>
          )}
          {outputDir && <Thumbnails folder={outputDir} fileName={path} pages={output.pages} version={output.sha256} />}
          <div className="size-bars" aria-label={t('documents.result.sizes')}>
            <div className="size-bar">
              <span>{t('documents.result.before')}</span>
              <span className="bar" style={{ width: `${(before / widest) * 100}%` }} />
              <span data-testid="size-before">{formatBytes(before, locale)}</span>
            </div>
            <div className="size-bar">
              <span>{t('documents.result.after')}</span>
              <span className="bar bar-after" style={{ width: `${(after / widest) * 100}%` }} />
              <span data-testid="size-after">
                {formatSizeAgainstLimit(after, output.validation?.limitBytes ?? output.compression?.limitBytes, locale)}
              </span>
            </div>
          </div>
          {dpi && (
            <p>
              {dpi.min === dpi.max
                ? t('documents.result.dpi', { dpi: dpi.min })
                : t('documents.result.dpiRange', { min: dpi.min, max: dpi.max })}
            </p>
          )}
          {validation && validation.reasons.length > 0 && (
            <ul className="reasons">
              {validation.reasons.map((reason, index) => {
                // A page of the prepared PDF is named as the person knows it: the page of their own file
                // ("page 1 of IMG_2041.HEIC"), with the prepared file's page number when it differs.
                const origin = reason.page !== undefined ? pageOrigin(category, reason.page) : null;
                const params = origin
                  ? {
                      ...reason.params,
                      page: t(origin.page === reason.page ? 'documents.result.pageOfFile' : 'documents.result.pageOfFileAt', {
                        page: origin.page,
                        file: origin.file,
                        outputPage: reason.page,
                      }),
                    }
                  : reason.params;
                return (
                  <li key={`${reason.code}-${index}`} data-testid="reason">
                    {t(reason.messageKey, params)} <strong>{t(reason.actionKey, params)}</strong>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      ) : (
        <p>
          <Tag tone="red">{t('documents.verdict.not-ready')}</Tag>{' '}
          {category.error ? t(category.error.messageKey, category.error.params) : null}
        </p>
      )}
      {category.inputs
        .filter((input) => input.error || input.warnings.length > 0)
        .map((input) => (
          <p key={`${input.index}-${input.file}`} className="inset">
            <strong>{input.file}</strong>:{' '}
            {input.error
              ? `${t(input.error.messageKey, { ...input.error.params, file: input.file })} ${input.error.actionKey ? t(input.error.actionKey) : ''}`
              : input.warnings.map((warning) => t(warning.messageKey, warning.params)).join(' ')}
          </p>
        ))}
    </div>
  );
}
