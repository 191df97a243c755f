import type { Pixels } from './image-pixels';

export interface CachedImage {
  pixels: Pixels;
  grey: boolean;
  mask: Pixels | null;
}

/**
 * Decoded, resampled pixels kept between ladder rungs of the same resolution, so a
 * quality-only step re-encodes without decoding again. Bounded by bytes: on a
 * 100-page scan most pages simply are not cached and get decoded again.
 */
export class PixelCache {
  private readonly entries = new Map<string, CachedImage>();
  private used = 0;

  constructor(private readonly budgetBytes: number) {}

  private static key(ref: string, width: number, height: number): string {
    return `${ref}@${width}x${height}`;
  }

  get(ref: string, width: number, height: number): CachedImage | undefined {
    return this.entries.get(PixelCache.key(ref, width, height));
  }

  set(ref: string, width: number, height: number, value: CachedImage): void {
    const size = value.pixels.data.length + (value.mask?.data.length ?? 0);
    // Entries for another size of the same image are useless once the ladder moved on.
    for (const [k, v] of this.entries) {
      if (k.startsWith(`${ref}@`)) {
        this.used -= v.pixels.data.length + (v.mask?.data.length ?? 0);
        this.entries.delete(k);
      }
    }
    if (this.used + size > this.budgetBytes) return;
    this.entries.set(PixelCache.key(ref, width, height), value);
    this.used += size;
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }
}
