import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { passwordFor, type ClientPasswords } from '../clients/passwords';
import { engineReadHooks } from './read-hooks';
import { readControl, readInTime, type ReadControl } from './read-in-time';
import type { ClientScan, InputFile } from '../clients/scan';
import { categories, type CategoryId } from '../../shared/rules/categories';
import type { DocumentReading } from '../../shared/reading/document-reading';

export interface SortedByContent {
  relPath: string;
  categoryId: CategoryId;
  decidingWords: string[];
}

const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare;

/**
 * Loose files whose name decides nothing (`scan0001.pdf`) are read (text layer first, OCR on
 * regions; an encrypted PDF with the client's password, a HEIC photo through the engine's decoder) and put in the category their content shows; each is reported with the words that
 * decided it. Files whose content decides nothing either stay unsorted, as before; a file that
 * cannot be read stays unsorted too (one bad file never stops the client).
 */
export async function sortUnsortedByContent(
  scan: ClientScan,
  today: string,
  passwords: ClientPasswords = {},
  control: ReadControl = readControl(),
): Promise<{ scan: ClientScan; sorted: SortedByContent[]; readings: Map<string, DocumentReading> }> {
  // Every reading made, by path: the consistency check reuses them rather than reading twice.
  const readings = new Map<string, DocumentReading>();
  const candidates = scan.unsorted.filter((file) => file.reason === 'no-keyword');
  if (candidates.length === 0) return { scan, sorted: [], readings };
  const byCategory = new Map<CategoryId, InputFile[]>(scan.inputs.map((input) => [input.categoryId, [...input.files]]));
  const sorted: SortedByContent[] = [];
  const stillUnsorted = [];
  for (const file of scan.unsorted) {
    const path = join(scan.dir, file.relPath);
    const password = passwordFor(passwords, file.relPath);
    // Not read in time: stays unsorted, and the row says it was not read (read-in-time.ts).
    const reading =
      file.reason === 'no-keyword'
        ? await readInTime(control, path, file.relPath, {
            today,
            ...engineReadHooks,
            ...(password !== undefined ? { password } : {}),
          })
        : null;
    if (reading) readings.set(path, reading);
    const suggestion = reading?.suggestion ?? null;
    if (!suggestion) {
      stillUnsorted.push(file);
      continue;
    }
    const { size } = await stat(path);
    const list = byCategory.get(suggestion.categoryId) ?? [];
    list.push({ path, relPath: file.relPath, bytes: size });
    byCategory.set(suggestion.categoryId, list);
    sorted.push({ relPath: file.relPath, categoryId: suggestion.categoryId, decidingWords: suggestion.decidingWords });
  }
  const inputs = categories
    .filter((category) => byCategory.has(category.id))
    .map((category) => ({
      categoryId: category.id,
      files: (byCategory.get(category.id) ?? []).sort((a, b) => naturalOrder(a.relPath, b.relPath)),
    }));
  return { scan: { ...scan, inputs, unsorted: stillUnsorted }, sorted, readings };
}
