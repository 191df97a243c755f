import { decodeImage } from '../engine/image/decode';
import { checkDecodeBudget } from '../engine/pdf/decode-budget';
import type { ReadOptions } from '../reading/read-document';
import { mayHaveTextLayer } from './font-presence';

/**
 * What reading borrows from the document engine (the reading layer sits beside the engine and may not
 * import it): the decode budget a PDF passes before pdf.js parses it, and the HEIC decoder (libheif in
 * WebAssembly, off the calling thread), the photo handed to OCR as a JPEG. The same hooks serve the batch
 * and the app's handlers, so both read the same files.
 */
export const engineReadHooks: Pick<ReadOptions, 'checkPdf' | 'decodeHeic' | 'mayHaveText'> = {
  checkPdf: checkDecodeBudget,
  mayHaveText: mayHaveTextLayer,
  decodeHeic: async (bytes, file) => {
    const frame = (await decodeImage(bytes, 'heic', file)).frames[0];
    if (!frame) throw new Error(`${file}: no picture in the HEIC file`);
    // Flattened on white (heic-decode gives RGBA); quality 92 keeps the MRZ's strokes for OCR.
    return frame.open().flatten({ background: '#ffffff' }).jpeg({ quality: 92 }).toBuffer();
  },
};
