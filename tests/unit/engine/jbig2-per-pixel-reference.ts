import { MqEncoder } from '../../../electron/engine/compress/jbig2/mq-encoder';

/**
 * The generic-region coder as session 6 shipped it: one MqEncoder.encode() call per pixel, the
 * encoder checked against T.88 Annex H.2 (jbig2-mq-encoder.test.ts). The fast coder in
 * electron/engine/compress/jbig2/generic-region.ts must give exactly these bytes.
 */
const SLTP_CONTEXT_TEMPLATE0 = 0x9b25;
const PAD = 4;

export function encodeGenericRegionPerPixel(bits: Uint8Array, width: number, height: number): Uint8Array {
  const stride = width + 2 * PAD;
  let above2 = new Uint8Array(stride);
  let above1 = new Uint8Array(stride);
  let row = new Uint8Array(stride);
  const encoder = new MqEncoder(65536);
  let ltp = 0;
  for (let y = 0; y < height; y++) {
    let same = 1;
    for (let x = 0; x < width; x++) {
      const ink = bits[y * width + x] === 0 ? 1 : 0;
      row[PAD + x] = ink;
      if (ink !== above1[PAD + x]) same = 0;
    }
    encoder.encode(same ^ ltp, SLTP_CONTEXT_TEMPLATE0);
    ltp = same;
    if (same === 0) {
      let w2 = 0;
      for (let k = -3; k <= 1; k++) w2 = (w2 << 1) | above2[PAD + k]!;
      let w1 = 0;
      for (let k = -4; k <= 2; k++) w1 = (w1 << 1) | above1[PAD + k]!;
      let w0 = 0;
      for (let x = 0; x < width; x++) {
        w2 = ((w2 << 1) | above2[PAD + x + 2]!) & 0x1f;
        w1 = ((w1 << 1) | above1[PAD + x + 3]!) & 0x7f;
        const bit = row[PAD + x]!;
        encoder.encode(bit, (w2 << 11) | (w1 << 4) | w0);
        w0 = ((w0 << 1) | bit) & 0xf;
      }
    }
    [above2, above1, row] = [above1, row, above2];
  }
  return encoder.finish();
}
