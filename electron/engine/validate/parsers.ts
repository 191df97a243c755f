import { PDFDocument } from 'pdf-lib';

/**
 * Open the file in two independent parsers. A file one of them rejects may be rejected by
 * the portal or by whoever opens it at AIMA, so both must succeed.
 */

export interface ParserOutcome {
  ok: boolean;
  error?: string;
  encrypted: boolean;
  pageCount: number;
}

export async function openWithPdfLib(bytes: Uint8Array): Promise<ParserOutcome & { doc: PDFDocument | null }> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: true });
    const pageCount = doc.getPageCount();
    return { ok: pageCount > 0, ...(pageCount > 0 ? {} : { error: 'no pages' }), encrypted: doc.isEncrypted, pageCount, doc };
  } catch (error) {
    return { ok: false, error: describe(error), encrypted: false, pageCount: 0, doc: null };
  }
}

export async function openWithPdfjs(bytes: Uint8Array): Promise<ParserOutcome> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const pageCount = doc.numPages;
    // Parse every page tree entry: a broken page object fails here, not in the viewer at AIMA.
    for (let p = 1; p <= pageCount; p++) await doc.getPage(p);
    await doc.destroy();
    return { ok: pageCount > 0, ...(pageCount > 0 ? {} : { error: 'no pages' }), encrypted: false, pageCount };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const encrypted = (error as { name?: string }).name === 'PasswordException';
    return { ok: false, error: describe(error), encrypted, pageCount: 0 };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error).slice(0, 300);
}
