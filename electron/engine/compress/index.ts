import type { CompressResult } from '../../../shared/engine/compression';

export interface CompressPdfOptions {
  /** Per-file upload limit in bytes. */
  limitBytes: number;
  /** Resolution images are brought down to first (default 150 dpi). */
  targetDpi?: number;
  /** Lowest resolution the ladder may go to (default 100 dpi). */
  floorDpi?: number;
  /** Called after each image is processed (done, total) on every ladder rung. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Recompress the images of a PDF so it fits `limitBytes` while staying readable.
 * Never returns something bigger than the input. Implementation in progress.
 */
export async function compressPdf(input: Uint8Array, options: CompressPdfOptions): Promise<CompressResult> {
  void input;
  void options;
  throw new Error('compressPdf: not implemented yet');
}
