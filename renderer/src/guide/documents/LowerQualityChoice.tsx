import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QualityPreview } from '../../../../shared/api/calls/documents';
import type { CategoryReport } from '../../../../shared/engine/report';
import { effectiveUploadLimit } from '../../../../shared/rules/upload-limit';
import { useCase } from '../../case/CaseContext';
import type { AssignedFile } from '../../case/guide-case';
import { formatBytes, formatBytesOver, useLocale } from '../../locale';
import { useDocumentsSession } from './DocumentsSession';
import { bytesOf, renderPdfPages } from './render-pages';
import { usePagesOf } from './use-prepare-all';

/** Page 1 drawn about as wide as a 75-dpi A4 page has pixels: the person sees the detail it keeps. */
const PREVIEW_WIDTH = 620;

type Preview =
  | { kind: 'none' }
  | { kind: 'working' }
  | { kind: 'failed'; reason: string }
  | { kind: 'ready'; preview: QualityPreview; image: string | null };

/** The card's PDF does not fit the upload limit (the compress stage says so, or validation does). */
export function overLimit(result: CategoryReport): boolean {
  const output = result.output;
  if (!output) return false;
  return (
    output.compression?.fitsLimit === false || (output.validation?.reasons ?? []).some((reason) => reason.code === 'OVER_LIMIT')
  );
}

/**
 * "No dead ends" (issue 15): when a card's PDF is still over the limit, what the app can do right
 * now. A smaller file at lower quality, shown first (page 1 at that setting, its size, whether it
 * fits, made by the engine exactly as it would prepare it), accepted only by the person; or removing
 * pages with the page tools. The choice is kept in the case and can be taken back.
 */
export function LowerQualityChoice({
  categoryId,
  files,
  result,
  onRemovePages,
  onPrepare,
  running,
}: {
  categoryId: string;
  files: AssignedFile[];
  result: CategoryReport;
  onRemovePages(): void;
  /** Prepare again with this quality (it may not be in the guide's state yet). */
  onPrepare(quality: 'standard' | 'lower'): void;
  running: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { guide } = useCase();
  const { previewQuality } = useDocumentsSession();
  const pagesOf = usePagesOf();
  const [preview, setPreview] = useState<Preview>({ kind: 'none' });
  const limitBytes = effectiveUploadLimit(guide.uploadLimitBytes).bytes;
  const limit = formatBytes(limitBytes, locale);
  const chosen = guide.quality[categoryId] === 'lower';
  const tooLarge = overLimit(result);

  if (!tooLarge && !chosen) return null;
  // Whether a black-and-white scan would help is the compress stage's finding for this PDF (its options): when every
  // page is already 1-bit it would not, and a photo has no "text pages" to speak of (walk s15).
  const blackAndWhite = t(
    result.output?.compression?.options.includes('rescan-black-and-white')
      ? 'lowerQuality.rescanBlackAndWhite'
      : 'lowerQuality.alreadyBlackAndWhite',
  );

  async function show() {
    setPreview({ kind: 'working' });
    const pages = pagesOf(categoryId, files);
    const answer = await previewQuality({ limitBytes, categoryId, files, ...(pages ? { pages } : {}) });
    if (!answer.ok) {
      setPreview({ kind: 'failed', reason: t(answer.error.messageKey, answer.error.params) });
      return;
    }
    // Drawn by pdf.js like the thumbnails; if it cannot be drawn, the size and the verdict are still shown.
    const image = await renderPdfPages(bytesOf(answer.value.firstPageBase64), PREVIEW_WIDTH, 1).then(
      ([url]) => url ?? null,
      () => null,
    );
    setPreview({ kind: 'ready', preview: answer.value, image });
  }

  if (chosen) {
    return (
      <div className="inset lower-quality" data-testid={`lower-quality-${categoryId}`}>
        <p>{t('lowerQuality.chosen')}</p>
        {tooLarge && <p>{`${t('lowerQuality.chosenStillTooLarge')} ${blackAndWhite}`}</p>}
        <div className="page-tools-actions">
          {tooLarge && (
            <button type="button" className="button button-secondary" onClick={onRemovePages}>
              {t('lowerQuality.removePages')}
            </button>
          )}
          <button type="button" className="button button-secondary" disabled={running} onClick={() => onPrepare('standard')}>
            {t('lowerQuality.backToStandard')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <section
      className="inset lower-quality"
      aria-labelledby={`lower-quality-${categoryId}-title`}
      data-testid={`lower-quality-${categoryId}`}
    >
      <h3 id={`lower-quality-${categoryId}-title`}>{t('lowerQuality.title')}</h3>
      <p>{t('lowerQuality.intro', { limit })}</p>
      <div className="page-tools-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={preview.kind === 'working' || running}
          onClick={() => void show()}
          data-testid={`preview-lower-${categoryId}`}
        >
          {t('lowerQuality.preview')}
        </button>
        <button type="button" className="button button-secondary" onClick={onRemovePages}>
          {t('lowerQuality.removePages')}
        </button>
      </div>
      {preview.kind === 'working' && <p role="status">{t('lowerQuality.working')}</p>}
      {preview.kind === 'failed' && (
        <p role="alert" className="error-message">
          {t('lowerQuality.failed', { reason: preview.reason })}
        </p>
      )}
      {preview.kind === 'ready' && (
        <div data-testid="lower-quality-preview">
          <p data-testid="lower-quality-verdict">
            {preview.preview.fitsLimit
              ? preview.preview.minDpi === null
                ? t('lowerQuality.fitsNoDpi', { size: formatBytes(preview.preview.bytes, locale), limit })
                : t('lowerQuality.fits', {
                    size: formatBytes(preview.preview.bytes, locale),
                    limit,
                    dpi: Math.round(preview.preview.minDpi),
                  })
              : `${t('lowerQuality.stillTooLarge', { size: formatBytesOver(preview.preview.bytes, locale), limit })} ${blackAndWhite}`}
          </p>
          {preview.image && (
            <figure className="lower-quality-page">
              <img src={preview.image} alt={t('lowerQuality.firstPage')} data-testid="lower-quality-page" />
              <figcaption className="hint">{t('lowerQuality.firstPage')}</figcaption>
            </figure>
          )}
          {preview.preview.fitsLimit && (
            <button
              type="button"
              className="button"
              disabled={running}
              onClick={() => onPrepare('lower')}
              data-testid={`accept-lower-${categoryId}`}
            >
              {t('lowerQuality.accept')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
