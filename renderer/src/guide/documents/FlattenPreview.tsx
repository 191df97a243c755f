import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlattenPreview as Preview, FlattenPreviewPage } from '../../../../shared/engine/flatten-preview';
import type { ApiError } from '../../../../shared/api/errors';
import type { CategoryId } from '../../../../shared/rules/categories';
import { api } from '../../api';
import type { AssignedFile } from '../../case/guide-case';

/** Kinds the engine straightens: camera photos (scans come as PDF, PNG or TIFF). */
const PHOTO_KINDS = new Set(['jpeg', 'heic', 'webp', 'avif']);

export function isStraightenable(kind: string | null | undefined): boolean {
  return kind !== null && kind !== undefined && PHOTO_KINDS.has(kind);
}

/** The outline found, drawn over the "before" picture (coordinates in fractions of the picture). */
function Outline({ points }: { points: NonNullable<FlattenPreviewPage['outline']> }) {
  return (
    <svg className="flatten-outline" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true">
      <polygon points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
    </svg>
  );
}

function PagePreview({
  page,
  pages,
  kept,
  photographic,
  onKeep,
}: {
  page: FlattenPreviewPage;
  pages: number;
  kept: boolean;
  photographic: boolean;
  onKeep(keep: boolean): void;
}) {
  const { t } = useTranslation();
  const straightened = page.after !== null;
  const showAfter = straightened && !kept;
  const message = kept
    ? t('flatten.reason.kept-original')
    : straightened
      ? t(photographic ? 'flatten.foundPhotographic' : 'flatten.found')
      : t(`flatten.reason.${page.report.reason}`);
  return (
    <div className="flatten-page" data-testid="flatten-page">
      {pages > 1 && <h4>{t('flatten.page', { page: page.page + 1 })}</h4>}
      <p data-testid="flatten-message">{message}</p>
      <div className="flatten-pair">
        <figure>
          <div className="flatten-picture">
            <img
              src={`data:image/jpeg;base64,${page.before.jpegBase64}`}
              width={page.before.width}
              height={page.before.height}
              alt={t(page.outline ? 'flatten.before' : 'flatten.beforePlain')}
              data-testid="flatten-before"
            />
            {page.outline && <Outline points={page.outline} />}
          </div>
          <figcaption>{t(page.outline ? 'flatten.before' : 'flatten.beforePlain')}</figcaption>
        </figure>
        {straightened && (
          <figure>
            <div className="flatten-picture">
              <img
                src={`data:image/jpeg;base64,${(showAfter ? page.after! : page.before).jpegBase64}`}
                width={(showAfter ? page.after! : page.before).width}
                height={(showAfter ? page.after! : page.before).height}
                alt={t(showAfter ? 'flatten.after' : 'flatten.afterKept')}
                data-testid="flatten-after"
              />
            </div>
            <figcaption>{t(showAfter ? 'flatten.after' : 'flatten.afterKept')}</figcaption>
          </figure>
        )}
      </div>
      {straightened && (
        <>
          <label className="flatten-keep">
            <input type="checkbox" checked={kept} onChange={(event) => onKeep(event.target.checked)} data-testid="flatten-keep" />{' '}
            {t('flatten.keep')}
          </label>
          <p className="hint">{t('flatten.keepHint')}</p>
        </>
      )}
    </div>
  );
}

/**
 * A phone photo on a document card: what straightening it into a scan does, before and after, page by
 * page (asked of the engine on demand: it decodes the photo), with the choice to keep the original
 * photo of a page. The choice is kept in the case and applies from the next preparation.
 */
export function FlattenPreview({
  file,
  categoryId,
  photographic,
  keptPages,
  onKeptPagesChange,
}: {
  file: AssignedFile;
  categoryId: CategoryId;
  /** Identity documents: straightened and cropped, never relit. */
  photographic: boolean;
  keptPages: readonly number[];
  onKeptPagesChange(pages: number[]): void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);

  async function toggle() {
    if (open) {
      setOpen(false);
      return;
    }
    setOpen(true);
    if (preview) return;
    setLoading(true);
    setError(null);
    const result = await api().documentsFlattenPreview({ path: file.path, name: file.name, categoryId });
    setLoading(false);
    if (result.ok) setPreview(result.value);
    else setError(result.error);
  }

  function keep(page: number, value: boolean) {
    const next = value ? [...new Set([...keptPages, page])].sort((a, b) => a - b) : keptPages.filter((p) => p !== page);
    onKeptPagesChange(next);
  }

  return (
    <div className="flatten" data-testid="flatten-preview">
      <button
        type="button"
        className="button button-secondary button-small"
        aria-expanded={open}
        aria-label={open ? t('flatten.hide') : t('flatten.showFor', { file: file.name })}
        onClick={() => void toggle()}
        data-testid="flatten-toggle"
      >
        {open ? t('flatten.hide') : t('flatten.show')}
      </button>
      {open && (
        <section className="flatten-body" aria-label={t('flatten.title')}>
          {loading && <p role="status">{t('flatten.loading')}</p>}
          {error && (
            <p role="alert" className="error-message">
              {t('flatten.failed', { message: t(error.messageKey, error.params) })}
            </p>
          )}
          {preview && !preview.photo && <p>{t('flatten.notPhoto')}</p>}
          {preview?.pages.map((page) => (
            <PagePreview
              key={page.page}
              page={page}
              pages={preview.pages.length}
              kept={keptPages.includes(page.page)}
              photographic={photographic}
              onKeep={(value) => keep(page.page, value)}
            />
          ))}
        </section>
      )}
    </div>
  );
}
