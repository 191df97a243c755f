import type { CompressionReport } from '../../../shared/engine/compression';
import type { ValidationResult } from '../../../shared/engine/validation';

/**
 * Over the limit, the advice offers only what can help this file. The compress stage knows whether scanning the
 * paper again in black and white would make it smaller (`options`): when every page is already stored in 1 bit, it
 * would not, and "scan again in black and white" would send the person to the scanner for nothing (walk s15: a
 * 40-page grey statement, 1-bit at 180 dpi, 1.2 MB). Then the advice is to remove pages only.
 */
export function fitAdviceWithinReach(validation: ValidationResult, compression: CompressionReport | undefined): ValidationResult {
  if (!compression || compression.fitsLimit || compression.options.includes('rescan-black-and-white')) return validation;
  return {
    ...validation,
    reasons: validation.reasons.map((reason) =>
      reason.code === 'OVER_LIMIT' ? { ...reason, actionKey: 'validation.actions.removePagesToFit' } : reason,
    ),
  };
}
