import { z } from 'zod';
import { MAX_PAGES_PER_DOCUMENT } from './limits';

/**
 * The person's page edits of one category (issue 15's page tools): which pages of its inputs go
 * into the output, in which order, turned by how much. Pages are those of each input as the engine
 * reads it (a photo is one page, a TIFF one per frame, a PDF its own pages), so an edit names a
 * page of a file that never changes (originals are hashed and read only).
 */

/** Clockwise quarter turns added to the page's own rotation. */
export const pageRotationSchema = z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]);
export type PageRotation = z.infer<typeof pageRotationSchema>;

/** One output page as the engine takes it: the input's position in the category and its page (both 0-based). */
export const pageSelectionSchema = z
  .object({
    item: z.number().int().nonnegative().max(99),
    page: z
      .number()
      .int()
      .nonnegative()
      .max(MAX_PAGES_PER_DOCUMENT - 1),
    rotation: pageRotationSchema.default(0),
    /** This page and every later page of the item (a file added after the edits goes in whole). */
    toEnd: z.literal(true).optional(),
  })
  .strict();
export type PageSelection = z.infer<typeof pageSelectionSchema>;

/**
 * "Smaller file, lower quality": the person accepted the rungs below the standard floor for a
 * category that did not fit, after seeing its first page at that setting.
 */
export const qualityChoiceSchema = z.enum(['standard', 'lower']);
export type QualityChoice = z.infer<typeof qualityChoiceSchema>;

/** One output page as case.json keeps it: the original (by id), its page (0-based), the added turn. */
export const pageRefSchema = z
  .object({
    originalId: z.string().min(1).max(64),
    page: z
      .number()
      .int()
      .nonnegative()
      .max(MAX_PAGES_PER_DOCUMENT - 1),
    rotation: pageRotationSchema.default(0),
  })
  .strict();
export type PageRef = z.infer<typeof pageRefSchema>;

/**
 * A category's page edits in case.json. `files` are the originals the edits were made over: a file
 * added later is not in it and goes into the output whole, after the edited pages (never dropped
 * without the person having seen it); a file removed from the category takes its pages with it.
 */
export const categoryPageEditsSchema = z
  .object({
    files: z.array(z.string().min(1).max(64)).max(100),
    pages: z.array(pageRefSchema).min(1).max(MAX_PAGES_PER_DOCUMENT),
  })
  .strict();
export type CategoryPageEdits = z.infer<typeof categoryPageEditsSchema>;

/**
 * The engine's page list for a category from its edits and its current files (original ids in
 * merge order, with their page counts when known). Null when there is nothing to apply (no edits,
 * or none of their pages is still there): the category is merged whole.
 */
export function pagesToPrepare(
  edits: CategoryPageEdits | undefined,
  files: readonly { originalId: string | undefined; pages: number | null }[],
): PageSelection[] | null {
  if (!edits) return null;
  const itemOf = new Map<string, number>();
  files.forEach((file, index) => {
    if (file.originalId !== undefined && !itemOf.has(file.originalId)) itemOf.set(file.originalId, index);
  });
  const selection: PageSelection[] = [];
  for (const ref of edits.pages) {
    const item = itemOf.get(ref.originalId);
    if (item === undefined) continue;
    const pages = files[item]!.pages;
    if (pages !== null && ref.page >= pages) continue;
    selection.push({ item, page: ref.page, rotation: ref.rotation });
  }
  if (selection.length === 0) return null;
  const covered = new Set(edits.files);
  for (const [index, file] of files.entries()) {
    if (file.originalId !== undefined && covered.has(file.originalId)) continue;
    // A file added after the edits: all of its pages, in order (its page count may not be known yet).
    selection.push({ item: index, page: 0, rotation: 0, toEnd: true });
  }
  return selection;
}

/**
 * The page list the page tools show: the edits over the current files (files added later, whole, at
 * the end), or every page of every file in order when there are none. Null while a file's page
 * count is unknown.
 */
export function pageListOf(
  edits: CategoryPageEdits | undefined,
  files: readonly { originalId: string; pages: number | null }[],
): PageRef[] | null {
  if (files.some((file) => file.pages === null)) return null;
  const selection = pagesToPrepare(edits, files);
  if (selection) {
    return selection.flatMap(({ item, page, rotation, toEnd }) => {
      const { originalId, pages } = files[item]!;
      const last = toEnd ? (pages ?? 0) - 1 : page;
      return Array.from({ length: Math.max(0, last - page + 1) }, (_v, i) => ({ originalId, page: page + i, rotation }));
    });
  }
  return files.flatMap((file) =>
    Array.from({ length: file.pages ?? 0 }, (_v, page) => ({ originalId: file.originalId, page, rotation: 0 as const })),
  );
}

/** Whether a page list is just every page of every file, in order, unturned (no edits to keep). */
export function isUnedited(list: readonly PageRef[], files: readonly { originalId: string; pages: number | null }[]): boolean {
  const all = files.flatMap((file) => Array.from({ length: file.pages ?? 0 }, (_v, page) => `${file.originalId}:${page}:0`));
  return JSON.stringify(list.map((ref) => `${ref.originalId}:${ref.page}:${ref.rotation}`)) === JSON.stringify(all);
}

/** Rotation after adding a quarter turn (clockwise positive). */
export function turned(rotation: PageRotation, by: 90 | -90): PageRotation {
  return ((((rotation + by) % 360) + 360) % 360) as PageRotation;
}
