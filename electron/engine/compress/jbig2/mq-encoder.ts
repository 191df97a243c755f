/**
 * The MQ arithmetic encoder of ITU-T T.88 (JBIG2) Annex E, in the standard's software conventions
 * (E.2: INITENC, ENCODE, CODEMPS/CODELPS, RENORME, BYTEOUT, FLUSH). Checked against the standard's
 * own test sequence (Annex H.2) in tests/unit/jbig2-mq-encoder.test.ts.
 *
 * Each context's adaptive state is one byte: the index into Table E.1 in bits 0–6 and the sense
 * of the more probable symbol in bit 7 (as jbig2dec keeps it), so the per-pixel loop reads one array.
 */

/** Table E.1: Qe, the next index after an MPS, after an LPS, and whether an LPS switches the MPS sense. */
export const QE = new Uint16Array([
  0x5601, 0x3401, 0x1801, 0x0ac1, 0x0521, 0x0221, 0x5601, 0x5401, 0x4801, 0x3801, 0x3001, 0x2401, 0x1c01, 0x1601, 0x5601, 0x5401,
  0x5101, 0x4801, 0x3801, 0x3401, 0x3001, 0x2801, 0x2401, 0x2201, 0x1c01, 0x1801, 0x1601, 0x1401, 0x1201, 0x1101, 0x0ac1, 0x09c1,
  0x08a1, 0x0521, 0x0441, 0x02a1, 0x0221, 0x0141, 0x0111, 0x0085, 0x0049, 0x0025, 0x0015, 0x0009, 0x0005, 0x0001, 0x5601,
]);
export const NMPS = new Uint8Array([
  1, 2, 3, 4, 5, 38, 7, 8, 9, 10, 11, 12, 13, 29, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,
  35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 45, 46,
]);
export const NLPS = new Uint8Array([
  1, 6, 9, 12, 29, 33, 6, 14, 14, 14, 17, 18, 20, 21, 14, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
  31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 46,
]);
export const SWITCH = new Uint8Array(47);
SWITCH[0] = SWITCH[6] = SWITCH[14] = 1;

const MPS_BIT = 0x80;
const INDEX_MASK = 0x7f;

/**
 * The registers A, C and CT are public so that a hot loop (generic-region.ts) can keep them in local
 * variables for a whole row, code its decisions inline, and hand them back before calling byteOut()
 * or encode() again: a property load and store per decision was most of the coder's time.
 */
export class MqEncoder {
  /** Per context: Table E.1 index (bits 0–6) and MPS (bit 7); all start at index 0, MPS 0 (E.2.8). */
  readonly contexts: Uint8Array;
  a = 0x8000;
  c = 0;
  ct = 12;
  /** The byte being formed (B) and where it goes (BP); -1 is the standard's byte before the buffer. */
  private b = 0;
  private bp = -1;
  private out: Uint8Array;

  constructor(contextCount: number, expectedBytes = 4096) {
    this.contexts = new Uint8Array(contextCount);
    this.out = new Uint8Array(Math.max(16, expectedBytes));
  }

  /** ENCODE (E.2.2): code decision `bit` (0 or 1) in context `cx`. */
  encode(bit: number, cx: number): void {
    const state = this.contexts[cx]!;
    const i = state & INDEX_MASK;
    const qe = QE[i]!;
    let a = this.a - qe;
    if (bit === state >>> 7) {
      // CODEMPS (E.2.4)
      if ((a & 0x8000) !== 0) {
        this.a = a;
        this.c += qe;
        return;
      }
      if (a < qe) a = qe;
      else this.c += qe;
      this.contexts[cx] = (state & MPS_BIT) | NMPS[i]!;
    } else {
      // CODELPS (E.2.5)
      if (a < qe) this.c += qe;
      else a = qe;
      const mps = SWITCH[i] === 1 ? (state & MPS_BIT) ^ MPS_BIT : state & MPS_BIT;
      this.contexts[cx] = mps | NLPS[i]!;
    }
    // RENORME (E.2.6)
    let c = this.c;
    let ct = this.ct;
    do {
      a <<= 1;
      c <<= 1;
      ct--;
      if (ct === 0) {
        this.c = c;
        this.byteOut();
        c = this.c;
        ct = this.ct;
      }
    } while ((a & 0x8000) === 0);
    this.a = a;
    this.c = c;
    this.ct = ct;
  }

  /** BYTEOUT (E.2.7), with bit stuffing after 0xFF: reads and sets C and CT. */
  byteOut(): void {
    if (this.b === 0xff) {
      this.emit(this.c >>> 20, 7, 0xfffff);
    } else if (this.c < 0x8000000) {
      this.emit(this.c >>> 19, 8, 0x7ffff);
    } else {
      this.b++;
      if (this.b === 0xff) {
        this.c &= 0x7ffffff;
        this.emit(this.c >>> 20, 7, 0xfffff);
      } else {
        this.emit(this.c >>> 19, 8, 0x7ffff);
      }
    }
  }

  /** BP = BP + 1; B = byte; C &= mask; CT = ct: the previous B is final, so it is stored first. */
  private emit(byte: number, ct: number, mask: number): void {
    if (this.bp >= 0) {
      if (this.bp >= this.out.length) {
        const grown = new Uint8Array(this.out.length * 2);
        grown.set(this.out);
        this.out = grown;
      }
      this.out[this.bp] = this.b;
    }
    this.bp++;
    this.b = byte & 0xff;
    this.c &= mask;
    this.ct = ct;
  }

  /** FLUSH (E.2.9) and the 0xFF 0xAC marker that ends T.88 arithmetic data; returns the coded bytes. */
  finish(): Uint8Array {
    // SETBITS: as many 1 bits as the interval allows, so the decoder's reads past the end are harmless.
    const tempC = this.c + this.a;
    this.c |= 0xffff;
    if (this.c >= tempC) this.c -= 0x8000;
    this.c <<= this.ct;
    this.byteOut();
    this.c <<= this.ct;
    this.byteOut();
    // The last B is still pending; emit() stores it. B = 0xFF then 0xAC (if B already is 0xFF, only 0xAC).
    if (this.b !== 0xff) this.emit(0xff, this.ct, 0xffffffff);
    this.emit(0xac, this.ct, 0xffffffff);
    this.emit(0, this.ct, 0xffffffff); // stores 0xAC
    return this.out.slice(0, this.bp);
  }
}
