import { describe, expect, it } from 'vitest';
import { outcomeFromReport } from '../../../electron/batch/report-outcome';
import { renderReportHtml } from '../../../electron/engine/output/report-html';
import { categoryHasWarnings, type PrepareReport } from '../../../shared/engine/report';
import { reportFor } from '../case/assessment-fixtures';

/**
 * Session 11's walk of the agency batch: a residence card photographed at 50 dpi was "With warnings" in
 * summary.csv/summary.html while its report.html heading said plainly "ready" above "Check of the file: Ready, with
 * warnings". One rule (categoryHasWarnings) now decides "with warnings" for the summary, report.html and the card.
 */
function withLowDpiCard(): PrepareReport {
  const report = reportFor({ passport: 'ready', 'residence-permit': 'ready' });
  const card = report.categories[1]!;
  card.output!.validation = {
    ...card.output!.validation!,
    verdict: 'ready-with-warnings',
    reasons: [
      {
        code: 'LOW_DPI',
        severity: 'warning',
        messageKey: 'validation.reasons.lowDpi',
        actionKey: 'validation.actions.rescanHigherDpi',
        params: { dpi: 50 },
        page: 1,
      },
    ],
  };
  return report;
}

describe('a ready file with a warning of its own', () => {
  it('is "ready, with warnings" in report.html and in the batch outcome alike', () => {
    const report = withLowDpiCard();
    expect(report.categories.map(categoryHasWarnings)).toEqual([false, true]);
    const html = renderReportHtml(report, 'en');
    expect(html).toContain(
      '<h2>Residence permit card <span class="status partial">ready, with warnings: check the point below before you upload it</span></h2>',
    );
    expect(html).toContain('<h2>Passport <span class="status ready">ready</span></h2>');
    expect(renderReportHtml(report, 'pt')).toContain('pronto, com avisos');
    const job = { client: 'ana', inputs: [] } as unknown as Parameters<typeof outcomeFromReport>[1];
    const outcome = outcomeFromReport(report, job);
    expect(outcome.categories.map((c) => [c.categoryId, c.status])).toEqual([
      ['passport', 'ready'],
      ['residence-permit', 'warning'],
    ]);
  });
});
