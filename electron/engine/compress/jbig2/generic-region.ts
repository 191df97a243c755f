import { MqEncoder, NLPS, NMPS, QE, SWITCH } from './mq-encoder';

/**
 * Generic region coding (ITU-T T.88 §6.2), arithmetic, template 0 with the default adaptive pixels
 * A1 (3,−1), A2 (−3,−1), A3 (2,−2), A4 (−2,−2), and typical prediction (TPGDON): lossless, one bit
 * per pixel in, arithmetic-coded bytes out. No symbol or pattern matching: those substitute one
 * glyph's bitmap for a similar one, which is how JBIG2 copiers changed digits on legal documents.
 *
 * With the default adaptive pixels the 16 context pixels are three runs — row y−2 from x−2 to x+2,
 * row y−1 from x−3 to x+3, row y from x−4 to x−1 — and the standard's context number (T.88 Figure 3,
 * as jbig2dec and pdf.js number it) is exactly those runs read left to right, most significant
 * first: (row y−2) << 11 | (row y−1) << 4 | (row y). Each run is a shift register, so a pixel costs
 * three shifts and one MQ decision; rows equal to the one above cost one decision for the whole row.
 *
 * Speed (issue 15: the coder was ~20 ns a pixel, 1.7 s of the 10-page typed scan). A text page is
 * mostly paper, and on paper every pixel is coded in context 0 as its more probable symbol: the
 * MQ coder only subtracts Qe from A and adds it to C until A falls below 0x8000. A run of n such
 * pixels is therefore coded in one step per renormalisation (A −= m·Qe, C += m·Qe), which is the
 * same arithmetic as n single decisions, so the bytes are identical (tests/unit/engine/
 * jbig2-generic-region.test.ts compares every byte with the per-pixel coder); solid ink (context
 * 0xFFFF) likewise. Where such a run ends is found 32 pixels at a time in bit-packed copies of the
 * three rows, which also make "row equals the row above" a comparison of words. Elsewhere the MQ
 * registers live in local variables for the whole row; only BYTEOUT goes through the encoder.
 */

/** T.88 §6.2.5.7: the context in which "this row is the same as the last" (SLTP) is coded, template 0. */
const SLTP_CONTEXT_TEMPLATE0 = 0x9b25;
/** Paper bytes kept left of each row (x−4) and right of it (up to x+3 and the last whole word). */
const PAD = 4;

export const GENERIC_AT_PIXELS_TEMPLATE0: readonly number[] = [3, -1, -3, -1, 2, -2, -2, -2];

/**
 * Table E.1 by context state (index in bits 0–6, MPS in bit 7): Qe, and the whole next state after
 * an MPS and after an LPS (the switch of sense included), so a decision reads one table per step.
 */
const STATE_QE = new Uint16Array(256);
const STATE_NMPS = new Uint8Array(256);
const STATE_NLPS = new Uint8Array(256);
for (let state = 0; state < 256; state++) {
  const i = state & 0x7f;
  if (i >= QE.length) continue;
  const mps = state & 0x80;
  STATE_QE[state] = QE[i]!;
  STATE_NMPS[state] = mps | NMPS[i]!;
  STATE_NLPS[state] = (SWITCH[i] === 1 ? mps ^ 0x80 : mps) | NLPS[i]!;
}

/** What the coder saw besides the pixels, for text-layer-codec.ts's choice of codec. */
export interface GenericRegionStats {
  /**
   * Colour changes along the rows, counted from paper before each row's first pixel (an ink run
   * that reaches the row's end counts its end too): what CCITT G4 codes, each with at least one bit.
   */
  changes: number;
  /**
   * When given (ceil(width / 8) × height bytes): filled with the samples a PDF reader decodes from the region
   * (jbig2/decoded-samples.ts: 0 ink, 1 paper and row padding, MSB first), written from the rows the coder packs
   * anyway, so validation's reference digest needs no second pass over the page's one-byte pixels.
   */
  decodedSamples?: Uint8Array;
}

/**
 * `bits`: one byte per pixel, row by row, as bilevel.ts makes them: 0 is ink, anything else paper.
 * JBIG2 codes ink as 1. A pure function of its arguments (it may run in a worker); `stats`, when
 * given, is filled in.
 */
export function encodeGenericRegion(bits: Uint8Array, width: number, height: number, stats?: GenericRegionStats): Uint8Array {
  if (bits.length < width * height) throw new Error(`JBIG2: ${bits.length} pixels for a ${width}×${height} region`);
  // Three rows in turn (y−2, y−1, y): the page is never copied whole.
  let above2 = new Row(width);
  let above1 = new Row(width);
  let row = new Row(width);
  // A text page codes to ~1/40 of its pixel count in bytes; start the buffer near that.
  const encoder = new MqEncoder(65536, Math.max(1024, (width * height) >>> 6));
  let ltp = 0;
  let changes = 0;
  const samples = stats?.decodedSamples;
  const rowBytes = (width + 7) >> 3;
  if (samples && samples.length < rowBytes * height) throw new Error(`JBIG2: ${samples.length} bytes for decoded samples`);
  for (let y = 0; y < height; y++) {
    row.load(bits, y * width);
    if (stats) changes += row.changes();
    if (samples) row.decodedSamples(samples, y * rowBytes, rowBytes);
    const same = row.equals(above1) ? 1 : 0;
    row.bytesFromLoad(same === 1 ? above1 : null);
    // TPGDON (§6.2.5.7): code whether this row's "same as above" differs from the last row's.
    encoder.encode(same ^ ltp, SLTP_CONTEXT_TEMPLATE0);
    ltp = same;
    if (same === 0) encodeRow(encoder, above2, above1, row);
    const spare = above2;
    above2 = above1;
    above1 = row;
    row = spare;
  }
  if (stats) stats.changes = changes;
  return encoder.finish();
}

