import { describe, expect, it } from 'vitest';
import { filesInOutput } from '../../../shared/engine/page-origin';
import type { CategoryReport } from '../../../shared/engine/report';

const input = (index: number, status: 'ok' | 'error' = 'ok') => ({ index, file: `IMG_${index}.jpg`, status, pages: 1 });
const category = (inputs: ReturnType<typeof input>[], pageEdits?: { item: number; page: number; rotation: number }[]) =>
  ({ inputs, ...(pageEdits ? { pageEdits } : {}) }) as unknown as CategoryReport;

// Walk s15: Nadia removed the only page of one of her three photos; the card said "merged from 3 files" and
// report.html "3 files joined", for a PDF made of two.
describe('how many of the person files are in the prepared PDF', () => {
  it('with page edits: the files the kept pages come from', () => {
    expect(
      filesInOutput(
        category(
          [input(0), input(1), input(2)],
          [
            { item: 1, page: 0, rotation: 0 },
            { item: 0, page: 0, rotation: 90 },
          ],
        ),
      ),
    ).toBe(2);
  });

  it('without: every file that was read, not one that failed', () => {
    expect(filesInOutput(category([input(0), input(1, 'error'), input(2)]))).toBe(2);
  });
});
