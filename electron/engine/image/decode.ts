import sharp, { type Metadata, type Sharp } from 'sharp';
import type { SupportedKind } from '../../../shared/engine/inputs';
import { isAppError } from '../../../shared/api/errors';
import { engineError } from '../errors';
import { MAX_DECODE_PIXELS } from '../compress/image-spec';
import { decodeHeicOffThread } from './heic-worker';
import { DeadlineError } from '../../common/deadline';
import { heifDeclaredSize } from './heif-size';
import { photoHiddenData } from './photo-hidden-data';
import type { PhotoHiddenData } from '../../../shared/engine/sanitize';

/**
 * The pixel budget of a photo or scan: above it the image is refused (IMAGE_TOO_LARGE) from its header,
 * before any pixel is decoded. The same 120 million pixels as the compress stage can decode (a 600-dpi
 * A3 scan is 70 million, a 50-megapixel phone photo 50). It was 576 million: a 265-byte JPEG declaring
 * 24 000 × 24 000 px then took 4.2 GB and a 359-byte PNG 2.5 GB and 40 s (measured, issue 18).
 */
const MAX_PIXELS = MAX_DECODE_PIXELS;

/** One page's worth of image, upright, ready for colour conversion. */
export interface ImageFrame {
  /** Creates a fresh pipeline for this frame each time (sharp pipelines are single-use). */
  open(): Sharp;
  width: number;
  height: number;
  /** Resolution the file states, if it states one. */
  density: number | undefined;
  rotatedByExif: boolean;
  hasAlpha: boolean;
  /** sharp's interpretation of the source, e.g. "srgb", "cmyk", "rgb16", "b-w". */
  space: string;
  channels: number;
  /** The file can go into the PDF unchanged (upright, 8-bit RGB/grey baseline JPEG). */
  passThroughJpeg: boolean;
}

export interface DecodedImage {
  frames: ImageFrame[];
  /** Frames in the file that are not pages (animation frames). */
  skippedFrames: number;
  truncated: boolean;
  /** Location, camera, date taken … the file holds (its pages will not: see photo-hidden-data.ts). */
  hiddenData: PhotoHiddenData[];
}

const tooLarge = (file: string, width: number, height: number) =>
  engineError('IMAGE_TOO_LARGE', file, { width, height, megapixels: MAX_PIXELS / 1_000_000 });

/** EXIF orientations 5–8 swap width and height once applied. */
const swapsAxes = (orientation: number | undefined) => orientation !== undefined && orientation >= 5 && orientation <= 8;

async function metadataOf(bytes: Uint8Array, page: number, failOn: 'truncated' | 'none'): Promise<Metadata> {
  // Header only: no limit here, so a too-large image is IMAGE_TOO_LARGE (with its size), not "unreadable".
  return sharp(bytes, { page, failOn, limitInputPixels: false }).metadata();
}

/**
 * Read the file's structure with sharp. `failOn` is 'truncated' on the first
 * attempt; the caller retries with 'none' (keeping what arrived of a cut-off
 * file, with a warning) when decoding the pixels fails.
 */
