import type { ValidationResult } from '../../../shared/engine/validation';

export interface ValidatePdfOptions {
  limitBytes: number;
  /** Below this effective dpi an image is reported (default 100). */
  minDpi?: number;
}

/** Check an output PDF (two parsers, encryption, size, dpi, blur, blank pages) and give a verdict. */
export async function validatePdf(bytes: Uint8Array, options: ValidatePdfOptions): Promise<ValidationResult> {
  void bytes;
  void options;
  throw new Error('validatePdf: not implemented yet');
}
