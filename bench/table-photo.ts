import sharp from 'sharp';
import { applyHomography, homographyFrom, type Point } from '../electron/engine/image/flatten/homography';
import { pageSvg, pageText } from './scan-generator';

/**
 * A phone photo of a printed page lying on a table, with everything a scanning app must undo and the
 * truth to score it against: the page seen in perspective (held at an angle, a little turned), a
 * wooden table around it, light falling off across the frame and the soft shadow of the phone and hand
 * over one corner, lens blur, sensor noise, JPEG. Returns the photo, where the page's corners really are
 * in it, and the page's body text (what OCR should read). Deterministic for a seed.
 */

const A4_PT = { width: 595.28, height: 841.89 };

export interface TablePhoto {
  jpeg: Buffer;
  width: number;
  height: number;
  /** The page's corners in the photo (pixels), top-left, top-right, bottom-right, bottom-left. */
  corners: [Point, Point, Point, Point];
  /** The page's body text lines, top to bottom. */
  text: string[];
}

export interface TablePhotoOptions {
  seed: number;
  /** Photo size in pixels, portrait (default 2250×3000, a 6.75-megapixel phone photo as messaging apps keep it). */
  width?: number;
  height?: number;
  /** Multiplies the light at the darkest point of the shadow (default 0.5). */
  shadow?: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function tablePhoto(options: TablePhotoOptions): Promise<TablePhoto> {
  const W = options.width ?? 2250;
  const H = options.height ?? 3000;
  const shadow = options.shadow ?? 0.5;
  const rand = mulberry32(options.seed * 7919);
  const style = { colour: false, seed: options.seed };
  // The page flat, at about the resolution it covers in the photo.
  const pageH = Math.round(H * 0.95);
  const pageW = Math.round((pageH * A4_PT.width) / A4_PT.height);
  const { data: page, info } = await sharp(Buffer.from(pageSvg(style)), { density: (pageH / A4_PT.height) * 72 })
    .resize(pageW, pageH, { fit: 'fill' })
    .flatten({ background: '#ffffff' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // A real camera over the page: focal length 0.75× the photo's long side (a phone's 26 mm lens), the
  // phone tilted so the page's top is farther away, the page turned a few degrees and a little off-centre.
  const f = 0.75 * Math.max(W, H);
  const tilt = ((-14 - rand() * 8) * Math.PI) / 180;
  const roll = ((rand() - 0.5) * 10 * Math.PI) / 180;
  const distanceMm = (f * 297) / (0.74 * H);
  const shift = { x: (rand() - 0.5) * 0.06 * W, y: (rand() - 0.5) * 0.04 * H };
  const project = (X: number, Y: number): Point => {
    const x = X * Math.cos(roll) - Y * Math.sin(roll);
    const y = X * Math.sin(roll) + Y * Math.cos(roll);
    const z = distanceMm + y * Math.sin(tilt);
    return { x: W / 2 + shift.x + (f * x) / z, y: H / 2 + shift.y + (f * y * Math.cos(tilt)) / z };
  };
  const corners: [Point, Point, Point, Point] = [
    project(-105, -148.5),
    project(105, -148.5),
    project(105, 148.5),
    project(-105, 148.5),
  ];
  const photoToPage = homographyFrom(corners, [
    { x: 0, y: 0 },
    { x: info.width, y: 0 },
    { x: info.width, y: info.height },
    { x: 0, y: info.height },
  ])!;
  const out = Buffer.alloc(W * H * 3);
  const shadowCentre = { x: W * 0.95, y: H * 0.05 };
  const shadowRadius = Math.hypot(W, H) * 0.45;
  for (let y = 0; y < H; y += 1) {
    for (let x = 0; x < W; x += 1) {
      const o = (y * W + x) * 3;
      const p = applyHomography(photoToPage, x + 0.5, y + 0.5);
      let r: number;
      let g: number;
      let b: number;
      if (p.x >= 0 && p.y >= 0 && p.x < info.width - 1 && p.y < info.height - 1) {
        const px = p.x - 0.5 < 0 ? 0 : p.x - 0.5;
        const py = p.y - 0.5 < 0 ? 0 : p.y - 0.5;
        const x0 = Math.floor(px);
        const y0 = Math.floor(py);
        const fx = px - x0;
        const fy = py - y0;
        const i = (y0 * info.width + x0) * 3;
        const s = (k: number) =>
          (page[i + k]! * (1 - fx) + page[i + 3 + k]! * fx) * (1 - fy) +
          (page[i + info.width * 3 + k]! * (1 - fx) + page[i + info.width * 3 + 3 + k]! * fx) * fy;
        // Off-white paper.
        r = s(0) * 0.97;
        g = s(1) * 0.955;
        b = s(2) * 0.91;
      } else {
        // Wood: brown with slow grain along x.
        const grain = 0.85 + 0.15 * Math.sin(y * 0.02 + Math.sin(x * 0.004) * 3);
        r = 128 * grain;
        g = 88 * grain;
        b = 56 * grain;
      }
      // A ceiling lamp's fall-off across the frame, and the phone's soft shadow from the top-right corner.
      const light = 1 - 0.25 * ((x / W) * 0.3 + (y / H) * 0.7);
      const d = Math.hypot(x - shadowCentre.x, y - shadowCentre.y) / shadowRadius;
      const shade = d >= 1 ? 1 : shadow + (1 - shadow) * Math.min(1, Math.max(0, (d - 0.55) / 0.45)) ** 2;
      const k = light * shade;
      out[o] = r * k;
      out[o + 1] = g * k;
      out[o + 2] = b * k;
    }
  }
  const blurred = await sharp(out, { raw: { width: W, height: H, channels: 3 } })
    .blur(0.9)
    .raw()
    .toBuffer();
  for (let i = 0; i < blurred.length; i += 1) {
    const v = blurred[i]! + (rand() + rand() - 1) * 8;
    blurred[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  const jpeg = await sharp(blurred, { raw: { width: W, height: H, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
  return { jpeg, width: W, height: H, corners, text: pageText(style) };
}
