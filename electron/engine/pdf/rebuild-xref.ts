import { loadPdfLenient } from './parse-speed';

/**
 * Rebuild a PDF whose cross-reference table is damaged (missing `xref`
 * keyword, wrong offsets, wrong stream /Length, junk after %%EOF).
 *
 * Why not qpdf: qpdf's own reconstruction is the usual tool, but the
 * WebAssembly build we ship (@neslinesli93/qpdf-wasm 0.3.0, qpdf 12.2) never
 * reaches it: it stops with the first error ("expected n n obj", "can't find
 * startxref") where the native qpdf 11 warns and repairs the same files
 * (most likely the C++ exception that triggers recovery is not caught in the
 * WebAssembly build). pdf-lib's parser reads the body object by object
 * from the start of the file, ignoring the damaged table, and finds the end of
 * a stream by its `endstream` keyword when /Length is wrong; saving writes a
 * fresh table. The result then goes through qpdf again like any PDF.
 *
 * Returns null when nothing usable is found (no catalog, no pages).
 */
export async function rebuildCrossReference(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    const document = await loadPdfLenient(bytes);
    if (document.getPageCount() === 0) return null;
    return await document.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
  } catch {
    return null;
  }
}
