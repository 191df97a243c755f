import type { PagePreview, QualityPreview } from '../../shared/api/calls/documents';
import { PAGE_PREVIEW_MAX_BYTES } from '../../shared/api/calls/documents';
import { AppError } from '../../shared/api/errors';
import type { CategoryReport } from '../../shared/engine/report';
import { categoryById } from '../../shared/rules/categories';
import { compressPdf } from './compress';
import { engineError } from './errors';
import { assembleCategory, type CategoryRequest } from './pipeline';
import { sanitizePdf } from './sanitize';
import { finishPdf } from './stages/finish';
import { prepareInput, type InputRequest } from './stages/prepare-input';
import { selectPages } from './stages/select-pages';

/**
 * What the documents step shows before anything is written: the pages of the inputs for the page
 * tools, and the first page of a category at the "lower quality" setting. Both run the same stages
 * as a preparation (read, decrypt, convert; sanitise; compress), in memory.
 */

/** Thumbnails are drawn about 110 px wide: 40 dpi of an A4 page is 330 px, sharp on a high-density screen. */
const THUMBNAIL_DPI = 40;

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Each input as a small PDF of its pages (images at thumbnail resolution), for the page tools. */
export async function pagePreviews(items: readonly InputRequest[]): Promise<PagePreview[]> {
  const previews: PagePreview[] = [];
  for (const [index, item] of items.entries()) {
    const prepared = await prepareInput(item, index);
    if (!prepared.pdf) {
      previews.push({ index, pages: 0, base64: null, error: prepared.report.error });
      continue;
    }
    // Scripts and attachments out before anything reaches the window; then every image at thumbnail size.
    const sanitized = await sanitizePdf(prepared.pdf);
    const small = await compressPdf(sanitized.bytes, {
      limitBytes: 1,
      targetDpi: THUMBNAIL_DPI,
      floorDpi: THUMBNAIL_DPI,
      pageClasses: ['photo'],
    });
    // A file whose pages stay huge even so (vector drawings, fonts): no pictures, the pages are still listed.
    const tooLarge = small.bytes.byteLength > PAGE_PREVIEW_MAX_BYTES;
    previews.push({ index, pages: prepared.report.pages, base64: tooLarge ? null : base64(small.bytes), error: null });
  }
  return previews;
}

/** The category at the "lower quality" setting, in memory: its first page, its size, whether it fits. */
export async function previewQuality(request: CategoryRequest, limitBytes: number): Promise<QualityPreview> {
  const category = categoryById(request.categoryId);
  const report: CategoryReport = { categoryId: request.categoryId, status: 'failed', inputs: [], output: null, error: null };
  const assembled = await assembleCategory(request, report, undefined);
  if (!assembled || !category) {
    throw report.error ? new AppError(report.error) : engineError('CATEGORY_NO_USABLE_INPUT', category?.fileName);
  }
  const finished = await finishPdf(assembled.merged, {
    limitBytes,
    pageClasses: category.pageClasses,
    quality: 'lower',
    stages: { validate: false },
  });
  const first = await selectPages([finished.bytes], [assembled.pages], [{ item: 0, page: 0, rotation: 0 }], category.fileName);
  const dpis = (finished.compression?.pages ?? []).flatMap((page) => (page.minDpi === null ? [] : [page.minDpi]));
  return {
    firstPageBase64: base64(first.bytes),
    bytes: finished.bytes.byteLength,
    fitsLimit: finished.bytes.byteLength <= limitBytes,
    minDpi: dpis.length > 0 ? Math.min(...dpis) : null,
    pages: assembled.pages,
  };
}
