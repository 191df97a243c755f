import { isPageWorkerLoss } from '../compress/page-pool';
import type { CompressionReport, PageClass } from '../../../shared/engine/compression';
import type { EngineNote } from '../../../shared/engine/errors';
import type { QualityChoice } from '../../../shared/engine/page-edits';
import type { ValidationResult } from '../../../shared/engine/validation';
import type { RemovedCounts } from '../../../shared/engine/sanitize';
import { compressPdf } from '../compress';
import { sanitizePdf } from '../sanitize';
import { engineNote } from '../errors';
import { validatePdf } from '../validate';
import { fitAdviceWithinReach } from '../validate/fit-advice';
import { earlyChecksEnabled, warmChecks } from '../validate/check-core';

/**
 * ─── The plug-in point for issue 4 ───────────────────────────────────────────
 * After "merge" and before "write", each category's PDF goes through the
 * sanitise stage (scripts, actions, attached files, forms and metadata out), the
 * compress stage (fit the upload limit, keep it readable) and the validate
 * stage (two parsers, encryption, size, dpi, blur, blank pages). Both are
 * owned by electron/engine/compress and electron/engine/validate; this file
 * only calls them and records their results in the report.
 *
 * A failure inside either stage must not lose the user's document: the merged
 * PDF is written as it is and the report carries a warning.
 */
const NO_BYTES = new Uint8Array(0);

export type SanitizeStage = typeof sanitizePdf;
export type CompressStage = typeof compressPdf;
export type ValidateStage = typeof validatePdf;

export interface FinishStages {
  /** false skips the stage (e.g. tests of the earlier stages); default: the real stage. */
  sanitize?: SanitizeStage | false;
  compress?: CompressStage | false;
  validate?: ValidateStage | false;
}

export interface FinishedPdf {
  bytes: Uint8Array;
  /** What the sanitise stage removed (scripts, actions, attached files, forms, metadata). */
  removed?: RemovedCounts;
  compression?: CompressionReport;
  validation?: ValidationResult;
  warnings: EngineNote[];
}

export async function finishPdf(
  merged: Uint8Array,
  options: {
    limitBytes: number;
    /** Page classes the category allows (identity documents: photo only). */
    pageClasses?: readonly PageClass[];
    /** "lower": the person's accepted smaller-file setting. */
    quality?: QualityChoice;
    stages?: FinishStages;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<FinishedPdf> {
  const sanitize = options.stages?.sanitize === undefined ? sanitizePdf : options.stages.sanitize;
  const compress = options.stages?.compress === undefined ? compressPdf : options.stages.compress;
  const validate = options.stages?.validate === undefined ? validatePdf : options.stages.validate;
  const result: FinishedPdf = { bytes: merged, warnings: [] };
  // The merged file lives on in `result` only until the sanitised copy replaces it: a parameter stays
  // reachable for the whole call, so without this the 30-page scan's 79 MB stayed beside the compressor's
  // own copies to the end (issue 15's memory target).
  // eslint-disable-next-line no-useless-assignment -- the assignment is the point: it drops the reference.
  merged = NO_BYTES;

  // pdf.js's check worker loads on the free core (if any) while the file is sanitised and its first pages
  // coded; it then decodes our text layers as they are made (validate/early-check.ts).
  const early = Boolean(compress && validate) && earlyChecksEnabled();
  if (early) warmChecks();
  if (sanitize) {
    // Before compression, so the compressor never carries scripts, attachments or metadata forward.
    // If it fails, the validate stage's own check finds what is left and the file is not ready.
    try {
      const sanitized = await sanitize(result.bytes);
      result.bytes = sanitized.bytes;
      result.removed = sanitized.removed;
    } catch {
      result.warnings.push(engineNote('SANITIZE_STAGE_FAILED'));
    }
  }
  if (compress) {
    // A throw from the caller's progress callback is the caller stopping the work (the one-client runner's time or
    // memory budget, electron/batch/in-process.ts): it must end the document, never be read as the compressor
    // failing, which kept the file "as it was" and went on to validate and write it as if nothing had happened.
    let stoppedBy: { error: unknown } | null = null;
    const report = options.onProgress;
    const onProgress =
      report &&
      ((done: number, total: number) => {
        try {
          report(done, total);
        } catch (error) {
          stoppedBy ??= { error };
          throw error;
        }
      });
    try {
      const compressed = await compress(result.bytes, {
        limitBytes: options.limitBytes,
        pageClasses: options.pageClasses,
        ...(options.quality ? { quality: options.quality } : {}),
        ...(early ? { earlyChecks: true } : {}),
        onProgress,
      });
      result.bytes = compressed.bytes;
      result.compression = compressed.report;
    } catch (error) {
      // A page worker that died (out of memory, a native fault) fails the document with ENGINE_STOPPED, as the
      // engine's own thread dying does: "kept as it was" would call a file no one could finish merely large.
      if (isPageWorkerLoss(error)) throw error;
      if (stoppedBy) throw (stoppedBy as { error: unknown }).error;
      result.warnings.push(engineNote('COMPRESS_STAGE_FAILED'));
    }
  }
  if (validate) {
    try {
      result.validation = fitAdviceWithinReach(
        await validate(result.bytes, { limitBytes: options.limitBytes }),
        result.compression,
      );
    } catch {
      result.warnings.push(engineNote('VALIDATE_STAGE_FAILED'));
    }
  }
  return result;
}
