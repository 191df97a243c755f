/**
 * A JPEG embedded in an output must be whole: its frame header (SOF) must match the size
 * the PDF declares, and its data must reach the end-of-image marker. A file cut short
 * (a download that stopped, a damaged phone backup) or a few hundred bytes claiming
 * 24000×24000 pixels is an error, not an image: viewers show grey bands or nothing.
 *
 * Returns what is wrong, or null for a whole JPEG.
 */
export function jpegDamage(jpeg: Uint8Array, declaredWidth: number, declaredHeight: number): string | null {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return 'not a JPEG (no start-of-image marker)';
  let pos = 2;
  let frame: { width: number; height: number } | null = null;
  let scanStart = -1;
  while (pos + 4 <= jpeg.length) {
    if (jpeg[pos] !== 0xff) return 'damaged marker structure';
    const marker = jpeg[pos + 1]!;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    const length = (jpeg[pos + 2]! << 8) | jpeg[pos + 3]!;
    if (length < 2 || pos + 2 + length > jpeg.length) return 'data ends inside a header';
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      frame = { height: (jpeg[pos + 5]! << 8) | jpeg[pos + 6]!, width: (jpeg[pos + 7]! << 8) | jpeg[pos + 8]! };
    }
    if (marker === 0xda) {
      scanStart = pos + 2 + length;
      break;
    }
    pos += 2 + length;
  }
  if (!frame) return 'no frame header';
  if (scanStart < 0) return 'no image data';
  // A height of 0 means "given by a later DNL marker": accept the declared height then.
  if (frame.width !== declaredWidth || (frame.height !== 0 && frame.height !== declaredHeight)) {
    return `size ${frame.width}×${frame.height} differs from the declared ${declaredWidth}×${declaredHeight}`;
  }
  // Entropy-coded data never contains FF D9 (FF is stuffed as FF 00): the first one is the end of the image.
  let end = -1;
  for (let i = jpeg.length - 2; i >= scanStart; i--) {
    if (jpeg[i] === 0xff && jpeg[i + 1] === 0xd9) {
      end = i;
      break;
    }
  }
  if (end < 0) return 'data ends before the end of the image';
  // Every 8×8 block of the full-resolution component costs at least one bit (its DC code).
  const blocks = Math.ceil(declaredWidth / 8) * Math.ceil(declaredHeight / 8);
  if (end - scanStart < blocks / 8)
    return `${end - scanStart} bytes of data cannot hold ${declaredWidth}×${declaredHeight} pixels`;
  return null;
}