/** Set bits in a 32-bit word. */
function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * One row twice: as bytes of 0 (paper) and 1 (ink) with PAD paper bytes on both sides, which the
 * per-pixel context reads, and bit-packed, most significant bit first (pixel x is bit 31 − x % 32
 * of word 1 + x / 32; words 0 and the last are paper), which comparisons and run searches read.
 */
/** For each byte of v: 0x80 when it is 0 (ink), else 0 — (v & 0x7f) + 0x7f | v has the top bit set exactly when v ≠ 0. */
function ink(v: number): number {
  return ~(((v & 0x7f7f7f7f) + 0x7f7f7f7f) | v) & 0x80808080;
}

class Row {
  readonly bytes: Uint8Array;
  private readonly words: Uint32Array;
  readonly packed: Uint32Array;

  constructor(readonly width: number) {
    const whole = (width + 31) >> 5;
    this.words = new Uint32Array((PAD + whole * 32 + PAD) >> 2);
    this.bytes = new Uint8Array(this.words.buffer);
    this.packed = new Uint32Array(whole + 2);
  }

  /**
   * Pixels start…start+width−1 of `bits` (0 ink, anything else paper), packed only: bytes() makes
   * the bytes, which a row equal to the one above does not need (it copies that row's instead).
   */
  load(bits: Uint8Array, start: number): void {
    const { bytes, words, packed, width } = this;
    bytes.fill(0xff, 0, PAD);
    bytes.fill(0xff, PAD + width);
    bytes.set(bits.subarray(start, start + width), PAD);
    // Four bytes to four bits: ink(v) has the top bit of each byte set when that byte is 0 (ink), and
    // × 0x08040201 moves those bits (shifted down to bits 0, 8, 16, 24: the first pixel lowest) to
    // bits 27, 26, 25 and 24 (the first pixel highest) and every other product below bit 24.
    for (let k = 1, i = 1; k < packed.length - 1; k++, i += 8) {
      packed[k] =
        ((Math.imul(ink(words[i]!) >>> 7, 0x08040201) >>> 24) << 28) |
        ((Math.imul(ink(words[i + 1]!) >>> 7, 0x08040201) >>> 24) << 24) |
        ((Math.imul(ink(words[i + 2]!) >>> 7, 0x08040201) >>> 24) << 20) |
        ((Math.imul(ink(words[i + 3]!) >>> 7, 0x08040201) >>> 24) << 16) |
        ((Math.imul(ink(words[i + 4]!) >>> 7, 0x08040201) >>> 24) << 12) |
        ((Math.imul(ink(words[i + 5]!) >>> 7, 0x08040201) >>> 24) << 8) |
        ((Math.imul(ink(words[i + 6]!) >>> 7, 0x08040201) >>> 24) << 4) |
        (Math.imul(ink(words[i + 7]!) >>> 7, 0x08040201) >>> 24);
    }
  }

  /** The loaded row as bytes of 1 (ink) and 0 (paper, and the padding), or a copy of an equal row's. */
  bytesFromLoad(equal: Row | null): void {
    if (equal) {
      this.bytes.set(equal.bytes);
      return;
    }
    const { words } = this;
    for (let i = 0; i < words.length; i++) words[i] = ink(words[i]!) >>> 7;
  }

  /** Colour changes along the packed row, from paper before its first pixel (words 0 and last are paper). */
  changes(): number {
    const { packed } = this;
    let count = 0;
    for (let k = 1; k < packed.length; k++) count += popcount(packed[k]! ^ ((packed[k]! >>> 1) | (packed[k - 1]! << 31)));
    return count;
  }

  /**
   * The loaded row as a reader decodes it, into `out` at `at`: `rowBytes` bytes, ink 0 and paper 1, most
   * significant bit first; the packed words hold ink as 1 and paper (the padding past `width` too) as 0.
   */
  decodedSamples(out: Uint8Array, at: number, rowBytes: number): void {
    const { packed } = this;
    const whole = rowBytes >> 2;
    let o = at;
    for (let k = 1; k <= whole; k++, o += 4) {
      const w = ~packed[k]!;
      out[o] = w >>> 24;
      out[o + 1] = w >>> 16;
      out[o + 2] = w >>> 8;
      out[o + 3] = w;
    }
    const w = ~packed[whole + 1]!;
    for (let j = 0; j < (rowBytes & 3); j++) out[o + j] = w >>> (24 - 8 * j);
  }

