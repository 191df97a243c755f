import sharp from 'sharp';
import { leaseKernels } from './kernels/page-kernels';
import { PDFRawStream, type PDFStream } from 'pdf-lib';
import { bandPlan, inflateShrunk } from './band-decode';
import { decodeStream, imageStreamCap } from './stream-filters';
import { ColourModel, ImageSpec, componentsOf, isDefaultDecode, isInvertedDecode } from './image-spec';

/**
 * Decode an image XObject to 8-bit grey or RGB pixels at a requested size.
 * JPEG data goes straight to sharp, which decodes at a reduced scale when it can
 * (shrink-on-load), so a 600-dpi scan is never fully expanded just to be halved.
 * Flate/LZW data is unpacked here (predictors, bit depths, palettes, Decode arrays).
 */

export interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 3;
}

// Scans often carry slightly damaged JPEGs that viewers show fine; decode what is there.
const SHARP_INPUT = { failOn: 'none', limitInputPixels: 400_000_000 } as const;

/**
 * Mitchell rather than sharp's default Lanczos-3: same readability (SSIM against a 150-dpi
 * render) and about 7 % smaller JPEGs, because it does not amplify paper grain and noise.
 */
const DOWNSAMPLE_KERNEL = 'mitchell';

export class UnsupportedImageError extends Error {}

export async function decodePixels(stream: PDFStream, spec: ImageSpec, width: number, height: number): Promise<Pixels> {
  // A very large Flate image is inflated as a stream and shrunk band by band (band-decode.ts).
  const band = bandPlan(stream, spec, width, height);
  if (band && stream instanceof PDFRawStream) return resizeRaw(await inflateShrunk(stream.contents, spec, band), width, height);
  const { bytes, codec } = decodeStream(stream, imageStreamCap(stream.dict));
  const model = spec.colour;
  if (!model) throw new UnsupportedImageError('colour space');
  if (codec === 'DCTDecode') return decodeJpeg(bytes, spec, model, width, height);
  if (codec) throw new UnsupportedImageError(codec);
  const unpacked = unpackSamples(bytes, spec, model);
  const pixels = await resizeRaw(unpacked, width, height);
  // An unfiltered 8-bit image at its own size: its pixels are the stream's data, a view into the document (and,
  // in the compress stage, into its input: parse-speed.ts). Callers paint into pixels (paintOverInk) and move
  // them to page workers, so they get their own copy: the document and the input stay as they were.
  if (stream instanceof PDFRawStream && pixels.data.buffer === stream.contents.buffer) {
    return { ...pixels, data: Buffer.from(pixels.data) };
  }
  return pixels;
}

async function decodeJpeg(jpeg: Uint8Array, spec: ImageSpec, model: ColourModel, width: number, height: number): Promise<Pixels> {
  const n = componentsOf(model);
  if (model.kind === 'cmyk') {
    // libvips undoes Adobe's inverted CMYK itself; PDF expresses the same with Decode [1 0 …].
    // Any other combination would come out as a negative, so we leave such images alone.
    const adobe = hasAdobeMarker(jpeg);
    const inverted = isInvertedDecode(spec.decode, 4);
    if (adobe !== inverted) {
      throw new UnsupportedImageError('cmyk-decode');
    }
  } else if (!isDefaultDecode(spec.decode, n)) {
    throw new UnsupportedImageError('jpeg-decode-array');
  }
  const { data, info } = await sharp(jpeg, SHARP_INPUT)
    .resize(width, height, { fit: 'fill', kernel: DOWNSAMPLE_KERNEL })
    .toColourspace(model.kind === 'gray' ? 'b-w' : 'srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels === 1 ? 1 : 3 };
}

function hasAdobeMarker(jpeg: Uint8Array): boolean {
  // Walk the marker segments before the first scan, looking for APP14 "Adobe".
  let i = 2;
  while (i + 4 < jpeg.length && jpeg[i] === 0xff) {
    const marker = jpeg[i + 1]!;
    if (marker === 0xda) break;
    const len = (jpeg[i + 2]! << 8) | jpeg[i + 3]!;
    if (marker === 0xee && jpeg[i + 4] === 0x41 && jpeg[i + 5] === 0x64 && jpeg[i + 6] === 0x6f) return true;
    i += 2 + len;
  }
  return false;
}

/** Expand raw samples to 8-bit grey (1 channel) or RGB (3 channels). */
function unpackSamples(bytes: Uint8Array, spec: ImageSpec, model: ColourModel): Pixels {
  const { width, height, bitsPerComponent: bpc } = spec;
  const n = componentsOf(model);
  const rowBytes = Math.ceil((width * n * bpc) / 8);
  if (bytes.length < rowBytes * height) {
    // Short data: pad with zeros like viewers do (they paint the missing rows black/empty).
    const padded = new Uint8Array(rowBytes * height);
    padded.set(bytes.subarray(0, padded.length));
    bytes = padded;
  }

  const sample = makeSampleReader(bytes, rowBytes, bpc);
  const maxValue = (1 << bpc) - 1;

  if (model.kind === 'indexed') {
    const baseN = model.base === 'gray' ? 1 : model.base === 'rgb' ? 3 : 4;
    const outChannels = model.base === 'gray' ? 1 : 3;
    const out = Buffer.alloc(width * height * outChannels);
    const lut = Buffer.alloc(256 * outChannels);
    for (let idx = 0; idx <= Math.min(255, model.hival); idx++) {
      const src = idx * baseN;
      const entry = Array.from({ length: baseN }, (_v, k) => model.lookup[src + k] ?? 0);
      const rgb = model.base === 'cmyk' ? cmykToRgb(entry[0]!, entry[1]!, entry[2]!, entry[3]!) : entry;
      for (let k = 0; k < outChannels; k++) lut[idx * outChannels + k] = rgb[k]!;
    }
    let o = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const idx = Math.min(255, sample(y, x));
        for (let k = 0; k < outChannels; k++) out[o++] = lut[idx * outChannels + k]!;
      }
    }
    return { data: out, width, height, channels: outChannels as 1 | 3 };
  }

  if (bpc === 8 && model.kind !== 'cmyk' && isDefaultDecode(spec.decode, n) && rowBytes === width * n) {
    // The common case (8-bit grey/RGB, no Decode): the samples already are the pixels.
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, width * height * n);
    return { data, width, height, channels: n as 1 | 3 };
  }

  // Per-component mapping through the Decode array (default [0 1]) to 0…255.
  const maps: Uint8Array[] = [];
  const levels = bpc === 16 ? 256 : maxValue + 1;
  for (let c = 0; c < n; c++) {
    const d0 = spec.decode?.[2 * c] ?? 0;
    const d1 = spec.decode?.[2 * c + 1] ?? 1;
    const map = new Uint8Array(levels);
    for (let v = 0; v < levels; v++) {
      const t = d0 + (v / (levels - 1)) * (d1 - d0);
      map[v] = Math.max(0, Math.min(255, Math.round(t * 255)));
    }
    maps.push(map);
  }

  const outChannels = model.kind === 'gray' ? 1 : 3;
  const out = Buffer.alloc(width * height * outChannels);
  let o = 0;
  if (bpc === 8 && model.kind !== 'cmyk') {
    for (let y = 0; y < height; y++) {
      const row = y * rowBytes;
      for (let k = 0; k < width * n; k++) out[o++] = maps[k % n]![bytes[row + k]!]!;
    }
  } else {
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (model.kind === 'cmyk') {
          const v = [0, 1, 2, 3].map((c) => maps[c]![sample(y, x * 4 + c)]!);
          const rgb = cmykToRgb(v[0]!, v[1]!, v[2]!, v[3]!);
          out[o++] = rgb[0]!;
          out[o++] = rgb[1]!;
          out[o++] = rgb[2]!;
        } else {
          for (let c = 0; c < n; c++) out[o++] = maps[c]![sample(y, x * n + c)]!;
        }
      }
    }
  }
  return { data: out, width, height, channels: outChannels };
}

