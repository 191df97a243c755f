import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFStream } from 'pdf-lib';
import { allImageRefs, ImageDraw, PagePaint, walkPages } from './draw-walk';
import { ImageSpec, readImageSpec } from './image-spec';
import { SMALL_STREAM_CAP, decodeStream } from './stream-filters';

/** One image XObject with everything needed to decide how to rewrite it. */
export interface PlannedImage {
  ref: PDFRef;
  key: string;
  stream: PDFStream;
  spec: ImageSpec;
  draws: ImageDraw[];
  pages: number[];
  /** Largest drawn size in points (max over draws, per axis). */
  drawnWidthPt: number | null;
  drawnHeightPt: number | null;
  /** Effective dpi at the largest draw (smaller of x and y). */
  dpi: number | null;
  /** Encoded size of the image (and its soft mask) as stored now. */
  bytes: number;
  /** The soft mask, when we may resize it together with the image (same size, not shared). */
  softMask: { ref: PDFRef; stream: PDFStream; spec: ImageSpec } | null;
}

export function lookupBytes(s: PDFStream): Uint8Array {
  try {
    return decodeStream(s, SMALL_STREAM_CAP).bytes;
  } catch {
    return new Uint8Array(0);
  }
}

function rawSize(stream: PDFStream): number {
  return stream.getContentsSize();
}

/** Effective resolution of a w×h-pixel image drawn at (wPt × hPt) points: the smaller axis. */
export function effectiveDpi(widthPx: number, heightPx: number, widthPt: number, heightPt: number): number | null {
  if (widthPt <= 0 || heightPt <= 0) return null;
  return Math.min(widthPx / (widthPt / 72), heightPx / (heightPt / 72));
}

export function planImages(doc: PDFDocument): { drawn: PlannedImage[]; unused: PlannedImage[]; paint: PagePaint[] } {
  const { images: draws, paint } = walkPages(doc);
  const context = doc.context;

  // Soft masks and stencil masks are images too, but belong to their parent image.
  const maskUsers = new Map<string, number>();
  for (const ref of allImageRefs(doc)) {
    const obj = context.lookup(ref);
    if (!(obj instanceof PDFStream)) continue;
    for (const key of ['SMask', 'Mask']) {
      const m = obj.dict.get(PDFName.of(key));
      if (m instanceof PDFRef) maskUsers.set(m.toString(), (maskUsers.get(m.toString()) ?? 0) + 1);
    }
  }

  const build = (ref: PDFRef, stream: PDFStream, imageDraws: ImageDraw[]): PlannedImage => {
    const spec = readImageSpec(stream, lookupBytes);
    const drawnWidthPt = imageDraws.length ? Math.max(...imageDraws.map((d) => d.widthPt)) : null;
    const drawnHeightPt = imageDraws.length ? Math.max(...imageDraws.map((d) => d.heightPt)) : null;
    const dpi = drawnWidthPt && drawnHeightPt ? effectiveDpi(spec.width, spec.height, drawnWidthPt, drawnHeightPt) : null;
    let softMask: PlannedImage['softMask'] = null;
    let bytes = rawSize(stream);
    if (spec.softMaskRef) {
      const maskStream = context.lookup(spec.softMaskRef);
      if (maskStream instanceof PDFStream) {
        const maskSpec = readImageSpec(maskStream, lookupBytes);
        const sameSize = maskSpec.width === spec.width && maskSpec.height === spec.height;
        const shared = (maskUsers.get(spec.softMaskRef.toString()) ?? 0) > 1;
        if (sameSize && !shared && !maskSpec.skip && maskSpec.colour?.kind === 'gray') {
          softMask = { ref: spec.softMaskRef, stream: maskStream, spec: maskSpec };
          bytes += rawSize(maskStream);
        }
      }
    }
    return {
      ref,
      key: ref.toString(),
      stream,
      spec,
      draws: imageDraws,
      pages: [...new Set(imageDraws.map((d) => d.page))].sort((a, b) => a - b),
      drawnWidthPt,
      drawnHeightPt,
      dpi,
      bytes,
      softMask,
    };
  };

  const drawn = [...draws.values()]
    .map((d) => build(d.ref, d.stream, d.draws))
    .sort((a, b) => (a.pages[0] ?? 0) - (b.pages[0] ?? 0));

  const unused: PlannedImage[] = [];
  for (const ref of allImageRefs(doc)) {
    const key = ref.toString();
    if (draws.has(key) || maskUsers.has(key)) continue;
    const obj = context.lookup(ref);
    if (obj instanceof PDFStream) unused.push(build(ref, obj, []));
  }
  return { drawn, unused, paint };
}

/** Copy of an image dictionary with the encoding-specific entries replaced. */
export function rewrittenDict(original: PDFDict, entries: Record<string, PDFName | PDFNumber | undefined>): PDFDict {
  const dict = original.clone(original.context);
  for (const key of ['Filter', 'DecodeParms', 'DP', 'Decode', 'Length', 'DL', 'F', 'FFilter', 'FDecodeParms']) {
    dict.delete(PDFName.of(key));
  }
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined) dict.delete(PDFName.of(key));
    else dict.set(PDFName.of(key), value);
  }
  return dict;
}
