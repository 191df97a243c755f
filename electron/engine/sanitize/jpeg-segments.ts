/**
 * Remove the metadata segments of a baseline/progressive JPEG without touching its image
 * data: APP1 (EXIF with GPS position, camera make and serial, XMP), APP2 (ICC profile,
 * FlashPix), APP3–APP13 and APP15 (vendor data, Photoshop IRB with captions) and COM
 * (comments). APP0 (JFIF) and APP14 (Adobe: tells decoders whether the data is YCbCr or
 * RGB/CMYK) are kept because decoders need them to show the right colours. Orientation
 * needs no EXIF here: images are turned upright before they are embedded, and PDF
 * viewers ignore EXIF orientation anyway.
 *
 * Returns null when the bytes are not a JPEG we can walk (the caller keeps them; the
 * validate stage's own check reports what is left).
 */
export function stripJpegMetadata(jpeg: Uint8Array): { bytes: Uint8Array; removed: number } | null {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return null;
  const kept: Uint8Array[] = [jpeg.subarray(0, 2)];
  let removed = 0;
  let pos = 2;
  while (pos < jpeg.length) {
    if (jpeg[pos] !== 0xff) return null;
    // Fill bytes (0xFF repeated) may precede a marker.
    let markerPos = pos;
    while (markerPos + 1 < jpeg.length && jpeg[markerPos + 1] === 0xff) markerPos++;
    const marker = jpeg[markerPos + 1];
    if (marker === undefined) return null;
    if (marker === 0xd9) {
      kept.push(jpeg.subarray(markerPos, markerPos + 2));
      break;
    }
    if (markerPos + 3 >= jpeg.length) return null;
    const length = (jpeg[markerPos + 2]! << 8) | jpeg[markerPos + 3]!;
    if (length < 2) return null;
    const end = markerPos + 2 + length;
    if (end > jpeg.length) return null;
    if (marker === 0xda) {
      // Start of scan: everything from here (entropy-coded data, later scans, EOI) is image data.
      kept.push(jpeg.subarray(markerPos));
      break;
    }
    if (isMetadataMarker(marker)) removed++;
    else kept.push(jpeg.subarray(markerPos, end));
    pos = end;
  }
  if (removed === 0) return { bytes: jpeg, removed: 0 };
  const total = kept.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of kept) {
    out.set(part, offset);
    offset += part.length;
  }
  return { bytes: out, removed };
}

/** APP1–APP13, APP15 and COM. */
export function isMetadataMarker(marker: number): boolean {
  return (marker >= 0xe1 && marker <= 0xed) || marker === 0xef || marker === 0xfe;
}
