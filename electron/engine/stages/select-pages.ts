import type { PageSelection } from '../../../shared/engine/page-edits';
import { engineError } from '../errors';
import { openQpdfSession, succeeded } from '../qpdf/runtime';

/**
 * Stage "merge" with the person's page edits: the chosen pages of a category's inputs, in the
 * chosen order, each turned by the chosen quarter turns on top of its own /Rotate. qpdf's page
 * assembly, like the plain merge, so inherited attributes and shared resources are kept; the
 * inputs (already decrypted or converted copies) are only read.
 *
 * `parts` and `pageCounts` are indexed like the category's items; a failed item is null and its
 * pages are skipped (the report already lists that input's error).
 */
export async function selectPages(
  parts: readonly (Uint8Array | null)[],
  pageCounts: readonly number[],
  pages: readonly PageSelection[],
  outputName: string,
): Promise<{ bytes: Uint8Array; applied: PageSelection[]; pages: number }> {
  const inputs: Record<string, Uint8Array> = {};
  const pageArgs: string[] = [];
  const applied: PageSelection[] = [];
  let outputPages = 0;
  const rotations: string[] = [];
  for (const selection of pages) {
    const part = parts[selection.item];
    if (!part) continue;
    const name = `part${selection.item}.pdf`;
    inputs[name] = part;
    // qpdf's page numbers are 1-based ("z" is the last); the same file may appear any number of times.
    const count = selection.toEnd ? pageCounts[selection.item]! - selection.page : 1;
    pageArgs.push(`{in:${name}}`, selection.toEnd ? `${selection.page + 1}-z` : String(selection.page + 1));
    // Relative turns ("+90"), so a page already stored turned keeps its own rotation under the person's.
    if (selection.rotation !== 0) rotations.push(`--rotate=+${selection.rotation}:${outputPages + 1}-${outputPages + count}`);
    outputPages += count;
    applied.push(selection);
  }
  if (applied.length === 0) throw engineError('CATEGORY_NO_USABLE_INPUT', outputName);
  const qpdf = await openQpdfSession();
  const run = qpdf.run(['--empty', '--pages', ...pageArgs, '--', ...rotations, '{out:selected.pdf}'], inputs, ['selected.pdf']);
  const selected = run.outputs.get('selected.pdf');
  if (!succeeded(run) || !selected) throw engineError('CATEGORY_MERGE_FAILED', outputName);
  return { bytes: selected, applied, pages: outputPages };
}
