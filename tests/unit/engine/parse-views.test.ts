import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadPdfLenient } from '../../../electron/engine/pdf/parse-speed';
import { parsesToViews } from '../../../electron/engine/pdf/parse-views';

/** Issue 15's memory: a parsed file's streams are views of it, not a second copy of its data. */
describe("the engine's pdf-lib parse", () => {
  it('hands out streams that are views of the parsed file, with the same bytes, and saves the same file', async () => {
    const made = await PDFDocument.create();
    const data = Uint8Array.from({ length: 5000 }, (_v, i) => (i * 7) % 251);
    const ref = made.context.register(made.context.flateStream(data));
    made.addPage().node.set(PDFName.of('Foo'), ref);
    const file = await made.save({ useObjectStreams: false });

    expect(parsesToViews()).toBe(true);
    const doc = await loadPdfLenient(file);
    const stream = doc.context.lookup(ref) as PDFRawStream;
    expect(stream).toBeInstanceOf(PDFRawStream);
    expect(stream.contents.buffer).toBe(file.buffer);
    const original = made.context.lookup(ref) as PDFRawStream;
    expect(Buffer.from(stream.contents).equals(Buffer.from(original.contents))).toBe(true);
    // A clone (what page copying uses) is its own copy: writing into it leaves the file alone.
    const clone = stream.clone();
    expect(clone.contents.buffer).not.toBe(file.buffer);
    clone.contents.fill(0);
    expect(Buffer.from(stream.contents).equals(Buffer.from(original.contents))).toBe(true);
    // Saved again, the stream's data is the same.
    const again = await loadPdfLenient(await doc.save({ useObjectStreams: false }));
    expect(Buffer.from((again.context.lookup(ref) as PDFRawStream).contents).equals(Buffer.from(original.contents))).toBe(true);
  });
});
