import { engineError } from '../errors';
import { openQpdfSession, succeeded } from '../qpdf/runtime';

/**
 * Stage "merge": the PDFs of one category, in the user's order, into one file.
 * qpdf's page assembly (`--empty --pages …`) keeps each page's rotation,
 * inherited attributes and shared resources, and drops what no page uses.
 * A single input is passed through as it is.
 */
export async function mergePdfs(parts: readonly Uint8Array[], outputName: string): Promise<Uint8Array> {
  if (parts.length === 1) return parts[0]!;
  const inputs: Record<string, Uint8Array> = {};
  const pageArgs: string[] = [];
  parts.forEach((bytes, index) => {
    inputs[`part${index}.pdf`] = bytes;
    // Every page (1-z) of each part; this qpdf build does not accept a file without a range.
    pageArgs.push(`{in:part${index}.pdf}`, '1-z');
  });
  const qpdf = await openQpdfSession();
  const run = qpdf.run(['--empty', '--pages', ...pageArgs, '--', '{out:merged.pdf}'], inputs, ['merged.pdf']);
  const merged = run.outputs.get('merged.pdf');
  if (!succeeded(run) || !merged) {
    throw engineError('CATEGORY_MERGE_FAILED', outputName);
  }
  return merged;
}
