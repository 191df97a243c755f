/**
 * CCITT Group 4 (ITU-T T.6) written row by row, so a text layer never needs its whole page in memory.
 *
 * sharp (libtiff) encodes G4 only from a whole raw image: for the 9000 × 9000 scan of multipage.pdf
 * that meant an 81 MB one-byte-per-pixel page plus libvips' own copy of it (issue 15: at most 400 MB
 * for the whole command). This encoder takes one row at a time and keeps only the previous row (the
 * reference line). It follows libtiff's Fax3Encode2DRow decision for decision (pass when b2 < a1,
 * vertical when |a1 − b1| ≤ 3, else horizontal; runs over 2623 as 2560 make-ups), so its output is
 * byte for byte libtiff's (tests/unit/engine/g4-encoder.test.ts checks that against sharp), and ends
 * with EOFB as libtiff's does.
 */

/** [code, bit length] for run lengths 0…63 (terminating) and 64…2560 in steps of 64 (make-up). */
type Code = readonly [number, number];

const WHITE_TERMINATING = (
  '00110101 000111 0111 1000 1011 1100 1110 1111 10011 10100 00111 01000 001000 000011 110100 ' +
  '110101 101010 101011 0100111 0001100 0001000 0010111 0000011 0000100 0101000 0101011 0010011 ' +
  '0100100 0011000 00000010 00000011 00011010 00011011 00010010 00010011 00010100 00010101 00010110 ' +
  '00010111 00101000 00101001 00101010 00101011 00101100 00101101 00000100 00000101 00001010 ' +
  '00001011 01010010 01010011 01010100 01010101 00100100 00100101 01011000 01011001 01011010 ' +
  '01011011 01001010 01001011 00110010 00110011 00110100'
).split(' ');
const WHITE_MAKEUP = (
  '11011 10010 010111 0110111 00110110 00110111 01100100 01100101 01101000 01100111 011001100 ' +
  '011001101 011010010 011010011 011010100 011010101 011010110 011010111 011011000 011011001 ' +
  '011011010 011011011 010011000 010011001 010011010 011000 010011011'
).split(' ');
const BLACK_TERMINATING = (
  '0000110111 010 11 10 011 0011 0010 00011 000101 000100 0000100 0000101 0000111 00000100 00000111 ' +
  '000011000 0000010111 0000011000 0000001000 00001100111 00001101000 00001101100 00000110111 ' +
  '00000101000 00000010111 00000011000 000011001010 000011001011 000011001100 000011001101 ' +
  '000001101000 000001101001 000001101010 000001101011 000011010010 000011010011 000011010100 ' +
  '000011010101 000011010110 000011010111 000001101100 000001101101 000011011010 000011011011 ' +
  '000001010100 000001010101 000001010110 000001010111 000001100100 000001100101 000001010010 ' +
  '000001010011 000000100100 000000110111 000000111000 000000100111 000000101000 000001011000 ' +
  '000001011001 000000101011 000000101100 000001011010 000001100110 000001100111'
).split(' ');
const BLACK_MAKEUP = (
  '0000001111 000011001000 000011001001 000001011011 000000110011 000000110100 000000110101 ' +
  '0000001101100 0000001101101 0000001001010 0000001001011 0000001001100 0000001001101 ' +
  '0000001110010 0000001110011 0000001110100 0000001110101 0000001110110 0000001110111 ' +
  '0000001010010 0000001010011 0000001010100 0000001010101 0000001011010 0000001011011 ' +
  '0000001100100 0000001100101'
).split(' ');
/** 1792…2560, shared by both colours. */
const EXTENDED_MAKEUP = (
  '00000001000 00000001100 00000001101 000000010010 000000010011 000000010100 000000010101 ' +
  '000000010110 000000010111 000000011100 000000011101 000000011110 000000011111'
).split(' ');

function codes(terminating: readonly string[], makeup: readonly string[]): Code[] {
  // Index r for r < 64; index 63 + r / 64 for the make-ups (as libtiff's tables are laid out).
  return [...terminating, ...makeup, ...EXTENDED_MAKEUP].map((bits) => [parseInt(bits, 2), bits.length] as const);
}

const WHITE = codes(WHITE_TERMINATING, WHITE_MAKEUP);
const BLACK = codes(BLACK_TERMINATING, BLACK_MAKEUP);
const PASS: Code = [0b0001, 4];
const HORIZONTAL: Code = [0b001, 3];
/** Vertical modes by d = b1 − a1 + 3: VR3, VR2, VR1, V0, VL1, VL2, VL3. */
const VERTICAL: readonly Code[] = [
  [0b0000011, 7],
  [0b000011, 6],
  [0b011, 3],
  [0b1, 1],
  [0b010, 3],
  [0b000010, 6],
  [0b0000010, 7],
];
const EOL: Code = [1, 12];

