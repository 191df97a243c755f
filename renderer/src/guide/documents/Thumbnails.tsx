import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { joinPath } from './paths';

const MAX_THUMBNAILS = 4;
const THUMB_WIDTH = 110;

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Draws the first pages of a PDF with pdf.js (loaded on demand, worker served from the app's own assets). */
async function renderThumbnails(data: Uint8Array, count: number): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist');
  const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const document = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
  try {
    const urls: string[] = [];
    for (let number = 1; number <= Math.min(count, document.numPages); number += 1) {
      const page = await document.getPage(number);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: THUMB_WIDTH / base.width });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      urls.push(canvas.toDataURL('image/png'));
    }
    return urls;
  } finally {
    await document.destroy();
  }
}

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
        const drawn = await renderThumbnails(bytesOf(result.value.base64), MAX_THUMBNAILS);
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
