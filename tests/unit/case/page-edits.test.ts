import { describe, expect, it } from 'vitest';
import {
  categoryPageEditsSchema,
  isUnedited,
  pageListOf,
  pagesToPrepare,
  turned,
  type CategoryPageEdits,
} from '../../../shared/engine/page-edits';

const files = [
  { originalId: 'a', pages: 3 },
  { originalId: 'b', pages: 2 },
];

/** Issue 15's page tools: what case.json keeps becomes the engine's page list over the current files. */
describe('page edits', () => {
  const edits: CategoryPageEdits = {
    files: ['a', 'b'],
    pages: [
      { originalId: 'b', page: 1, rotation: 90 },
      { originalId: 'a', page: 0, rotation: 0 },
    ],
  };

  it('become input positions and pages, in the person’s order', () => {
    expect(pagesToPrepare(edits, files)).toEqual([
      { item: 1, page: 1, rotation: 90 },
      { item: 0, page: 0, rotation: 0 },
    ]);
  });

  it('follow a file moved to another position and drop the pages of a file taken out', () => {
    expect(pagesToPrepare(edits, [files[1]!, files[0]!])).toEqual([
      { item: 0, page: 1, rotation: 90 },
      { item: 1, page: 0, rotation: 0 },
    ]);
    expect(pagesToPrepare(edits, [files[0]!])).toEqual([{ item: 0, page: 0, rotation: 0 }]);
  });

  it('add a file added after the edits whole, at the end, even before its pages are counted', () => {
    const withNew = [...files, { originalId: 'c', pages: null }];
    expect(pagesToPrepare(edits, withNew)?.at(-1)).toEqual({ item: 2, page: 0, rotation: 0, toEnd: true });
    expect(pageListOf(edits, withNew)).toBeNull();
    expect(pageListOf(edits, [...files, { originalId: 'c', pages: 2 }])?.slice(2)).toEqual([
      { originalId: 'c', page: 0, rotation: 0 },
      { originalId: 'c', page: 1, rotation: 0 },
    ]);
  });

  it('are nothing to apply when none of their pages is left, and all pages are the list without edits', () => {
    expect(pagesToPrepare(undefined, files)).toBeNull();
    expect(pagesToPrepare(edits, [{ originalId: 'z', pages: 1 }])).toBeNull();
    const all = pageListOf(undefined, files)!;
    expect(all).toHaveLength(5);
    expect(isUnedited(all, files)).toBe(true);
    expect(isUnedited(pageListOf(edits, files)!, files)).toBe(false);
  });

  it('turn by quarter turns both ways and never keep an empty page list', () => {
    expect(turned(0, -90)).toBe(270);
    expect(turned(270, 90)).toBe(0);
    expect(categoryPageEditsSchema.safeParse({ files: ['a'], pages: [] }).success).toBe(false);
  });
});