export class G4Encoder {
  /** The reference line (the previous row; all white before the first): 1 black, 0 white. */
  private ref: Uint8Array;
  private cur: Uint8Array;
  private out: Uint8Array;
  private length = 0;
  private acc = 0;
  private accBits = 0;
  private rows = 0;
  /** The reference line is known to be all white (true before the first row). */
  private refWhite = true;

  constructor(private readonly width: number) {
    this.ref = new Uint8Array(width);
    this.cur = new Uint8Array(width);
    this.out = new Uint8Array(Math.max(1024, width));
  }

  /** The next row's pixels for filling: 1 black (ink), 0 white. Valid until addRow. */
  row(): Uint8Array {
    return this.cur;
  }

  /**
   * Codes the row filled through row() against the previous one. `inkPixels`: how many are black, when
   * the caller counted them: a white row under a white row is then one V0 code without scanning either
   * (most rows of a text page; the 9000 × 9000 page of multipage.pdf took ~0.5 s of scanning without).
   */
  addRow(inkPixels?: number): void {
    const white = inkPixels === 0;
    if (white && this.refWhite) {
      this.put(VERTICAL[3]!);
      this.rows++;
      return;
    }
    this.codeRow();
    this.refWhite = white;
  }

  private codeRow(): void {
    const { width, ref, cur } = this;
    let a0 = 0;
    let a1 = cur[0] !== 0 ? 0 : find(cur, 0, width, 0);
    let b1 = ref[0] !== 0 ? 0 : find(ref, 0, width, 0);
    for (;;) {
      const b2 = b1 < width ? find(ref, b1, width, ref[b1]!) : width;
      if (b2 >= a1) {
        const d = b1 - a1;
        if (d < -3 || d > 3) {
          const a2 = a1 < width ? find(cur, a1, width, cur[a1]!) : width;
          this.put(HORIZONTAL);
          if (a0 + a1 === 0 || cur[a0] === 0) {
            this.span(a1 - a0, WHITE);
            this.span(a2 - a1, BLACK);
          } else {
            this.span(a1 - a0, BLACK);
            this.span(a2 - a1, WHITE);
          }
          a0 = a2;
        } else {
          this.put(VERTICAL[d + 3]!);
          a0 = a1;
        }
      } else {
        this.put(PASS);
        a0 = b2;
      }
      if (a0 >= width) break;
      const colour = cur[a0]!;
      a1 = find(cur, a0, width, colour);
      b1 = find(ref, a0, width, colour ^ 1);
      b1 = find(ref, b1, width, colour);
    }
    // The row just coded is the next one's reference; its buffer takes the next row.
    this.ref = cur;
    this.cur = ref;
    this.rows++;
  }

  get rowCount(): number {
    return this.rows;
  }

  /** The coded data, ending with EOFB and padded to a byte. */
  finish(): Buffer {
    this.put(EOL);
    this.put(EOL);
    if (this.accBits > 0) this.byte((this.acc << (8 - this.accBits)) & 0xff);
    this.accBits = 0;
    return Buffer.from(this.out.buffer, this.out.byteOffset, this.length);
  }

  private span(run: number, table: readonly Code[]): void {
    while (run >= 2624) {
      this.put(table[63 + (2560 >> 6)]!);
      run -= 2560;
    }
    if (run >= 64) {
      this.put(table[63 + (run >> 6)]!);
      run &= 63;
    }
    this.put(table[run]!);
  }

  private put(code: Code): void {
    // At most 13 bits a code: the accumulator never holds more than 20 before bytes are taken.
    this.acc = (this.acc << code[1]) | code[0];
    this.accBits += code[1];
    while (this.accBits >= 8) {
      this.accBits -= 8;
      this.byte((this.acc >>> this.accBits) & 0xff);
    }
    this.acc &= (1 << this.accBits) - 1;
  }

  private byte(value: number): void {
    if (this.length === this.out.length) {
      const grown = new Uint8Array(this.out.length * 2);
      grown.set(this.out);
      this.out = grown;
    }
    this.out[this.length++] = value;
  }
}

/** The first position from `from` whose pixel is not `colour` (`end` when there is none). */
function find(row: Uint8Array, from: number, end: number, colour: number): number {
  let i = from;
  while (i < end && row[i] === colour) i++;
  return i;
}
