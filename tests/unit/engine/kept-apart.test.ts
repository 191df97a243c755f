import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../electron/engine/output/report-html';
import { keptApartCause, NOT_READY_FOLDER, shownVerdict, type PrepareReport } from '../../../shared/engine/report';
import { reportFor } from '../case/assessment-fixtures';

/** The report as the pipeline writes it: a blurred passport is kept apart (status not-ready), the Finanças certificate is ready. */
function keptApartReport(): PrepareReport {
  const report = reportFor({ passport: 'blurred', 'financas-no-debt': 'ready' });
  const passport = report.categories[0]!;
  passport.status = 'not-ready';
  passport.output = { ...passport.output!, folder: 'not-ready' };
  return report;
}

/**
 * Found walking the guide with a blurred phone photo of a passport: its file lay in
 * not-ready_nao-pronto, yet the documents card, the folder page and report.html all labelled it
 * "Ready, with warnings", and the card said "the portal would refuse this file" (it would not: it is blurred).
 */
describe('a file kept apart as not ready', () => {
  it('is labelled not ready, with the true cause', () => {
    const [passport, financas] = keptApartReport().categories;
    expect(shownVerdict(passport!)).toBe('not-ready');
    expect(keptApartCause(passport!)).toBe('blurred');
    expect(shownVerdict(financas!)).toBe('ready');
    expect(keptApartCause(financas!)).toBeNull();
  });

  it('names a file written without a failed input and one over the limit for what they are', () => {
    const partial = reportFor({ 'income-proof': 'ready' }).categories[0]!;
    partial.status = 'partial';
    partial.output = { ...partial.output!, folder: 'not-ready' };
    expect(keptApartCause(partial)).toBe('partial');
    expect(shownVerdict(partial)).toBe('not-ready');
    const over = reportFor({ 'income-proof': 'over-limit' }).categories[0]!;
    over.status = 'not-ready';
    over.output = { ...over.output!, folder: 'not-ready' };
    expect(keptApartCause(over)).toBe('refused');
  });

  it('report.html does not call it ready, in English or Portuguese', () => {
    const report = keptApartReport();
    const en = renderReportHtml(report, 'en');
    const passportEn = en.slice(en.indexOf('Passport'), en.indexOf('Tax status certificate'));
    expect(passportEn).toContain(NOT_READY_FOLDER);
    expect(passportEn).not.toContain('Ready, with warnings');
    expect(passportEn).toContain('Not ready');
    const pt = renderReportHtml(report, 'pt');
    const passportPt = pt.slice(pt.indexOf('Passaporte'), pt.indexOf('Certidão de situação tributária'));
    expect(passportPt).not.toMatch(/Pronto, com avisos/i);
  });
});