/** Reads the i-th sample of a row for 2/4/8/16-bit data (16-bit keeps the high byte). */
function makeSampleReader(bytes: Uint8Array, rowBytes: number, bpc: number): (y: number, i: number) => number {
  if (bpc === 8) return (y, i) => bytes[y * rowBytes + i]!;
  if (bpc === 16) return (y, i) => bytes[y * rowBytes + i * 2]!;
  const perByte = 8 / bpc;
  const mask = (1 << bpc) - 1;
  return (y, i) => {
    const byte = bytes[y * rowBytes + Math.floor(i / perByte)]!;
    const shift = 8 - bpc * ((i % perByte) + 1);
    return (byte >> shift) & mask;
  };
}

/** Plain subtractive conversion, as viewers do for DeviceCMYK without a profile. */
function cmykToRgb(c: number, m: number, y: number, k: number): number[] {
  const kk = 255 - k;
  return [((255 - c) * kk) / 255, ((255 - m) * kk) / 255, ((255 - y) * kk) / 255].map(Math.round);
}

export async function resizeRaw(pixels: Pixels, width: number, height: number): Promise<Pixels> {
  if (pixels.width === width && pixels.height === height) return pixels;
  const { data, info } = await sharp(pixels.data, {
    raw: { width: pixels.width, height: pixels.height, channels: pixels.channels },
    limitInputPixels: 400_000_000,
  })
    .resize(width, height, { fit: 'fill', kernel: DOWNSAMPLE_KERNEL })
    // sharp hands a resized 1-channel raw input back as 3 channels unless told otherwise: grey data came
    // back three times too long and was read as grey (the top third of the image, smeared across it).
    .toColourspace(pixels.channels === 1 ? 'b-w' : 'srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== pixels.channels) throw new Error(`resize gave ${info.channels} channels for ${pixels.channels}`);
  return { data, width: info.width, height: info.height, channels: pixels.channels };
}

/** Rec. 601 luma, as sharp's b-w conversion gives: (r·299 + g·587 + b·114 + 500) / 1000, truncated. */
export function toGrey(pixels: Pixels): Pixels {
  if (pixels.channels === 1) return pixels;
  const { width, height, data } = pixels;
  const n = width * height;
  // In the page kernels (kernels/page-kernels.wat), sixteen pixels at a time, a band of pixels through their
  // memory at a time (a page's worth would be a second copy of it).
  // Not from Buffer's shared pool (as before): a caller may hand its ArrayBuffer on.
  const out = Buffer.alloc(n);
  const band = Math.min(n, GREY_BAND);
  const lease = leaseKernels([band * 3, band]);
  try {
    const [srcAt, outAt] = lease.at;
    for (let from = 0; from < n; from += band) {
      const count = Math.min(band, n - from);
      lease.bytes.set(data.subarray(from * 3, (from + count) * 3), srcAt);
      lease.kernels.luma(srcAt, outAt, count);
      out.set(lease.bytes.subarray(outAt, outAt + count), from);
    }
    return { data: out, width, height, channels: 1 };
  } finally {
    lease.release();
  }
}

/** Pixels toGrey passes through the kernels' memory at a time (a multiple of 16: whole vectors but the last). */
const GREY_BAND = 64 * 1024;
