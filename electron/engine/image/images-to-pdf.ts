import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import {
  PDFDocument,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { isAppError } from '../../../shared/api/errors';
import type { SupportedKind } from '../../../shared/engine/inputs';
import type { EngineNote } from '../../../shared/engine/errors';
import type { ConvertedPage, FlattenReport } from '../../../shared/engine/report';
import { packRows } from '../compress/bit-rows';
import { engineError, engineNote } from '../errors';
import { decodeImage, type ImageFrame } from './decode';
import { flattenPhoto } from './flatten';
import { planFlattenedPage, planPage } from './page-layout';
import { recordOwnStream } from '../compress/own-streams';
import { greyPlaneOf, isBilevel } from './lossless-pixels';
import { stripJpegMetadata } from '../sanitize/jpeg-segments';
import type { PhotoHiddenData } from '../../../shared/engine/sanitize';

/** Formats whose pixels are exact: kept lossless (Flate). Camera formats are stored as JPEG. */
const LOSSLESS_KINDS = new Set<SupportedKind>(['png', 'tiff', 'gif']);
const JPEG_QUALITY = 90;

export interface ConvertedImage {
  bytes: Uint8Array;
  pages: ConvertedPage[];
  warnings: EngineNote[];
  /** Hidden data the file held that its pages do not carry. */
  hiddenData: PhotoHiddenData[];
}

interface EncodedImage {
  ref: PDFRef;
  /** Set when the frame is a camera photo: what flattening did. */
  flatten?: FlattenReport;
  /** Pixel size of what was embedded, when flattening changed it. */
  flattenedSize?: { width: number; height: number; a4: boolean };
}

/** How photos of documents are flattened (see `flatten/`). */
export interface ConvertOptions {
  /** Flatten phone photos at all (default true). */
  flatten?: boolean;
  /** Even out the light (paper documents); false for identity documents, which stay photographic. */
  evenLight?: boolean;
  /** 0-based pages of this file the person chose to keep as the original photo. */
  keepOriginalPages?: readonly number[];
}

/** Raw 8-bit pixels → a Flate image XObject; grey when every pixel is grey, 1 bit per pixel when only black and white. */
function embedLossless(document: PDFDocument, pixels: Buffer, width: number, height: number, channels: number): EncodedImage {
  let data: Buffer = pixels;
  if (channels === 3) {
    const grey = greyPlaneOf(pixels, width * height);
    if (grey) {
      data = grey;
      channels = 1;
    }
  }
  let bitsPerComponent = 8;
  if (channels === 1 && isBilevel(data)) {
    // 1 = white, as DeviceGray reads it; rows padded with 0.
    data = packRows(data, width, height, 0);
    bitsPerComponent = 1;
  }
  const deflated = deflateSync(data);
  // Encoded here from decoded pixels: validation's own zlib pass (flate-check.ts) is its second decoder.
  recordOwnStream(deflated);
  const stream = document.context.stream(deflated, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: channels === 1 ? 'DeviceGray' : 'DeviceRGB',
    BitsPerComponent: bitsPerComponent,
    Filter: 'FlateDecode',
  });
  return { ref: document.context.register(stream) };
}

/**
 * `encoded`: libjpeg-turbo (through sharp) has just made `jpeg` from decoded pixels, so it is recorded as our
 * own (compress/own-streams.ts says what still checks it); an input's JPEG passed through never is.
 */
async function embedJpeg(document: PDFDocument, jpeg: Uint8Array, encoded: boolean): Promise<EncodedImage> {
  if (encoded) recordOwnStream(jpeg);
  // A photo's own JPEG loses its EXIF/XMP here rather than in the sanitise stage (the same cut, so the same
  // bytes): its hidden data is counted once, from the file (`hiddenData`), not a second time as a PDF image's.
  const image = await document.embedJpg(encoded ? jpeg : (stripJpegMetadata(jpeg)?.bytes ?? jpeg));
  return { ref: image.ref };
}

