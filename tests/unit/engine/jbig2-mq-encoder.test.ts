import { describe, expect, it } from 'vitest';
import { MqEncoder } from '../../../electron/engine/compress/jbig2/mq-encoder';

/**
 * ITU-T T.88 (08/2018) Annex H.2, "Test sequence for arithmetic coder": 256 decisions (32 bytes,
 * most significant bit first) coded in one context that starts at index 0, MPS 0, and the 30 bytes
 * the standard prints for them (ending with the 0xFF 0xAC marker of FLUSH).
 */
const H2_DECISIONS = [
  0x00, 0x02, 0x00, 0x51, 0x00, 0x00, 0x00, 0xc0, 0x03, 0x52, 0x87, 0x2a, 0xaa, 0xaa, 0xaa, 0xaa, 0x82, 0xc0, 0x20, 0x00, 0xfc,
  0xd7, 0x9e, 0xf6, 0xbf, 0x7f, 0xed, 0x90, 0x4f, 0x46, 0xa3, 0xbf,
];
const H2_CODED = [
  0x84, 0xc7, 0x3b, 0xfc, 0xe1, 0xa1, 0x43, 0x04, 0x02, 0x20, 0x00, 0x00, 0x41, 0x0d, 0xbb, 0x86, 0xf4, 0x31, 0x7f, 0xff, 0x88,
  0xff, 0x37, 0x47, 0x1a, 0xdb, 0x6a, 0xdf, 0xff, 0xac,
];

describe('MQ encoder (T.88 Annex E)', () => {
  it('codes the Annex H.2 test sequence to the bytes the standard prints', () => {
    const encoder = new MqEncoder(1, 4); // a tiny buffer: the output must grow
    for (const byte of H2_DECISIONS) for (let bit = 7; bit >= 0; bit--) encoder.encode((byte >> bit) & 1, 0);
    expect([...encoder.finish()]).toEqual(H2_CODED);
  });

  it('ends every stream with the 0xFF 0xAC marker, also when nothing was coded', () => {
    const coded = new MqEncoder(1).finish();
    expect([...coded.slice(-2)]).toEqual([0xff, 0xac]);
  });
});
