import { PDFRawStream, type PDFStream } from 'pdf-lib';
import { bandPlan, inflateRows, inflateShrunk } from './band-decode';
import { InkMarker, PAPER_SHRINK_FACTOR, PaperRows, paperLevel } from './bilevel';
import { G4Encoder } from './g4-encoder';
import type { ImageSpec } from './image-spec';
import type { Pixels } from './image-pixels';
import { recordOwnStream } from './own-streams';

/**
 * A text page's 1-bit layer made straight from a large Flate image, row by row: the data is inflated
 * twice as a stream, once shrunk 8× for the paper level (the same small level threshold() measures),
 * once to threshold each row against it and hand it to the G4 encoder. Neither the page's pixels nor
 * its one-byte-per-pixel mask are ever held whole: multipage.pdf's 9000 × 9000 scan (243 MB of RGB,
 * 81 MB of mask, and libvips' copy of the mask for G4) held the command at ~1 GB (issue 15: 400 MB).
 *
 * Only for text pages kept at the image's own resolution (a mixed page's picture search needs the whole
 * mask; a smaller text layer comes from band-decode's shrink, which is already small).
 */

export interface BandedTextLayer {
  g4: Buffer;
  width: number;
  height: number;
  inkPixels: number;
}

/** Whether this image, wanted at width × height, takes the banded path. */
export function bandedTextPlan(stream: PDFStream, spec: ImageSpec, width: number, height: number): { channels: 1 | 3 } | null {
  if (!(stream instanceof PDFRawStream) || width !== spec.width || height !== spec.height) return null;
  // bandPlan answers for a 2× shrink: the same plain-Flate, large-image conditions, without the factor.
  const plan = bandPlan(stream, spec, Math.floor(width / 2), Math.floor(height / 2));
  return plan ? { channels: plan.channels } : null;
}

/** `paperView`: the image shrunk by PAPER_SHRINK_FACTOR, when the classifier's inflate already made it (text-pages.ts). */
export async function bandedTextLayer(
  stream: PDFRawStream,
  spec: ImageSpec,
  channels: 1 | 3,
  paperView?: Pixels,
): Promise<BandedTextLayer> {
  const { width, height } = spec;
  const data = stream.contents;
  const expected = { width: Math.ceil(width / PAPER_SHRINK_FACTOR), height: Math.ceil(height / PAPER_SHRINK_FACTOR) };
  const reusable = paperView?.channels === channels && paperView.width === expected.width && paperView.height === expected.height;
  const small = reusable ? paperView : await inflateShrunk(data, spec, { channels, factor: PAPER_SHRINK_FACTOR });
  const paper = await paperLevel(small, { width, height });
  const limits = new PaperRows(paper, width, height, 'limit');
  const encoder = new G4Encoder(width);
  // One kernel memory for the page's rows, each row copied in and its mask row out (bilevel.ts' InkMarker).
  const marker = new InkMarker(width, channels, width * channels, width, null);
  let inkPixels = 0;
  try {
    await inflateRows(data, width * channels, height, (row, y) => {
      const t = limits.at(y);
      // The encoder's rows are 1 for ink, 0 for paper; the kernel writes every byte.
      const ink = marker.markRow(limits, row, t, false, encoder.row(), 0, 1, 0, y);
      inkPixels += ink;
      encoder.addRow(ink);
    });
  } finally {
    marker.release();
    limits.release();
  }
  const g4 = encoder.finish();
  recordOwnStream(g4);
  return { g4, width, height, inkPixels };
}
