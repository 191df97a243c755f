import type { CategoryReport } from './report';

/**
 * The size of the files the person gave for a category, as they are on their disk: the "before" of the documents
 * step's size bars and "the originals: …" of report.html (and, summed over a client's categories, the batch's input
 * size). The card once showed the merged PDF's size before compression instead (a HEIC photo converted to a PDF is
 * larger than the photo), so the two views gave two figures for the same files. Every file given counts, also one
 * that could not be used: it is among the originals the person sees in their folder.
 */
export function originalBytesOf(category: Pick<CategoryReport, 'inputs'>): number {
  return category.inputs.reduce((sum, input) => sum + input.bytes, 0);
}
