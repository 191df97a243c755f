import type { CategoryReport } from './report';

/**
 * Which of the person's files, and which page of it, a page of a category's prepared PDF came from.
 * A problem found on the output ("page 3 looks blurred") is acted on in the person's own file
 * ("IMG_2041.HEIC"): they never made "passport.pdf". The inputs are merged in order, each giving its
 * pages (report.json's `pages`); with page edits, the output follows the edits' order instead.
 * Null when the page cannot be placed (a page number beyond what the report records).
 */
export interface PageOrigin {
  /** The input's index in the category (report.json's `index`). */
  index: number;
  /** The input's file name, as the person knows it. */
  file: string;
  /** 1-based page within that file. */
  page: number;
}

export function pageOrigin(category: CategoryReport, outputPage: number): PageOrigin | null {
  if (!Number.isInteger(outputPage) || outputPage < 1) return null;
  const byIndex = new Map(category.inputs.map((input) => [input.index, input]));
  let at = outputPage;
  if (category.pageEdits && category.pageEdits.length > 0) {
    for (const selection of category.pageEdits) {
      const input = byIndex.get(selection.item);
      if (!input) return null;
      const count = selection.toEnd ? Math.max(0, input.pages - selection.page) : 1;
      if (at <= count) return { index: input.index, file: input.file, page: selection.page + at };
      at -= count;
    }
    return null;
  }
  for (const input of category.inputs) {
    if (input.status !== 'ok') continue;
    if (at <= input.pages) return { index: input.index, file: input.file, page: at };
    at -= input.pages;
  }
  return null;
}

/**
 * How many of the person's files have a page in the prepared PDF: with page edits, the files the kept pages come
 * from (walk s15: Nadia removed the only page of one of her three photos, and the card still said "merged from 3
 * files"); otherwise every file that was read. The card and report.html count the same way.
 */
export function filesInOutput(category: CategoryReport): number {
  return inputsInOutput(category).length;
}

/** The person's files that have a page in the prepared PDF (see `filesInOutput`), in their order. */
export function inputsInOutput(category: CategoryReport): CategoryReport['inputs'] {
  const ok = category.inputs.filter((input) => input.status === 'ok');
  if (!category.pageEdits || category.pageEdits.length === 0) return ok;
  const kept = new Set(category.pageEdits.map((selection) => selection.item));
  return ok.filter((input) => kept.has(input.index));
}
