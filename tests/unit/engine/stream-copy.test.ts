import { PDFDocument, PDFName, PDFRawStream, PDFStream, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fastStreamCopy } from '../../../electron/engine/pdf/stream-copy';

/**
 * pdf-lib's own PDFStream.copyBytesInto (1.17.1), byte by byte, as it was before stream-copy.ts replaced it:
 * the saved file must be the same to the byte, whichever writes the streams.
 */
function pdfLibCopy(
  this: { dict: { copyBytesInto(b: Uint8Array, o: number): number }; updateDict(): void; getContents(): Uint8Array },
  buffer: Uint8Array,
  offset: number,
): number {
  this.updateDict();
  const initial = offset;
  offset += this.dict.copyBytesInto(buffer, offset);
  for (const c of '\nstream\n') buffer[offset++] = c.charCodeAt(0);
  const contents = this.getContents();
  for (let i = 0; i < contents.length; i++) buffer[offset++] = contents[i]!;
  for (const c of '\nendstream') buffer[offset++] = c.charCodeAt(0);
  return offset - initial;
}

async function sample(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  const page = doc.addPage([300, 400]);
  // A content stream (pdf-lib's own Flate stream), a font and a raw image stream of every byte value.
  page.drawText('Declaração', { x: 20, y: 300, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  const data = Uint8Array.from({ length: 70_000 }, (_v, i) => (i * 31) & 0xff);
  const image = doc.context.register(
    PDFRawStream.of(
      doc.context.obj({
        Type: 'XObject',
        Subtype: 'Image',
        Width: 100,
        Height: 700,
        BitsPerComponent: 8,
        ColorSpace: 'DeviceGray',
      }),
      data,
    ),
  );
  page.node.setXObject(PDFName.of('I'), image);
  return doc;
}

describe('pdf-lib stream writing (stream-copy.ts)', () => {
  it('is installed on PDFStream', () => {
    expect((PDFStream.prototype as unknown as { copyBytesInto: unknown }).copyBytesInto).toBe(fastStreamCopy);
  });

  for (const useObjectStreams of [false, true]) {
    it(`saves the same bytes as pdf-lib's own byte-by-byte copy (object streams ${useObjectStreams ? 'on' : 'off'})`, async () => {
      const proto = PDFStream.prototype as unknown as { copyBytesInto: typeof pdfLibCopy };
      const fast = await (await sample()).save({ useObjectStreams });
      proto.copyBytesInto = pdfLibCopy;
      try {
        const slow = await (await sample()).save({ useObjectStreams });
        expect(fast.length).toBeGreaterThan(70_000);
        expect(Buffer.from(fast).equals(Buffer.from(slow))).toBe(true);
      } finally {
        proto.copyBytesInto = fastStreamCopy;
      }
    });
  }
});