function drawFullImage(page: PDFPage, ref: PDFRef, box: { x: number; y: number; width: number; height: number }) {
  const name = page.node.newXObject('Im', ref);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(box.width, 0, 0, box.height, box.x, box.y),
    drawObject(name),
    popGraphicsState(),
  );
}

/**
 * Colour handling in one place: turn upright pixels into what a PDF page can
 * show everywhere — transparency flattened onto white, CMYK and 16-bit
 * converted to 8-bit sRGB through libvips' colour management (so CMYK is not
 * shown inverted), greyscale kept grey.
 */
async function encodeFrame(
  document: PDFDocument,
  frame: ImageFrame,
  kind: SupportedKind,
  original: Uint8Array,
  flatten: { evenLight: boolean } | 'kept-original' | null,
): Promise<EncodedImage> {
  if (flatten !== null) return encodePhoto(document, frame, original, flatten);
  if (frame.passThroughJpeg) {
    // Decode once to be sure the data is complete: a cut-off JPEG must not go into the PDF unnoticed.
    await frame.open().raw().toBuffer();
    return embedJpeg(document, original, false);
  }
  const isGrey = frame.space === 'b-w' || frame.space === 'grey16';
  let pipeline = frame.open();
  if (frame.hasAlpha) pipeline = pipeline.flatten({ background: '#ffffff' });
  pipeline = pipeline.toColourspace(isGrey ? 'b-w' : 'srgb');
  if (LOSSLESS_KINDS.has(kind)) {
    const { data, info } = await pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    // Flattening grey+alpha or a palette image can leave extra channels: keep grey or RGB only.
    const channels = info.channels >= 3 ? 3 : 1;
    const pixels = info.channels === channels ? data : dropExtraChannels(data, info.channels, channels);
    return embedLossless(document, pixels, info.width, info.height, channels);
  }
  const jpeg = await pipeline.jpeg({ quality: JPEG_QUALITY }).toBuffer();
  return embedJpeg(document, jpeg, true);
}

/**
 * A camera photo: flattened into a scan when its page outline is found (then JPEG-encoded from the
 * straightened pixels), otherwise embedded as before (an upright JPEG unchanged).
 */
async function encodePhoto(
  document: PDFDocument,
  frame: ImageFrame,
  original: Uint8Array,
  flatten: { evenLight: boolean } | 'kept-original',
): Promise<EncodedImage> {
  let pipeline = frame.open();
  if (frame.hasAlpha) pipeline = pipeline.flatten({ background: '#ffffff' });
  const { data, info } = await pipeline
    .toColourspace('srgb')
    .removeAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const source = { data, width: info.width, height: info.height, channels: info.channels };
  const result =
    flatten === 'kept-original'
      ? { image: null, report: { applied: false, reason: 'kept-original' as const } }
      : await flattenPhoto(source, flatten);
  if (result.image) {
    const { data: pixels, width, height, channels } = result.image;
    const jpeg = await sharp(pixels, { raw: { width, height, channels: channels as 3 } })
      .jpeg({ quality: JPEG_QUALITY })
      .toBuffer();
    return {
      ...(await embedJpeg(document, jpeg, true)),
      flatten: result.report,
      flattenedSize: { width, height, a4: result.report.crop?.a4 ?? false },
    };
  }
  // Not flattened: the pixels are already decoded (so a cut-off JPEG was noticed); the original goes in when it can.
  const jpeg = frame.passThroughJpeg
    ? original
    : await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels as 3 } })
        .jpeg({ quality: JPEG_QUALITY })
        .toBuffer();
  return { ...(await embedJpeg(document, jpeg, !frame.passThroughJpeg)), flatten: result.report };
}

function dropExtraChannels(data: Buffer, from: number, to: number): Buffer {
  const pixels = data.length / from;
  const out = Buffer.alloc(pixels * to);
  for (let p = 0; p < pixels; p += 1) {
    for (let c = 0; c < to; c += 1) out[p * to + c] = data[p * from + c]!;
  }
  return out;
}

