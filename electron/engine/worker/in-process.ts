import { inspectInput } from '../inspect';
import { flattenPreview } from '../image/flatten/preview';
import { prepareCase } from '../pipeline';
import { pagePreviews, previewQuality } from '../previews';
import type { DocumentEngine } from './protocol';

/** The engine on the calling thread: inside the engine worker, in tests of the engine itself, and as the fallback. */
export const inProcessEngine: DocumentEngine = {
  async inspect(items) {
    const results = [];
    // One at a time: qpdf runs synchronously and sharp already uses the thread pool.
    for (const item of items) results.push(await inspectInput(item));
    return results;
  },
  prepare: (request, onProgress) =>
    prepareCase(request.categories, {
      outputDir: request.outputDir,
      limitBytes: request.limitBytes,
      expectedCategories: request.expectedCategories,
      locale: request.locale,
      onProgress,
    }),
  flattenPreview: (request) => flattenPreview(request),
  pagePreviews: (items) => pagePreviews(items),
  previewQuality: (request) => previewQuality(request.category, request.limitBytes),
};