async function decodeWithSharp(
  bytes: Uint8Array,
  kind: SupportedKind,
  file: string,
  failOn: 'truncated' | 'none',
): Promise<DecodedImage> {
  let first: Metadata;
  try {
    first = await metadataOf(bytes, 0, failOn);
  } catch (error) {
    throw engineError('IMAGE_UNREADABLE', file, {}, error);
  }
  if ((first.width ?? 0) * (first.height ?? 0) > MAX_PIXELS) throw tooLarge(file, first.width ?? 0, first.height ?? 0);
  // Only TIFF pages are document pages; GIF/WebP "pages" are animation frames: the first one is used.
  const frameCount = kind === 'tiff' ? (first.pages ?? 1) : 1;
  const skippedFrames = kind === 'tiff' ? 0 : Math.max(0, (first.pages ?? 1) - 1);
  const frames: ImageFrame[] = [];
  for (let page = 0; page < frameCount; page += 1) {
    let meta: Metadata;
    try {
      meta = page === 0 ? first : await metadataOf(bytes, page, failOn);
    } catch (error) {
      throw engineError('IMAGE_UNREADABLE', file, { page: page + 1 }, error);
    }
    const orientation = meta.orientation;
    const width = meta.width ?? 0;
    const height = meta.height ?? 0;
    const space = meta.space ?? 'srgb';
    const channels = meta.channels ?? 3;
    frames.push({
      open: () => sharp(bytes, { page, failOn, limitInputPixels: MAX_PIXELS }).autoOrient(),
      width: swapsAxes(orientation) ? height : width,
      height: swapsAxes(orientation) ? width : height,
      // A density without a unit is only an aspect ratio (JFIF units=0); PNG gives pHYs in pixels per metre, converted by sharp.
      density: meta.resolutionUnit !== undefined || kind === 'png' ? meta.density : undefined,
      rotatedByExif: orientation !== undefined && orientation > 1,
      hasAlpha: meta.hasAlpha ?? false,
      space,
      channels,
      passThroughJpeg:
        kind === 'jpeg' &&
        failOn === 'truncated' &&
        (orientation === undefined || orientation === 1) &&
        ((space === 'srgb' && channels === 3) || (space === 'b-w' && channels === 1)) &&
        meta.depth === 'uchar',
    });
  }
  return { frames, skippedFrames, truncated: failOn === 'none', hiddenData: photoHiddenData(first) };
}

/**
 * libheif-js gives pixels only; libvips reads the HEIF container's Exif and XMP items without decoding the
 * HEVC picture (a header read). When it cannot, nothing is claimed.
 */
async function heicHiddenData(bytes: Uint8Array): Promise<PhotoHiddenData[]> {
  try {
    return photoHiddenData(await metadataOf(bytes, 0, 'none'));
  } catch {
    return [];
  }
}

async function decodeHeic(bytes: Uint8Array, file: string): Promise<DecodedImage> {
  // From the container's declared size, before libheif allocates the picture (issue 18).
  const declared = heifDeclaredSize(bytes);
  if (declared && declared.width * declared.height > MAX_PIXELS) throw tooLarge(file, declared.width, declared.height);
  let decoded;
  try {
    // libheif applies the file's rotation/mirror boxes itself, so the pixels are already upright.
    decoded = await decodeHeicOffThread(bytes);
  } catch (error) {
    // A decoder that did not answer in time says nothing about the photo: not "damaged", but over time.
    if (error instanceof DeadlineError)
      throw engineError('ENGINE_TIME_LIMIT', file, { minutes: Math.max(1, Math.round(error.ms / 60_000)) }, error);
    throw engineError('IMAGE_UNREADABLE', file, {}, error);
  }
  const { width, height, data } = decoded;
  if (width * height > MAX_PIXELS) throw tooLarge(file, width, height);
  const pixels = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // heic-decode always returns RGBA; whether the picture really has transparency is checked when flattening.
  let hasAlpha = false;
  for (let i = 3; i < pixels.length; i += 4) {
    if (pixels[i] !== 255) {
      hasAlpha = true;
      break;
    }
  }
  return {
    frames: [
      {
        open: () => sharp(pixels, { raw: { width, height, channels: 4 } }),
        width,
        height,
        density: undefined,
        rotatedByExif: false,
        hasAlpha,
        space: 'srgb',
        channels: 4,
        passThroughJpeg: false,
      },
    ],
    skippedFrames: 0,
    truncated: false,
    hiddenData: await heicHiddenData(bytes),
  };
}

/**
 * Decode an image file into upright frames (pages). HEIC goes through libheif
 * (heic-decode); everything else through sharp/libvips. `tolerant` keeps what
 * can be read of a truncated file.
 */
export async function decodeImage(bytes: Uint8Array, kind: SupportedKind, file: string, tolerant = false): Promise<DecodedImage> {
  const failOn = tolerant ? 'none' : 'truncated';
  if (kind === 'heic') {
    try {
      return await decodeHeic(bytes, file);
    } catch (error) {
      if (isAppError(error) && error.code === 'IMAGE_TOO_LARGE') throw error;
      // A HEIF container holding AV1 or JPEG instead of HEVC: libvips can read those.
      try {
        return await decodeWithSharp(bytes, kind, file, failOn);
      } catch {
        throw error;
      }
    }
  }
  return decodeWithSharp(bytes, kind, file, failOn);
}
