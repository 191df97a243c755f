import { inspectInput } from '../../engine/inspect';
import { prepareCase } from '../../engine/pipeline';
import type { Handler } from '../handler-types';

/** The document engine behind the API contract. Passwords stay in the call's memory. */
export function documentHandlers(): {
  documentsInspect: Handler<'documentsInspect'>;
  documentsPrepare: Handler<'documentsPrepare'>;
} {
  return {
    documentsInspect: async ({ items }) => {
      const results = [];
      // One at a time: qpdf runs synchronously and sharp already uses the thread pool.
      for (const item of items) results.push(await inspectInput(item));
      return results;
    },
    documentsPrepare: async ({ operationId, outputDir, limitBytes, categories, expectedCategories, locale }, { emit }) => {
      const result = await prepareCase(categories, {
        outputDir,
        limitBytes,
        expectedCategories,
        locale,
        onProgress: ({ stage, file, done, total }) =>
          emit({ type: 'progress', operationId, stage, ...(file ? { file } : {}), done, total }),
      });
      return { outputDir: result.outputDir, report: result.report };
    },
  };
}
