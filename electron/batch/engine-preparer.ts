import { prepareCase } from '../engine/pipeline';
import type { PrepareClient } from './preparer';
import { outcomeFromReport } from './report-outcome';

/**
 * The real preparer: the document engine's pipeline (detect, decrypt, convert,
 * merge, compress, validate, write report.json/report.html) over one client's
 * categorised inputs, its report read as the batch's outcome. Progress is
 * counted in inputs across the whole client, so a bar moves evenly.
 */
export const prepareClient: PrepareClient = async (job, onProgress) => {
  const total = job.inputs.reduce((sum, category) => sum + category.files.length, 0);
  const inputsBefore = job.inputs.map((_, index) =>
    job.inputs.slice(0, index).reduce((sum, category) => sum + category.files.length, 0),
  );
  let categoryIndex = 0;
  const { report } = await prepareCase(
    job.inputs.map(({ categoryId, files }) => ({
      categoryId,
      items: files.map((file) => {
        const password = job.passwords[file.relPath];
        return {
          path: file.path,
          ...(password === undefined ? {} : { password }),
          ...(file.knownHash ? { knownHash: file.knownHash } : {}),
        };
      }),
    })),
    {
      outputDir: job.outDir,
      limitBytes: job.limitBytes,
      expectedCategories: job.expectedCategories,
      locale: job.locale,
      // Written by the batch once reading is done too: one write each, with the final content.
      writeReport: false,
      onProgress: (event) => {
        if (event.stage === 'category') categoryIndex = event.done;
        if (event.stage !== 'input') return;
        onProgress({
          stage: 'input',
          ...(event.file ? { file: event.file } : {}),
          done: (inputsBefore[categoryIndex] ?? 0) + event.done,
          total,
        });
      },
    },
  );
  return { ...outcomeFromReport(report, job), report };
};
