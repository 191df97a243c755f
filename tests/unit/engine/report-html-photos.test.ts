import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../electron/engine/output/report-html';
import type { CategoryReport } from '../../../shared/engine/report';
import { reportFor } from '../case/assessment-fixtures';

type Converted = NonNullable<CategoryReport['inputs'][number]['converted']>[number];
const page = (rotatedByExif: boolean) =>
  ({ widthPt: 595, heightPt: 842, widthPx: 900, heightPx: 1200, sizing: 'fit-a4', dpi: 120, rotatedByExif }) as Converted;

// Walk s15: Nadia's bill, stored sideways with the camera's "turn 90°" in EXIF, was drawn upright; report.html said
// only "Recognised as JPEG · Turned into 1 PDF page".
describe('report.html says a photo was turned as the camera marked it', () => {
  it('for a photo the camera marked, in English and Portuguese; not for one it did not', () => {
    const report = reportFor({ 'proof-of-address': 'ready' });
    const input = report.categories[0]!.inputs[0]!;
    input.converted = [page(true)];
    expect(renderReportHtml(report, 'en')).toContain('Turned as the camera marked it');
    expect(renderReportHtml(report, 'pt')).toContain('Rodado como a câmara indicou');
    input.converted = [page(false)];
    expect(renderReportHtml(report, 'en')).not.toContain('camera marked');
  });
});