  equals(other: Row): boolean {
    const a = this.packed;
    const b = other.packed;
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
    return true;
  }
}

/**
 * The first pixel at or after x (x < width) that ends a run in context `runCx` (0 or 0xFFFF): where
 * row y at x′, row y−1 at x′+3 or row y−2 at x′+2 is not the run's colour; `width` if none does.
 */
function runEnd(row: Row, above1: Row, above2: Row, x: number, ink: boolean): number {
  const r = row.packed;
  const a1 = above1.packed;
  const a2 = above2.packed;
  const last = (row.width - 1) >> 5;
  let k = x >> 5;
  let mask = 0xffffffff >>> (x & 31);
  for (;;) {
    const w1 = (a1[k + 1]! << 3) | (a1[k + 2]! >>> 29);
    const w2 = (a2[k + 1]! << 2) | (a2[k + 2]! >>> 30);
    const ends = (ink ? ~(r[k + 1]! & w1 & w2) : r[k + 1]! | w1 | w2) & mask;
    if (ends !== 0) return Math.min(row.width, (k << 5) + Math.clz32(ends));
    if (k === last) return row.width;
    k++;
    mask = 0xffffffff;
  }
}

/** One row's pixels: ENCODE (T.88 E.2.2–E.2.6) inline, with the MQ registers in locals. */
function encodeRow(encoder: MqEncoder, rowAbove2: Row, rowAbove1: Row, thisRow: Row): void {
  const { contexts } = encoder;
  const above2 = rowAbove2.bytes;
  const above1 = rowAbove1.bytes;
  const row = thisRow.bytes;
  const width = thisRow.width;
  let a = encoder.a;
  let c = encoder.c;
  let ct = encoder.ct;
  // Before x = 0 the registers hold x−3…x+1 (row y−2) and x−4…x+2 (row y−1); the loop shifts in x+2 and x+3.
  let w2 = 0;
  for (let k = -3; k <= 1; k++) w2 = (w2 << 1) | above2[PAD + k]!;
  let w1 = 0;
  for (let k = -4; k <= 2; k++) w1 = (w1 << 1) | above1[PAD + k]!;
  let w0 = 0;
  let x = 0;
  while (x < width) {
    w2 = ((w2 << 1) | above2[PAD + x + 2]!) & 0x1f;
    w1 = ((w1 << 1) | above1[PAD + x + 3]!) & 0x7f;
    const bit = row[PAD + x]!;
    const cx = (w2 << 11) | (w1 << 4) | w0;
    const state = contexts[cx]!;
    if ((cx === 0 || cx === 0xffff) && bit === (cx & 1) && bit === state >>> 7) {
      // Paper among paper or ink among ink, the context's more probable symbol: the context stays
      // the same up to runEnd, and the registers then hold that colour only (all of it was checked).
      const end = runEnd(thisRow, rowAbove1, rowAbove2, x, bit === 1);
      let n = end - x;
      let next = state;
      while (n > 0) {
        const qe = STATE_QE[next]!;
        // Decisions coded before A falls below 0x8000: only A and C change.
        const free = ((a - 0x8000) / qe) | 0;
        if (free >= n) {
          a -= n * qe;
          c += n * qe;
          break;
        }
        a -= free * qe;
        c += free * qe;
        n -= free + 1;
        // The decision that takes A below 0x8000: CODEMPS with renormalisation (E.2.4).
        a -= qe;
        if (a < qe) a = qe;
        else c += qe;
        next = STATE_NMPS[next]!;
        do {
          a <<= 1;
          c <<= 1;
          if (--ct === 0) {
            encoder.c = c;
            encoder.byteOut();
            c = encoder.c;
            ct = encoder.ct;
          }
        } while ((a & 0x8000) === 0);
      }
      contexts[cx] = next;
      x = end;
      const fill = bit === 1 ? 0xffff : 0;
      w2 = fill & 0x1f;
      w1 = fill & 0x7f;
      w0 = fill & 0xf;
      continue;
    }
    w0 = ((w0 << 1) | bit) & 0xf;
    x++;
    const qe = STATE_QE[state]!;
    a -= qe;
    if (bit === state >>> 7) {
      // CODEMPS (E.2.4)
      if (a >= 0x8000) {
        c += qe;
        continue;
      }
      if (a < qe) a = qe;
      else c += qe;
      contexts[cx] = STATE_NMPS[state]!;
    } else {
      // CODELPS (E.2.5)
      if (a < qe) c += qe;
      else a = qe;
      contexts[cx] = STATE_NLPS[state]!;
    }
    // RENORME (E.2.6): all the shifts at once when no byte is completed on the way.
    const shift = Math.clz32(a) - 16;
    if (shift < ct) {
      a <<= shift;
      c <<= shift;
      ct -= shift;
      continue;
    }
    do {
      a <<= 1;
      c <<= 1;
      if (--ct === 0) {
        encoder.c = c;
        encoder.byteOut();
        c = encoder.c;
        ct = encoder.ct;
      }
    } while ((a & 0x8000) === 0);
  }
  encoder.a = a;
  encoder.c = c;
  encoder.ct = ct;
}