/** Camera formats: photos, possibly of a document on a table. Scans and screenshots come as PNG/TIFF/GIF. */
const PHOTO_KINDS = new Set<string>(['jpeg', 'heic', 'webp', 'avif']);
export const isPhotoKind = (kind: string): kind is SupportedKind => PHOTO_KINDS.has(kind);

async function convert(
  bytes: Uint8Array,
  kind: SupportedKind,
  file: string,
  tolerant: boolean,
  onPage?: (done: number, total: number) => void,
  options: ConvertOptions = {},
) {
  const decoded = await decodeImage(bytes, kind, file, tolerant);
  const document = await PDFDocument.create({ updateMetadata: false });
  const pages: ConvertedPage[] = [];
  for (const [index, frame] of decoded.frames.entries()) {
    const isPhoto = options.flatten !== false && isPhotoKind(kind) && frame.space !== 'b-w' && frame.space !== 'grey16';
    const flatten = !isPhoto
      ? null
      : options.keepOriginalPages?.includes(index)
        ? ('kept-original' as const)
        : { evenLight: options.evenLight ?? true };
    const encoded = await encodeFrame(document, frame, kind, bytes, flatten);
    const plan = encoded.flattenedSize
      ? planFlattenedPage(encoded.flattenedSize.width, encoded.flattenedSize.height, encoded.flattenedSize.a4)
      : planPage(frame.width, frame.height, frame.density);
    const page = document.addPage([plan.widthPt, plan.heightPt]);
    drawFullImage(page, encoded.ref, plan.image);
    pages.push({
      widthPt: round2(plan.widthPt),
      heightPt: round2(plan.heightPt),
      // The pixels on the page: the straightened page's when the photo was flattened.
      widthPx: encoded.flattenedSize?.width ?? frame.width,
      heightPx: encoded.flattenedSize?.height ?? frame.height,
      sizing: plan.sizing,
      dpi: round2(plan.dpi),
      rotatedByExif: frame.rotatedByExif,
      alphaFlattened: frame.hasAlpha,
      sourceColourSpace: frame.space,
      ...(encoded.flatten ? { flatten: encoded.flatten } : {}),
    });
    onPage?.(index + 1, decoded.frames.length);
  }
  // No /Info: the sanitise stage would remove it and count it as the person's "document information" removed.
  return { document, pages, decoded };
}

/**
 * An image file → a PDF with one page per image page (each TIFF page; the
 * first frame of an animation, with a warning). Page size from `planPage`:
 * true physical size when the file states its resolution, a paper size when
 * the pixels match one, otherwise A4 with a margin. A file cut off midway is
 * converted with what arrived (the rest grey) and a warning; a file that
 * cannot be decoded at all is IMAGE_UNREADABLE.
 */
export async function imageToPdf(
  bytes: Uint8Array,
  kind: SupportedKind,
  file: string,
  onPage?: (done: number, total: number) => void,
  options: ConvertOptions = {},
): Promise<ConvertedImage> {
  let result;
  try {
    result = await convert(bytes, kind, file, false, onPage, options);
  } catch (error) {
    if (isAppError(error) && error.code === 'IMAGE_TOO_LARGE') throw error;
    try {
      result = await convert(bytes, kind, file, true, onPage, options);
    } catch (retryError) {
      if (isAppError(retryError)) throw retryError;
      throw engineError('IMAGE_UNREADABLE', file, {}, retryError);
    }
  }
  const warnings: EngineNote[] = [];
  if (result.decoded.truncated) warnings.push(engineNote('IMAGE_TRUNCATED'));
  if (result.decoded.skippedFrames > 0)
    warnings.push(engineNote('IMAGE_FIRST_FRAME_ONLY', { frames: result.decoded.skippedFrames + 1 }));
  const output = await result.document.save({ useObjectStreams: false });
  return { bytes: output, pages: result.pages, warnings, hiddenData: result.decoded.hiddenData };
}

const round2 = (value: number) => Math.round(value * 100) / 100;
