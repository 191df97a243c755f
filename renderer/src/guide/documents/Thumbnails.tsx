import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { joinPath } from './paths';
import { bytesOf, renderPdfPages } from './render-pages';

const MAX_THUMBNAILS = 4;
const THUMB_WIDTH = 110;

/** Page thumbnails of a prepared PDF: see at a glance that the right pages, upright, are in it. */
export function Thumbnails({
  folder,
  fileName,
  pages,
  version,
}: {
  folder: string;
  fileName: string;
  pages: number;
  version: string;
}) {
  const { t } = useTranslation();
  const [urls, setUrls] = useState<string[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    void api()
      .previewPdf({ path: joinPath(folder, fileName) })
      .then(async (result) => {
        if (!result.ok) throw new Error(result.error.code);
        const drawn = await renderPdfPages(bytesOf(result.value.base64), THUMB_WIDTH, MAX_THUMBNAILS);
        if (live) setUrls(drawn);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [folder, fileName, version]);

  if (failed) return <p className="hint">{t('documents.result.previewUnavailable', { file: fileName })}</p>;
  return (
    <div
      className="thumbs"
      role="group"
      aria-label={t('documents.result.thumbnails', { file: fileName })}
      data-testid="thumbnails"
    >
      {urls.map((url, index) => (
        <img
          key={url.slice(-32) + index}
          src={url}
          width={THUMB_WIDTH}
          alt={t('documents.result.thumbnailAlt', { page: index + 1, file: fileName })}
        />
      ))}
      {pages > MAX_THUMBNAILS && urls.length > 0 && (
        <span className="hint">{t('documents.result.morePages', { more: pages - MAX_THUMBNAILS })}</span>
      )}
    </div>
  );
}
