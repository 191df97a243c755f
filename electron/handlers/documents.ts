import { categoryById } from '../../shared/rules/categories';
import { addReadingToReport } from '../engine/output/report-reading';
import type { DocumentEngine } from '../engine/worker/protocol';
import type { Handler } from './handler-types';

/** The document engine behind the API contract (on its own thread in the app). Passwords stay in the call's memory. */
export function documentHandlers(engine: DocumentEngine): {
  documentsInspect: Handler<'documentsInspect'>;
  documentsPrepare: Handler<'documentsPrepare'>;
  documentsReportReading: Handler<'documentsReportReading'>;
  documentsFlattenPreview: Handler<'documentsFlattenPreview'>;
  documentsPagePreviews: Handler<'documentsPagePreviews'>;
  documentsPreviewQuality: Handler<'documentsPreviewQuality'>;
} {
  return {
    documentsInspect: async ({ items }) => engine.inspect(items),
    documentsPrepare: async (
      { operationId, outputDir, limitBytes, categories, expectedCategories, locale, reading },
      { emit },
    ) => {
      const result = await engine.prepare(
        { categories, outputDir, limitBytes, expectedCategories, locale },
        ({ stage, file, done, total }) => emit({ type: 'progress', operationId, stage, ...(file ? { file } : {}), done, total }),
      );
      // The report says what the card says: reading's findings (a stale certificate, another person's NIF) join it.
      const report = reading ? await addReadingToReport(result.outputDir, reading, locale) : null;
      return { outputDir: result.outputDir, report: report ?? result.report };
    },
    documentsReportReading: async ({ outputDir, reading, locale }) => ({
      report: await addReadingToReport(outputDir, reading, locale),
    }),
    documentsFlattenPreview: async ({ path, name, categoryId }) => {
      // As the pipeline decides: categories that allow only photographic pages are not relit.
      const classes = categoryById(categoryId)?.pageClasses;
      const photographic = classes !== undefined && classes.every((c) => c === 'photo');
      return engine.flattenPreview({ path, ...(name ? { name } : {}), evenLight: !photographic });
    },
    documentsPagePreviews: async ({ items }) => engine.pagePreviews(items),
    documentsPreviewQuality: async ({ limitBytes, category }) => engine.previewQuality({ category, limitBytes }),
  };
}
