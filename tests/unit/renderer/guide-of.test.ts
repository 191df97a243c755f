import { describe, expect, it } from 'vitest';
import { emptyGuideCase } from '../../../renderer/src/case/guide-case';
import { guideOf } from '../../../renderer/src/case/guide-of';
import { caseFileSchema } from '../../../shared/case/case-file';

const root = '/home/ana/Documents/AIMA Prep/cases';
const original = (id: string, name: string) => ({
  id,
  name,
  storedAs: `originals/${id.padEnd(12, '0')}-${name}`,
  sha256: id.padEnd(64, '0'),
  bytes: 10,
  addedAt: '2026-11-20T10:00:00Z',
});
const caseFile = caseFileSchema.parse({
  schemaVersion: 1,
  id: 'ana',
  title: 'Ana',
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
  originals: [original('a1', 'passport.pdf'), original('b2', 'statement-1.pdf'), original('c3', 'statement-2.pdf')],
  assignments: { passport: ['a1'], 'income-proof': ['b2', 'c3'] },
});
const pathOf = (id: string, name: string) => `${root}/ana/originals/${id.padEnd(12, '0')}-${name}`;

/** How the guide reads a case's documents: case.json first, lists from older versions kept once and synced. */
describe('guideOf', () => {
  it('takes each category’s documents from case.json, in its order, with their original ids', () => {
    const { guide, unsynced } = guideOf(caseFile, root, emptyGuideCase());
    expect(guide.documents['income-proof']).toEqual([
      { path: pathOf('b2', 'statement-1.pdf'), name: 'statement-1.pdf', originalId: 'b2' },
      { path: pathOf('c3', 'statement-2.pdf'), name: 'statement-2.pdf', originalId: 'c3' },
    ]);
    expect(unsynced).toEqual({});
  });

  it('case.json wins over the app’s own list once that list carries ids (a change made on another computer)', () => {
    const progress = {
      ...emptyGuideCase(),
      documents: { passport: [{ path: pathOf('c3', 'statement-2.pdf'), name: 'old', originalId: 'c3' }] },
    };
    expect(guideOf(caseFile, root, progress).guide.documents.passport).toEqual([
      { path: pathOf('a1', 'passport.pdf'), name: 'passport.pdf', originalId: 'a1' },
    ]);
  });

  it('keeps a list saved by an older version (no ids), finds its ids from the paths, and says it must be synced', () => {
    const progress = {
      ...emptyGuideCase(),
      documents: {
        // Reordered in the guide before the ids existed.
        'income-proof': [
          { path: pathOf('c3', 'statement-2.pdf'), name: 'statement-2.pdf' },
          { path: pathOf('b2', 'statement-1.pdf'), name: 'statement-1.pdf' },
        ],
      },
    };
    const { guide, unsynced } = guideOf(caseFile, root, progress);
    expect(guide.documents['income-proof']!.map((file) => file.originalId)).toEqual(['c3', 'b2']);
    expect(unsynced).toEqual({ 'income-proof': ['c3', 'b2'] });
    // Categories the old list did not touch still come from case.json.
    expect(guide.documents.passport!.map((file) => file.originalId)).toEqual(['a1']);
  });
});
