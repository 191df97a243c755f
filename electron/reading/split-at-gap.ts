import sharp from 'sharp';

/**
 * An image cut in two across its width at the whitest row near `fraction` of its height (within
 * ±`window`), so a line of text falls wholly in one part: a certificate's title strip is OCR'd first
 * and the rest of its header only when the title says it is a certificate (read-document.ts).
 * Both parts are grey PNGs carrying the image's `density` (dpi): without it tesseract guesses the resolution from
 * the strip's size and, on a strip, guesses wrong (25 dpi). A part never has zero height.
 */
export async function splitAtGap(
  image: Buffer,
  fraction: number,
  { density, window = 0.06 }: { density: number; window?: number },
): Promise<[Buffer, Buffer]> {
  const { data, info } = await sharp(image).grayscale().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const from = Math.max(1, Math.floor(height * (fraction - window)));
  const to = Math.min(height - 1, Math.ceil(height * (fraction + window)));
  // Ink of a row: how far below white its pixels are. The least inked row is the gap between two lines;
  // among equals, the one nearest the wanted fraction.
  const target = height * fraction;
  let cut = Math.min(height - 1, Math.max(1, Math.round(target)));
  let least = Infinity;
  for (let y = from; y < to; y++) {
    let ink = 0;
    const row = y * width;
    for (let x = 0; x < width; x++) ink += 255 - data[row + x]!;
    if (ink < least || (ink === least && Math.abs(y - target) < Math.abs(cut - target))) {
      least = ink;
      cut = y;
    }
  }
  const raw = { raw: { width, height, channels: 1 as const } };
  const part = (top: number, rows: number) =>
    sharp(data, raw)
      .extract({ left: 0, top, width, height: rows })
      .withMetadata({ density })
      .png({ compressionLevel: 1 })
      .toBuffer();
  return [await part(0, cut), await part(cut, height - cut)];
}
