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
  const [shrunk] = await inflateShrunkLevels(data, spec, plan.channels, [{ factor: plan.factor }]);
  return shrunk!;
}

/** One shrink made by inflateShrunkLevels: `grey` gives Rec. 601 luma of the block means (toGrey's rounding). */
export interface ShrinkLevel {
  factor: number;
  grey?: boolean;
}

/**
 * Several box shrinks of one large Flate image from one inflate (issue 15: multipage.pdf's 9000 × 9000
 * page was inflated four times — 243 MB each — for the classifier's 75-dpi view, the blur check's
 * 150-dpi view, the paper level and the threshold). Rows are summed at the smallest factor; every other
 * factor must be a multiple of it and is summed from those block sums, so each block's sum and pixel
 * count, and thus its rounded mean, are exactly those of a shrink by that factor alone (inflateShrunk).
 * A `grey` level holds only the luma of its block means (what toGrey makes of them), a third of the memory.
 */
export async function inflateShrunkLevels(
  data: Uint8Array,
  spec: { width: number; height: number },
  channels: 1 | 3,
  levels: readonly ShrinkLevel[],
): Promise<{ data: Buffer; width: number; height: number; channels: 1 | 3 }[]> {
  const { width, height } = spec;
  const base = Math.min(...levels.map((l) => l.factor));
  if (levels.some((l) => l.factor % base !== 0)) throw new Error('shrink factors must be multiples of the smallest');
  const baseW = Math.ceil(width / base);
  const outs = levels.map((level) => {
    const outW = Math.ceil(width / level.factor);
    const outH = Math.ceil(height / level.factor);
    const outChannels: 1 | 3 = level.grey ? 1 : channels;
    return {
      level,
      outW,
      outH,
      outChannels,
      data: Buffer.alloc(outW * outH * outChannels),
      // Block sums of the coarser levels, filled from a finer level's finished blocks (unused for the base level).
      sums: level.factor === base ? null : new Uint32Array(outW * channels),
    };
  });
  const atBase = outs.filter((o) => o.sums === null);
  const sums = new Uint32Array(baseW * channels);
  // Each coarser level is summed from the coarsest finer one its factor is a multiple of (×8 from ×4's finished
  // blocks, not from ×2's: a quarter of the adds), in increasing factor, so a source's row is complete and added
  // before its target's row is written. Integer sums: the totals, and so the means, are the same whatever the route.
  const coarser = outs
    .filter((o) => o.sums !== null)
    .sort((a, b) => a.level.factor - b.level.factor)
    .map((out, i, sorted) => {
      const finer = sorted.slice(0, i).filter((o) => out.level.factor % o.level.factor === 0);
      const from = finer.length ? finer[finer.length - 1]! : null;
      const fromFactor = from ? from.level.factor : base;
      const fromW = from ? from.outW : baseW;
      return { out, target: out.sums!, from, ratio: out.level.factor / fromFactor, fromW };
    });
  const addInto = (step: (typeof coarser)[number], source: Uint32Array) => {
    const { target, ratio, fromW } = step;
    if (channels === 3) {
      let sx = 0;
      if (ratio === 2) {
        // Two source blocks per target block, without the general loop's division per block.
        const pairs = Math.floor(fromW / 2);
        for (let t = 0; sx < pairs; sx++, t += 3) {
          const s = sx * 6;
          target[t] = target[t]! + (source[s]! + source[s + 3]!);
          target[t + 1] = target[t + 1]! + (source[s + 1]! + source[s + 4]!);
          target[t + 2] = target[t + 2]! + (source[s + 2]! + source[s + 5]!);
        }
        sx *= 2;
      }
      for (; sx < fromW; sx++) {
        const k = Math.floor(sx / ratio) * 3;
        const s = sx * 3;
        target[k] = target[k]! + source[s]!;
        target[k + 1] = target[k + 1]! + source[s + 1]!;
        target[k + 2] = target[k + 2]! + source[s + 2]!;
      }
    } else {
      for (let sx = 0; sx < fromW; sx++) {
        const k = Math.floor(sx / ratio);
        target[k] = target[k]! + source[sx]!;
      }
    }
  };

  /**
   * Writes block means (grey: their luma) of one output row. Every block of a row but the last is `factor` wide
   * and the row's blocks are equally tall, so there are two pixel counts per row, not one per block. A count that
   * is a power of two (every full block of a whole-factor shrink by 2, 4 or 8) divides by a shift:
   * (s + n/2) >> k is floor(s/n + 1/2), Math.round(s / n) exactly for s ≥ 0; other counts divide as before.
   */
  const writeRow = (out: (typeof outs)[number], oy: number, blockSums: Uint32Array) => {
    const { outW, outChannels, level, data: target } = out;
    const factor = level.factor;
    const rows = Math.min(height, (oy + 1) * factor) - oy * factor;
    const full = rows * factor;
    const last = rows * (width - (outW - 1) * factor);
    const rowBase = oy * outW * outChannels;
    const shift = powerOfTwo(full);
    const half = full >> 1;
    if (outChannels === channels) {
      const lastStart = (outW - 1) * channels;
      if (shift >= 0) for (let i = 0; i < lastStart; i++) target[rowBase + i] = (blockSums[i]! + half) >>> shift;
      else for (let i = 0; i < lastStart; i++) target[rowBase + i] = Math.round(blockSums[i]! / full);
      for (let i = lastStart; i < outW * channels; i++) target[rowBase + i] = Math.round(blockSums[i]! / last);
      return;
    }
    // Full blocks of a power-of-two count: shifts, the sums' index stepped rather than multiplied (twice as fast
    // in V8 as the per-block form below, which the last block and any other count take).
    const fullEnd = shift >= 0 ? outW - 1 : 0;
    for (let ox = 0, s = 0, t = rowBase; ox < fullEnd; ox++, s += 3, t++) {
      const r = (blockSums[s]! + half) >>> shift;
      const g = (blockSums[s + 1]! + half) >>> shift;
      const b = (blockSums[s + 2]! + half) >>> shift;
      target[t] = ((r * 299 + g * 587 + b * 114 + 500) * LUMA_MULTIPLIER * LUMA_SCALE) | 0;
    }
    for (let ox = fullEnd; ox < outW; ox++) {
      const count = ox === outW - 1 ? last : full;
      const r = Math.round(blockSums[ox * 3]! / count);
      const g = Math.round(blockSums[ox * 3 + 1]! / count);
      const b = Math.round(blockSums[ox * 3 + 2]! / count);
      target[rowBase + ox] = luma(r, g, b);
    }
  };

  let y = 0;
  const flushBase = () => {
    const oy = Math.floor((y - 1) / base);
    for (const out of atBase) writeRow(out, oy, sums);
    for (const step of coarser) if (step.from === null) addInto(step, sums);
    for (const step of coarser) {
      const { out, target } = step;
      if (y % out.level.factor !== 0 && y !== height) continue;
      for (const next of coarser) if (next.from === out) addInto(next, target);
      writeRow(out, Math.floor((y - 1) / out.level.factor), target);
      target.fill(0);
    }
    sums.fill(0);
  };
  // Split by channel count so the inner loops add plain locals (a lookup per sample was 3× slower). Blocks wholly
  // inside the row are summed apart from the narrower last one, and 2-pixel blocks (a 9000-px scan shrunk by 2)
  // without an inner loop: it ran twice per block, and its set-up cost more than its adds.
  const fullBlocks = Math.floor(width / base);
  const addRow =
    channels === 3
      ? (row: Uint8Array) => {
          let k = 0;
          let ox = 0;
          if (base === 2) {
            for (; ox < fullBlocks; ox++, k += 6) {
              const s = ox * 3;
              sums[s] = sums[s]! + (row[k]! + row[k + 3]!);
              sums[s + 1] = sums[s + 1]! + (row[k + 1]! + row[k + 4]!);
              sums[s + 2] = sums[s + 2]! + (row[k + 2]! + row[k + 5]!);
            }
          }
          for (; ox < baseW; ox++) {
            const end = Math.min(width, (ox + 1) * base) * 3;
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
          let ox = 0;
          if (base === 2) for (; ox < fullBlocks; ox++, k += 2) sums[ox] = sums[ox]! + (row[k]! + row[k + 1]!);
          for (; ox < baseW; ox++) {
            const end = Math.min(width, (ox + 1) * base);
            let v = 0;
            for (; k < end; k++) v += row[k]!;
            sums[ox] = sums[ox]! + v;
          }
          endRow();
        };
  const endRow = () => {
    y++;
    if (y % base === 0 || y === height) flushBase();
  };

  await inflateRows(data, width * channels, height, addRow);
  return outs.map((o) => ({ data: o.data, width: o.outW, height: o.outH, channels: o.outChannels }));
}

/** log2(n) when n is a power of two, else -1. */
function powerOfTwo(n: number): number {
  return n > 0 && (n & (n - 1)) === 0 ? 31 - Math.clz32(n) : -1;
}

/**
 * Rec. 601 luma of 8-bit r, g, b as toGrey rounds it: floor((299r + 587g + 114b + 500) / 1000). The division is a
 * multiplication by 268436 / 2^28, which gives the same whole part for every sum up to 255,500 (checked for each
 * in tests/integration/compress/band-decode.test.ts); the product stays below 2^53, so it is exact.
 */
export function luma(r: number, g: number, b: number): number {
  return ((r * 299 + g * 587 + b * 114 + 500) * LUMA_MULTIPLIER * LUMA_SCALE) | 0;
}
const LUMA_MULTIPLIER = 268436;
const LUMA_SCALE = 1 / 268435456;

/**
 * Inflate `data` and hand over its first `height` rows of `rowBytes` one by one (a row is a view of a
 * buffer that is reused or let go: copy what must outlive the call). Z_SYNC_FLUSH at the end: a stream missing its last bytes
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
        // A whole row inside the chunk is handed over where it lies, not copied first (243 MB of copying per
        // inflate of multipage.pdf's page); only rows split across two chunks are put together in `row`.
        if (filled === 0 && chunk.length - offset >= rowBytes) {
          onRow(chunk.subarray(offset, offset + rowBytes), y++);
          offset += rowBytes;
          continue;
        }
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
