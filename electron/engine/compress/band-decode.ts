import { createInflate, constants as zlibConstants } from 'node:zlib';
import { PDFName, PDFRawStream, type PDFStream } from 'pdf-lib';
import { filterNames } from './stream-filters';
import { type ImageSpec, componentsOf, isDefaultDecode } from './image-spec';

/**
 * Large Flate images, decoded in bands. A 9000 × 9000 RGB image (tests/corpus/scans/multipage.pdf)
 * inflates to 243 MB; inflated whole, then handed to sharp, it held the command's peak memory
 * above 1.3 GB (issue 15: at most 400 MB). Here the data is inflated as a stream and each band of
 * rows is averaged down by a whole factor at once (a box filter, what libvips' shrink does before
 * its kernel), so only the shrunk image and one row are ever held; sharp then brings that to the
 * exact size with the same kernel as every other image.
 */

/** Images that inflate to less than this are decoded whole (faster, and memory is no concern). */
export const BAND_MIN_BYTES = 48 * 1024 * 1024;

export interface BandPlan {
  /** Samples per pixel (1 grey, 3 RGB). */
  channels: 1 | 3;
  /** Whole shrink factor applied while inflating. */
  factor: number;
}

/**
 * Band decoding covers the plain case: Flate alone, no predictor, 8-bit grey or RGB with the default
 * Decode array, at least 48 MB inflated, shrunk by 2 or more. Anything else takes the whole-image path.
 */
export function bandPlan(stream: PDFStream, spec: ImageSpec, width: number, height: number): BandPlan | null {
  if (!(stream instanceof PDFRawStream)) return null;
  const model = spec.colour;
  if (!model || (model.kind !== 'gray' && model.kind !== 'rgb') || spec.bitsPerComponent !== 8) return null;
  const channels = componentsOf(model) as 1 | 3;
  if (!isDefaultDecode(spec.decode, channels)) return null;
  const filters = filterNames(stream.dict);
  if (filters.length !== 1 || (filters[0] !== 'FlateDecode' && filters[0] !== 'Fl')) return null;
  if (stream.dict.has(PDFName.of('DecodeParms')) || stream.dict.has(PDFName.of('DP'))) return null;
  if (spec.width * spec.height * channels < BAND_MIN_BYTES) return null;
  const factor = Math.floor(Math.min(spec.width / Math.max(1, width), spec.height / Math.max(1, height)));
  return factor >= 2 ? { channels, factor } : null;
}

/**
 * Inflate `data` (W × H samples of `channels`) and average every factor × factor block (edge blocks
 * over the pixels they have). Rows missing at the end of a short stream are black, as viewers paint
 * them and as the whole-image path pads them.
 */
export async function inflateShrunk(
  data: Uint8Array,
  spec: { width: number; height: number },
  plan: BandPlan,
): Promise<{ data: Buffer; width: number; height: number; channels: 1 | 3 }> {
  const { width, height } = spec;
  const { channels, factor } = plan;
  const outW = Math.ceil(width / factor);
  const outH = Math.ceil(height / factor);
  const rowBytes = width * channels;
  const out = Buffer.alloc(outW * outH * channels);
  const sums = new Uint32Array(outW * channels);
  const blockWidth = (ox: number) => Math.min(width, (ox + 1) * factor) - ox * factor;

  let y = 0;
  const flushBand = () => {
    const oy = Math.floor((y - 1) / factor);
    const rows = Math.min(height, (oy + 1) * factor) - oy * factor;
    const base = oy * outW * channels;
    for (let ox = 0; ox < outW; ox++) {
      const count = rows * blockWidth(ox);
      for (let c = 0; c < channels; c++) {
        const k = ox * channels + c;
        out[base + k] = Math.round(sums[k]! / count);
      }
    }
    sums.fill(0);
  };
  // Split by channel count so the inner loops add plain locals (a lookup per sample was 3× slower).
  const addRow =
    channels === 3
      ? (row: Uint8Array) => {
          let k = 0;
          for (let ox = 0; ox < outW; ox++) {
            const end = Math.min(width, (ox + 1) * factor) * 3;
            let r = 0;
            let g = 0;
            let b = 0;
            for (; k < end; k += 3) {
              r += row[k]!;
              g += row[k + 1]!;
              b += row[k + 2]!;
            }
            sums[ox * 3] = sums[ox * 3]! + r;
            sums[ox * 3 + 1] = sums[ox * 3 + 1]! + g;
            sums[ox * 3 + 2] = sums[ox * 3 + 2]! + b;
          }
          endRow();
        }
      : (row: Uint8Array) => {
          let k = 0;
          for (let ox = 0; ox < outW; ox++) {
            const end = Math.min(width, (ox + 1) * factor);
            let v = 0;
            for (; k < end; k++) v += row[k]!;
            sums[ox] = sums[ox]! + v;
          }
          endRow();
        };
  const endRow = () => {
    y++;
    if (y % factor === 0 || y === height) flushBand();
  };

  await inflateRows(data, rowBytes, height, addRow);
  return { data: out, width: outW, height: outH, channels };
}

/**
 * Inflate `data` and hand over its first `height` rows of `rowBytes` one by one (the row buffer is
 * reused: copy what must outlive the call). Z_SYNC_FLUSH at the end: a stream missing its last bytes
 * gives what it has (inflateTolerant's rule); the partial row and the missing rows come as black
 * (zeros), as unpackSamples pads them. Data past the declared rows is ignored and not inflated.
 */
export async function inflateRows(
  data: Uint8Array,
  rowBytes: number,
  height: number,
  onRow: (row: Uint8Array, y: number) => void,
): Promise<void> {
  const row = new Uint8Array(rowBytes);
  let filled = 0;
  let y = 0;
  const inflate = createInflate({ chunkSize: 1024 * 1024, finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const done = (async () => {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      let offset = 0;
      while (offset < chunk.length && y < height) {
        const take = Math.min(rowBytes - filled, chunk.length - offset);
        row.set(chunk.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === rowBytes) {
          onRow(row, y++);
          filled = 0;
        }
      }
      if (y >= height) {
        inflate.destroy();
        break;
      }
    }
  })();
  inflate.end(data);
  await done;
  if (y < height) {
    row.fill(0, filled);
    while (y < height) {
      onRow(row, y++);
      row.fill(0);
    }
  }
}
