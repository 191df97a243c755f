import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../electron/engine/output/report-html';
import { problemText } from '../../../electron/batch/summary-files';
import { buildSummaryRow } from '../../../shared/batch/row';
import { cardStatusOf, readingFlagsOf } from '../../../shared/case/card-status';
import { readingFlagOfCategory, reportReadingOf, withReading } from '../../../shared/engine/report-reading';
import { withFilesNotRead } from '../../../shared/reading/not-read-in-time';
import type { CategoryId } from '../../../shared/rules/categories';
import { agencyClient, certificatesChecked, reportFor } from '../case/assessment-fixtures';

/**
 * A file whose read was given up at its deadline (an agency batch) is one consistency item, FILE_NOT_READ_IN_TIME,
 * decided by readingFlagsOf like every other finding: the card, report.json/report.html and the summary's row say
 * the same of its category ("with warnings"), in both languages. Session 9 had a special case for the row and a
 * report-only item.
 */
const read = certificatesChecked('2026-12-01', [], { nif: '123456789' }, 'run-day');
const consistency = withFilesNotRead(
  read,
  [
    { file: 'financas-no-debt/certidao.pdf', categoryId: 'financas-no-debt' },
    { file: 'scan0001.pdf', categoryId: undefined },
  ],
  120,
);
const files = new Map<CategoryId, string[]>([
  ['financas-no-debt', ['financas-no-debt/certidao.pdf']],
  ['passport', ['passport/p.jpg']],
]);

describe('a file not read in time says the same everywhere', () => {
  it('is one warning item per file; a certificate not read leaves the certificates column unknown, not "none"', () => {
    expect(read.columns.certificates).toBe('none');
    expect(consistency.columns.certificates).toBe('unknown');
    expect(consistency.items.map((item) => [item.id, item.severity, item.file])).toEqual([
      ['file-not-read', 'warning', 'financas-no-debt/certidao.pdf'],
      ['file-not-read', 'warning', 'scan0001.pdf'],
    ]);
    expect(withFilesNotRead(read, [], 120)).toBe(read);
    // Only certificates change that column: a passport not read leaves it as it was.
    expect(withFilesNotRead(read, [{ file: 'passport/p.jpg', categoryId: 'passport' }], 5).columns.certificates).toBe('none');
  });

  it('the card, the report and the summary row: "with warnings" for its category only', () => {
    const card = readingFlagsOf(consistency.items, files.get('financas-no-debt')!);
    expect(cardStatusOf('ready', 'required', card.blocked, card.warned)).toEqual({ key: 'doneWithWarnings', tone: 'yellow' });
    expect(readingFlagsOf(consistency.items, files.get('passport')!)).toEqual({ blocked: false, warned: false });

    const reading = reportReadingOf(consistency, files, '2026-12-01', 'run-day');
    const report = withReading(reportFor({ passport: 'ready', 'financas-no-debt': 'ready' }), reading);
    expect(readingFlagOfCategory(reading, 'financas-no-debt')).toBe('warned');
    expect(report.categories.map((c) => [c.categoryId, c.readingFlag])).toEqual([
      ['passport', undefined],
      ['financas-no-debt', 'warned'],
    ]);

    const facts = agencyClient(
      { passport: { file: 'passport/p.jpg' }, 'financas-no-debt': { file: 'financas-no-debt/certidao.pdf' } },
      consistency,
      'pt',
    );
    const row = buildSummaryRow(facts);
    expect(row.categoriesReady).toEqual(['passport']);
    expect(row.categoriesWithWarnings).toEqual(['financas-no-debt']);
    expect(row.consistency?.certificates).toBe('unknown');
    const notRead = row.problems.filter((p) => p.code === 'FILE_NOT_READ_IN_TIME');
    expect(notRead.map((p) => [p.file, p.severity, p.categoryId])).toEqual([
      ['financas-no-debt/certidao.pdf', 'warning', 'financas-no-debt'],
      ['scan0001.pdf', 'warning', undefined],
    ]);

    // The same sentence, naming the file once, in the summary and in the report, in both languages.
    const sentence = {
      en: 'financas-no-debt/certidao.pdf: this file could not be read within 120 s: what it says (the kind of document, names, dates, numbers) was not checked against the other documents. Check it yourself, or run the batch again.',
      pt: 'financas-no-debt/certidao.pdf: não foi possível ler este ficheiro em 120 s: o que nele consta (o tipo de documento, nomes, datas, números) não foi comparado com os outros documentos. Verifique-o pessoalmente ou execute o lote de novo.',
    };
    expect(problemText(notRead[0]!, 'en')).toBe(sentence.en);
    expect(problemText(notRead[0]!, 'pt')).toBe(sentence.pt);
    expect(renderReportHtml(report, 'en')).toContain(sentence.en);
    expect(renderReportHtml(report, 'pt')).toContain(sentence.pt);
    expect(renderReportHtml(report, 'en')).toContain('ready, with warnings: check the point below before you upload it');
  });
});
