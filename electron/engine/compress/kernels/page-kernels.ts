import { PAGE_KERNELS_WASM } from './page-kernels-wasm';

/**
 * The page kernels (page-kernels.wat: WebAssembly, 128-bit SIMD) and the memory they work in.
 *
 * WebAssembly reads only its own memory: a caller leases one (leaseKernels), lays its regions out in it (a
 * band of the page's rows, the mask, the paper rows), copies pixels in and results out. The module is
 * compiled once per thread; a memory is kept for the next page while pages follow each other and dropped
 * when the thread has had none for a moment, so a thread does not hold a page's worth of it for ever
 * (WebAssembly memory only grows: dropping it is the only way to give it back).
 */

export interface PageKernels {
  /** Marks one row's ink; see page-kernels.wat. */
  inkRow(
    src: number,
    lo: number,
    hi: number,
    out: number,
    width: number,
    channels: number,
    t: number,
    bound: number,
    floor: number,
    excludeColour: number,
    ink: number,
    paper: number,
    counts: number,
    blockOf: number,
  ): number;
  /** The first ink byte (0) of the mask row at `mask` in [from, to), or `to`. */
  nextInk(mask: number, from: number, to: number): number;
  /** Tallies a row's every 7th ink pixel onto sum and count, then paints its ink; returns [sum, count]. */
  paintRow(
    data: number,
    mask: number,
    lo: number,
    hi: number,
    width: number,
    channels: number,
    t: number,
    first: number,
    sum: number,
    count: number,
  ): [number, number];
  /** Widens one small paper row (kind 1: as ink limits, 0: as levels); returns the largest value stored. */
  widen(
    kind: number,
    row: number,
    runStart: number,
    runLo: number,
    runHi: number,
    runs: number,
    colT: number,
    into: number,
  ): number;
  /** dilate3x3's two passes (mrc-background.ts). */
  dilateAlongRows(coverage: number, across: number, width: number, height: number): void;
  dilateAcrossRows(across: number, near: number, width: number, height: number): void;
  /** paperColour's histograms: 256 i32 counts per channel. */
  histograms(data: number, n: number, channels: number, hist: number): void;
  /** classify-page.ts' counts (paper, mid tones, colour) added to three i32 at `counts`. */
  countClasses(
    data: number,
    background: number,
    n: number,
    channels: number,
    paperFrom: number,
    midFrom: number,
    counts: number,
  ): void;
  /** localBackground's brightest level per block. */
  brightestPerBlock(
    data: number,
    channels: number,
    width: number,
    height: number,
    shrink: number,
    smallW: number,
    blockOf: number,
    small: number,
  ): void;
  /** toGrey's luma of `n` RGB pixels. */
  luma(src: number, out: number, n: number): void;
  /** blurScore's sums over rows [fromRow, toRow): squared Laplacian, squared gradient, edge pixels. */
  edgeSums(data: number, width: number, fromRow: number, toRow: number): [number, number, number];
  /** flattenPaper's pass, in place. */
  flatten(
    data: number,
    near: number,
    n: number,
    channels: number,
    gains: number,
    whiteR: number,
    whiteG: number,
    whiteB: number,
  ): void;
}

/** Where each region asked for starts: one offset per size, as a tuple of the same length (no casts at the callers). */
export type RegionOffsets<Sizes extends readonly number[]> = { readonly [K in keyof Sizes]: number };

/** A kernel memory leased for one piece of work, with its regions laid out. */
export interface KernelLease<Sizes extends readonly number[] = readonly number[]> {
  readonly kernels: PageKernels;
  /** The whole memory (valid until release: the memory never grows while leased). */
  readonly bytes: Uint8Array;
  /** Where each region asked for starts. */
  readonly at: RegionOffsets<Sizes>;
  release(): void;
}

/** The parts of the WebAssembly API used here (their types are in the DOM library, which tsconfig.node.json has not). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Instance: new (module: object, imports: object) => { exports: object };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface Held {
  memory: WasmMemory;
  kernels: PageKernels;
}

const WASM_PAGE = 65536;
/** Each region is followed by this much slack (the kernels' 16-byte loads past a row's end stay inside). */
const SLACK = 16;
/** An idle memory is dropped after this long without a lease. */
const IDLE_MS = 2000;

let compiled: object | null = null;
/**
 * Memories given back, for the next leases: a page holds up to three at once (its mask's, its paper rows' and
 * its colour layer's or the classifier's).
 */
const idle: Held[] = [];
const IDLE_KEPT = 3;
let dropTimer: ReturnType<typeof setTimeout> | null = null;

function instantiate(bytes: number): Held {
  compiled ??= new wasm.Module(Buffer.from(PAGE_KERNELS_WASM, 'base64'));
  const memory = new wasm.Memory({ initial: Math.ceil(bytes / WASM_PAGE) });
  const instance = new wasm.Instance(compiled, { env: { memory } });
  return { memory, kernels: instance.exports as unknown as PageKernels };
}

/** Where regions of these sizes (bytes) start, 16-byte aligned, each with slack after it; and the bytes needed. */
function layout(sizes: readonly number[]): { at: number[]; top: number } {
  let top = SLACK;
  const at = sizes.map((size) => {
    const start = top;
    top = (start + size + SLACK + 15) & ~15;
    return start;
  });
  return { at, top };
}

/** A memory from the thread's pool with regions of these sizes (bytes), 16-byte aligned, each with slack after it. */
export function leaseKernels<const Sizes extends readonly number[]>(sizes: Sizes): KernelLease<Sizes> {
  const { at, top } = layout(sizes);
  // The smallest idle memory that is large enough, else the largest grown.
  idle.sort((a, b) => a.memory.buffer.byteLength - b.memory.buffer.byteLength);
  const fits = idle.findIndex((h) => h.memory.buffer.byteLength >= top);
  let held = idle.splice(fits === -1 ? idle.length - 1 : fits, 1)[0] ?? null;
  if (held === null) held = instantiate(top);
  else if (held.memory.buffer.byteLength < top) held.memory.grow(Math.ceil((top - held.memory.buffer.byteLength) / WASM_PAGE));
  const lease = held;
  let released = false;
  return {
    kernels: lease.kernels,
    bytes: new Uint8Array(lease.memory.buffer),
    at: at as readonly number[] as RegionOffsets<Sizes>,
    release() {
      if (released) return;
      released = true;
      // The largest are kept: the next page is likely the same size.
      idle.push(lease);
      if (idle.length > IDLE_KEPT) {
        idle.sort((a, b) => a.memory.buffer.byteLength - b.memory.buffer.byteLength);
        idle.shift();
      }
      if (dropTimer) clearTimeout(dropTimer);
      dropTimer = setTimeout(() => {
        idle.length = 0;
        dropTimer = null;
      }, IDLE_MS);
      dropTimer.unref?.();
    },
  };
}
