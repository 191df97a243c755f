import type { PageSelection } from '../../../shared/engine/page-edits';
import { engineError } from '../errors';
import { openQpdfSession, succeeded } from '../qpdf/runtime';

/**
 * Stage "merge" with the person's page edits: the chosen pages of a category's inputs, in the
 * chosen order, each turned by the chosen quarter turns on top of its own /Rotate. qpdf's page
 * assembly, like the plain merge, so inherited attributes and shared resources are kept; the
 * inputs (already decrypted or converted copies) are only read.
 *
 * `parts` is indexed like the category's items; a failed item is null and its pages are skipped
 * (the report already lists that input's error).
 */
export async function selectPages(
  parts: readonly (Uint8Array | null)[],
  pages: readonly PageSelection[],
  outputName: string,
): Promise<{ bytes: Uint8Array; applied: PageSelection[] }> {
  const inputs: Record<string, Uint8Array> = {};
  const pageArgs: string[] = [];
  const applied: PageSelection[] = [];
  for (const selection of pages) {
    const part = parts[selection.item];
    if (!part) continue;
    const name = `part${selection.item}.pdf`;
    inputs[name] = part;
    // qpdf's page numbers are 1-based; the same file may appear any number of times.
    pageArgs.push(`{in:${name}}`, String(selection.page + 1));
    applied.push(selection);
  }
  if (applied.length === 0) throw engineError('CATEGORY_NO_USABLE_INPUT', outputName);
  // Relative turns ("+90"), so a page already stored turned keeps its own rotation under the person's.
  const rotations = applied.flatMap((selection, index) =>
    selection.rotation === 0 ? [] : [`--rotate=+${selection.rotation}:${index + 1}`],
  );
  const qpdf = await openQpdfSession();
  const run = qpdf.run(['--empty', '--pages', ...pageArgs, '--', ...rotations, '{out:selected.pdf}'], inputs, ['selected.pdf']);
  const selected = run.outputs.get('selected.pdf');
  if (!succeeded(run) || !selected) throw engineError('CATEGORY_MERGE_FAILED', outputName);
  return { bytes: selected, applied };
}
