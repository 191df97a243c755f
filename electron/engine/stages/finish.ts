import type { CompressionReport, PageClass } from '../../../shared/engine/compression';
import type { EngineNote } from '../../../shared/engine/errors';
import type { ValidationResult } from '../../../shared/engine/validation';
import { compressPdf } from '../compress';
import { engineNote } from '../errors';
import { validatePdf } from '../validate';

/**
 * ─── The plug-in point for issue 4 ───────────────────────────────────────────
 * After "merge" and before "write", each category's PDF goes through the
 * compress stage (fit the upload limit, keep it readable) and the validate
 * stage (two parsers, encryption, size, dpi, blur, blank pages). Both are
 * owned by electron/engine/compress and electron/engine/validate; this file
 * only calls them and records their results in the report.
 *
 * A failure inside either stage must not lose the user's document: the merged
 * PDF is written as it is and the report carries a warning.
 */
export type CompressStage = typeof compressPdf;
export type ValidateStage = typeof validatePdf;

export interface FinishStages {
  /** false skips the stage (e.g. tests of the earlier stages); default: the real stage. */
  compress?: CompressStage | false;
  validate?: ValidateStage | false;
}

export interface FinishedPdf {
  bytes: Uint8Array;
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
    stages?: FinishStages;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<FinishedPdf> {
  const compress = options.stages?.compress === undefined ? compressPdf : options.stages.compress;
  const validate = options.stages?.validate === undefined ? validatePdf : options.stages.validate;
  const result: FinishedPdf = { bytes: merged, warnings: [] };

  if (compress) {
    try {
      const compressed = await compress(merged, {
        limitBytes: options.limitBytes,
        pageClasses: options.pageClasses,
        onProgress: options.onProgress,
      });
      result.bytes = compressed.bytes;
      result.compression = compressed.report;
    } catch {
      result.warnings.push(engineNote('COMPRESS_STAGE_FAILED'));
    }
  }
  if (validate) {
    try {
      result.validation = await validate(result.bytes, { limitBytes: options.limitBytes });
    } catch {
      result.warnings.push(engineNote('VALIDATE_STAGE_FAILED'));
    }
  }
  return result;
}
