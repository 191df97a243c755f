import type { ClientProblem } from '../../shared/batch/summary';
import type { CategoryId } from '../../shared/rules/categories';
import type { PrepareReport } from '../../shared/engine/report';
import type { KnownHash } from '../engine/stages/read-input';

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
  /** `knownHash`: the SHA-256 the batch measured (with size and time), so the engine need not hash the file again. */
  inputs: { categoryId: CategoryId; files: { path: string; relPath: string; knownHash?: KnownHash }[] }[];
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
  /**
   * The engine's report, not yet written: the batch writes report.json and report.html once, with what reading
   * found (report-reading.ts). Absent from a preparer that wrote its own (and never kept in the resume marker).
   */
  report?: PrepareReport;
}

export interface PrepareProgress {
  stage: string;
  file?: string;
  done: number;
  total: number;
}

export type PrepareClient = (job: ClientJob, onProgress: (progress: PrepareProgress) => void) => Promise<PrepareResult>;
