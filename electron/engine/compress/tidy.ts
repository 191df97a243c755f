import { PDFArray, PDFDict, PDFDocument, PDFName, PDFObject, PDFRef, PDFStream } from 'pdf-lib';

/**
 * Housekeeping before our rewrite is saved, the same things Ghostscript's pdfwrite does:
 * - drop the catalog's /OutputIntents: a print-production colour profile (often a 0.5 MB
 *   CMYK ICC from Photoshop) that no screen viewer uses to show the page;
 * - drop objects nothing refers to any more (left behind by earlier incremental updates).
 */
export function tidyForUpload(doc: PDFDocument): void {
  doc.catalog.delete(PDFName.of('OutputIntents'));
  dropUnreachable(doc);
}

/** Drop objects nothing refers to; returns how many were dropped (the sanitise stage uses it too). */
export function dropUnreachable(doc: PDFDocument): number {
  const context = doc.context;
  const reachable = new Set<string>();
  const queue: PDFObject[] = [];
  const { Root, Info, Encrypt } = context.trailerInfo;
  for (const start of [Root, Info, Encrypt]) if (start) queue.push(start);

  while (queue.length > 0) {
    const obj = queue.pop()!;
    if (obj instanceof PDFRef) {
      const key = obj.toString();
      if (reachable.has(key)) continue;
      reachable.add(key);
      const target = context.lookup(obj);
      if (target) queue.push(target);
    } else if (obj instanceof PDFDict) {
      for (const [, value] of obj.entries()) queue.push(value);
    } else if (obj instanceof PDFArray) {
      for (const value of obj.asArray()) queue.push(value);
    } else if (obj instanceof PDFStream) {
      queue.push(obj.dict);
    }
  }
  let dropped = 0;
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!reachable.has(ref.toString())) {
      context.delete(ref);
      dropped++;
    }
  }
  return dropped;
}
