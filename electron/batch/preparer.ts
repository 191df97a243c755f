import type { ClientProblem } from '../../shared/batch/summary';
import type { CategoryId } from '../../shared/rules/categories';

/**
 * The one thing a batch needs from the document engine: prepare one client's
 * categorised inputs into an (empty, temporary) output folder and say what
 * happened per category. The batch never looks inside PDFs itself.
 *
 * A preparer module exports `prepareClient` with this type. Workers load the
 * real one (engine-preparer.ts) unless told to load another (tests use a small
 * fake to exercise scanning, resume and the pool without the engine).
 */
export interface ClientJob {
  client: string;
  inputs: { categoryId: CategoryId; files: { path: string; relPath: string }[] }[];
  /** Relative path → password. Lives only in memory, for this job. */
  passwords: Record<string, string>;
  /** Empty folder to write the upload-ready files into. */
  outDir: string;
  limitBytes: number;
  /** Categories this client needs: those without input are listed as missing in report.html. */
  expectedCategories: CategoryId[];
  locale: 'en' | 'pt';
}

export interface PreparedCategory {
  categoryId: CategoryId;
  /**
   * 'ready': written, no warnings; 'warning': ready, with warnings worth a look; 'not-ready': written but
   * not ready by the guide's definition (over the limit, a blurred page, a blocker, an input left out);
   * 'failed': nothing written for it.
   */
  status: 'ready' | 'warning' | 'not-ready' | 'failed';
  outputBytes: number;
}

export interface PrepareResult {
  categories: PreparedCategory[];
  /** Errors and warnings per input or category, in the summary's shape. */
  problems: ClientProblem[];
}

export interface PrepareProgress {
  stage: string;
  file?: string;
  done: number;
  total: number;
}

export type PrepareClient = (job: ClientJob, onProgress: (progress: PrepareProgress) => void) => Promise<PrepareResult>;
