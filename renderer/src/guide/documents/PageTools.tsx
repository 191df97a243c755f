import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnedited, pageListOf, turned, type CategoryPageEdits, type PageRef } from '../../../../shared/engine/page-edits';
import { useCase } from '../../case/CaseContext';
import type { AssignedFile } from '../../case/guide-case';
import { useDocumentsSession } from './DocumentsSession';
import { bytesOf, renderPdfPages } from './render-pages';

const THUMB_WIDTH = 120;

interface FilePages {
  originalId: string;
  name: string;
  pages: number;
  /** One data URL per page; empty when the pages could not be drawn (they are still listed). */
  urls: string[];
}

/** What was read, for which files (a different list of files is loading until its own answer arrives). */
type Loaded = { key: string } & (
  { kind: 'loading' } | { kind: 'failed'; reason: string } | { kind: 'ready'; files: FilePages[] }
);

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * The page tools of one card (issue 15): every page of the card's files as a thumbnail, to turn,
 * remove or reorder. The edits are saved in the case (case.json, by original and page: the files
 * themselves are never changed) and applied by the engine each time it prepares this card's PDF.
 * Undo goes back one change; reset forgets the edits.
 */
export function PageTools({
  categoryId,
  categoryName,
  files,
  onApply,
  running,
}: {
  categoryId: string;
  categoryName: string;
  files: AssignedFile[];
  /** Prepare again with these edits (they may not be in the guide's state yet). */
  onApply(edits: CategoryPageEdits | null): void;
  running: boolean;
}) {
  const { t } = useTranslation();
  const { guide, update } = useCase();
  const session = useDocumentsSession();
  const { pagePreviews } = session;
  const [answer, setLoaded] = useState<Loaded>({ key: '', kind: 'loading' });
  const [history, setHistory] = useState<(CategoryPageEdits | null)[]>([]);
  const [changed, setChanged] = useState(false);
  const [lastPageHint, setLastPageHint] = useState(false);
  const legacy = files.some((file) => file.originalId === undefined);
  const filesKey = JSON.stringify(files.map((file) => [file.path, file.name, file.originalId]));

  useEffect(() => {
    if (legacy) return;
    let live = true;
    const wanted = JSON.parse(filesKey) as [string, string, string][];
    void (async () => {
      const result = await pagePreviews(wanted.map(([path, name, originalId]) => ({ path, name, originalId })));
      if (!live) return;
      if (!result.ok) {
        setLoaded({ key: filesKey, kind: 'failed', reason: t(result.error.messageKey, result.error.params) });
        return;
      }
      const drawn: FilePages[] = [];
      for (const preview of result.value) {
        const [, name, originalId] = wanted[preview.index]!;
        let urls: string[] = [];
        if (preview.base64) {
          try {
            urls = await renderPdfPages(bytesOf(preview.base64), THUMB_WIDTH);
          } catch {
            urls = []; // Listed without pictures: the page numbers still say which page is which.
          }
        }
        drawn.push({ originalId, name, pages: preview.pages, urls });
      }
      if (live) setLoaded({ key: filesKey, kind: 'ready', files: drawn });
    })();
    return () => {
      live = false;
    };
  }, [filesKey, legacy, pagePreviews, t]);

  const loaded: Loaded = answer.key === filesKey ? answer : { key: filesKey, kind: 'loading' };
  if (legacy) return <p className="inset">{t('pageTools.legacyFiles')}</p>;
  if (loaded.kind === 'loading') return <p role="status">{t('pageTools.loading')}</p>;
  if (loaded.kind === 'failed')
    return (
      <p role="alert" className="error-message">
        {t('pageTools.failed', { reason: loaded.reason })}
      </p>
    );

  const fileList = loaded.files.map((file) => ({ originalId: file.originalId, pages: file.pages }));
  const edits = guide.pageEdits[categoryId];
  const list = pageListOf(edits, fileList) ?? [];
  const total = fileList.reduce((sum, file) => sum + file.pages, 0);
  const byId = new Map(loaded.files.map((file) => [file.originalId, file]));

  function save(next: CategoryPageEdits | null) {
    setHistory((past) => [...past, edits ?? null]);
    setChanged(true);
    update((current) => {
      const pageEdits = { ...current.pageEdits };
      if (next) pageEdits[categoryId] = next;
      else delete pageEdits[categoryId];
      return { ...current, pageEdits };
    });
  }

  function change(next: PageRef[]) {
    setLastPageHint(false);
    save(isUnedited(next, fileList) ? null : { files: fileList.map((file) => file.originalId), pages: next });
  }

  function undo() {
    const previous = history.at(-1);
    if (previous === undefined) return;
    setHistory((past) => past.slice(0, -1));
    update((current) => {
      const pageEdits = { ...current.pageEdits };
      if (previous) pageEdits[categoryId] = previous;
      else delete pageEdits[categoryId];
      return { ...current, pageEdits };
    });
  }

  const currentEdits = edits ?? null;

  return (
    <section
      className="page-tools"
      aria-label={t('pageTools.title', { category: categoryName })}
      data-testid={`page-tools-${categoryId}`}
    >
      <p>{t('pageTools.intro')}</p>
      {edits && <p data-testid="page-edits-summary">{t('pageTools.edited', { kept: list.length, total })}</p>}
      <ol className="page-grid">
        {list.map((ref, index) => {
          const file = byId.get(ref.originalId);
          const url = file?.urls[ref.page];
          const position = index + 1;
          return (
            <li key={`${ref.originalId}-${ref.page}-${index}`} className="page-tile" data-testid="page-tile">
              <div className="page-thumb">
                {url ? (
                  <img
                    src={url}
                    alt={t('pageTools.pageOf', { file: file?.name ?? '', page: ref.page + 1 })}
                    style={{ transform: `rotate(${ref.rotation}deg)` }}
                    data-rotation={ref.rotation}
                  />
                ) : (
                  <span className="hint">{t('pageTools.noPicture')}</span>
                )}
              </div>
              <p className="page-label">
                <strong>{t('pageTools.position', { position, total: list.length })}</strong>
                <br />
                <span className="hint" data-testid="page-source">
                  {t('pageTools.pageOf', { file: file?.name ?? '', page: ref.page + 1 })}
                </span>
              </p>
              <div className="page-actions">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('pageTools.rotateLeftLabel', { position })}
                  onClick={() => change(list.map((r, i) => (i === index ? { ...r, rotation: turned(r.rotation, -90) } : r)))}
                >
                  {t('pageTools.rotateLeft')}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('pageTools.rotateRightLabel', { position })}
                  onClick={() => change(list.map((r, i) => (i === index ? { ...r, rotation: turned(r.rotation, 90) } : r)))}
                >
                  {t('pageTools.rotateRight')}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('pageTools.earlierLabel', { position })}
                  disabled={index === 0}
                  onClick={() => change(moved(list, index, index - 1))}
                >
                  {t('pageTools.earlier')}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('pageTools.laterLabel', { position })}
                  disabled={index === list.length - 1}
                  onClick={() => change(moved(list, index, index + 1))}
                >
                  {t('pageTools.later')}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('pageTools.removeLabel', { position })}
                  onClick={() => {
                    if (list.length === 1) setLastPageHint(true);
                    else change(list.filter((_r, i) => i !== index));
                  }}
                >
                  {t('pageTools.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {lastPageHint && (
        <p role="alert" className="inset">
          {t('pageTools.lastPage')}
        </p>
      )}
      <div className="page-tools-actions">
        <button type="button" className="button button-secondary" disabled={history.length === 0} onClick={undo}>
          {t('pageTools.undo')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={!edits}
          onClick={() => change(pageListOf(undefined, fileList) ?? [])}
        >
          {t('pageTools.reset')}
        </button>
        <button
          type="button"
          className="button"
          disabled={running}
          data-testid={`apply-pages-${categoryId}`}
          onClick={() => {
            setChanged(false);
            onApply(currentEdits);
          }}
        >
          {t('pageTools.apply')}
        </button>
      </div>
      {changed && (
        <p role="status" className="hint">
          {t('pageTools.pending')}
        </p>
      )}
    </section>
  );
}
