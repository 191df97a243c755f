/**
 * The pixel size a HEIC/HEIF file declares, read from its container before anything is decoded.
 *
 * HEIF (ISO/IEC 23008-12) is an ISO base media file: boxes of `size, type`. Each image item's
 * size is an `ispe` property (image spatial extents: version/flags, then width and height as
 * 32-bit numbers) in `meta` → `iprp` → `ipco`. libheif allocates the decoded picture (4 bytes a
 * pixel) from these numbers, so a few kB declaring 60 000 × 60 000 px would ask for 14 GB: the
 * pixel budget is checked on the largest size declared (the primary image; thumbnails, depth and
 * gain maps are smaller) before the decoder starts.
 */
export interface DeclaredSize {
  width: number;
  height: number;
}

/** Boxes whose content is more boxes (`meta` is a full box: 4 bytes of version and flags first). */
const CONTAINERS: Record<string, number> = { meta: 4, iprp: 0, ipco: 0 };
/** Deeper than a real file nests these boxes: a crafted loop of boxes stops here. */
const MAX_DEPTH = 4;

function boxes(view: DataView, start: number, end: number, depth: number, found: DeclaredSize[]): void {
  let pos = start;
  while (pos + 8 <= end) {
    let size = view.getUint32(pos);
    const type = String.fromCharCode(
      view.getUint8(pos + 4),
      view.getUint8(pos + 5),
      view.getUint8(pos + 6),
      view.getUint8(pos + 7),
    );
    let header = 8;
    if (size === 1) {
      if (pos + 16 > end) return;
      size = Number(view.getBigUint64(pos + 8));
      header = 16;
    } else if (size === 0) size = end - pos;
    if (size < header || pos + size > end) return;
    if (type === 'ispe' && size >= header + 12) {
      found.push({ width: view.getUint32(pos + header + 4), height: view.getUint32(pos + header + 8) });
    } else if (Object.hasOwn(CONTAINERS, type) && depth < MAX_DEPTH) {
      boxes(view, pos + header + CONTAINERS[type]!, pos + size, depth + 1, found);
    }
    pos += size;
  }
}

/** The largest image size the file declares, or null when it declares none (not a HEIF container). */
export function heifDeclaredSize(bytes: Uint8Array): DeclaredSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: DeclaredSize[] = [];
  boxes(view, 0, bytes.byteLength, 0, found);
  if (found.length === 0) return null;
  return found.reduce((largest, size) => (size.width * size.height > largest.width * largest.height ? size : largest));
}
