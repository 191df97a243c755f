import sharp from 'sharp';
import type { FlattenPreview, FlattenPreviewPage } from '../../../../shared/engine/flatten-preview';
import { detectKind } from '../../detect';
import { readInput } from '../../stages/read-input';
import { decodeImage } from '../decode';
import { isPhotoKind } from '../images-to-pdf';
import { flattenPhoto } from './index';

/**
 * Before/after pictures of flattening, for the person to judge page by page: each page of a photo is
 * decoded at a working size (outline finding runs on 1000 px anyway), flattened exactly as the convert
 * stage would, and both versions are sent back as small JPEGs with the outline found, in fractions of
 * the photo. Only reads the file.
 */

/** Long side of the working copy: the outline fit is sub-pixel at 1000 px, so corners agree with the full run. */
const WORKING_SIZE = 1600;
/** Long side of the pictures sent to the renderer. */
const PICTURE_SIZE = 560;
const MAX_PAGES = 20;

async function picture(
  data: Buffer,
  width: number,
  height: number,
): Promise<{ jpegBase64: string; width: number; height: number }> {
  const { data: jpeg, info } = await sharp(data, { raw: { width, height, channels: 3 } })
    .resize(PICTURE_SIZE, PICTURE_SIZE, { fit: 'inside' })
    .jpeg({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  return { jpegBase64: jpeg.toString('base64'), width: info.width, height: info.height };
}

export async function flattenPreview(request: { path: string; name?: string; evenLight: boolean }): Promise<FlattenPreview> {
  const input = await readInput(request.path, request.name);
  const kind = detectKind(input.bytes);
  if (!isPhotoKind(kind)) return { file: input.name, photo: false, pages: [] };
  const decoded = await decodeImage(input.bytes, kind, input.name);
  const pages: FlattenPreviewPage[] = [];
  for (const [index, frame] of decoded.frames.slice(0, MAX_PAGES).entries()) {
    const scale = Math.min(1, WORKING_SIZE / Math.max(frame.width, frame.height));
    let pipeline = frame.open();
    if (frame.hasAlpha) pipeline = pipeline.flatten({ background: '#ffffff' });
    const { data, info } = await pipeline
      .resize(Math.max(1, Math.round(frame.width * scale)), Math.max(1, Math.round(frame.height * scale)), { fit: 'fill' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    // The working copy is smaller than the photo: judge "too small" on the photo itself, as the convert stage does.
    const result = await flattenPhoto(
      { data, width: info.width, height: info.height, channels: info.channels },
      { evenLight: request.evenLight },
      frame.width * frame.height,
    );
    pages.push({
      page: index,
      report: result.report,
      outline: result.report.corners?.map((p) => ({ x: p.x / info.width, y: p.y / info.height })) ?? null,
      before: await picture(data, info.width, info.height),
      after: result.image ? await picture(result.image.data, result.image.width, result.image.height) : null,
    });
  }
  return { file: input.name, photo: true, pages };
}
