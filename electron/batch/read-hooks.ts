import { decodeImage } from '../engine/image/decode';
import { checkDecodeBudget } from '../engine/pdf/decode-budget';
import type { ReadOptions } from '../reading/read-document';
import { mayHaveTextLayer } from './font-presence';

/**
 * What reading borrows from the document engine (the reading layer sits beside the engine and may not
 * import it): the decode budget a PDF passes before pdf.js parses it, and the HEIC decoder (libheif in
 * WebAssembly, off the calling thread), the photo handed to reading as pixels. The same hooks serve the batch
 * and the app's handlers, so both read the same files.
 */
export const engineReadHooks: Pick<ReadOptions, 'checkPdf' | 'decodeHeic' | 'mayHaveText'> = {
  checkPdf: checkDecodeBudget,
  mayHaveText: mayHaveTextLayer,
  decodeHeic: async (bytes, file) => {
    const frame = (await decodeImage(bytes, 'heic', file)).frames[0];
    if (!frame) throw new Error(`${file}: no picture in the HEIC file`);
    // Flattened on white (heic-decode gives RGBA), handed over as pixels: a JPEG in between (quality 92) cost an
    // encode and a decode of the whole photo (≈ 0.2 s of CPU for 12 MP) and blurred the MRZ's strokes a little.
    const { data, info } = await frame.open().flatten({ background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
  },
};
