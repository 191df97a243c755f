import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../electron/engine/output/report-html';
import { prepareReportSchema } from '../../../shared/engine/report';
import { readingFlagOfCategory, reportReadingOf, withReading } from '../../../shared/engine/report-reading';
import { notReadInTimeItem } from '../../../shared/reading/not-read-in-time';
import type { CategoryId } from '../../../shared/rules/categories';
import { certidao, certificatesChecked, reportFor } from '../case/assessment-fixtures';

/**
 * Session 8's walk: the card, the pre-upload step and the agency summary flagged a stale certificate, another
 * person's NIF or a certificate about to lapse, but the report in the upload folder said "ready" plainly. The
 * report now carries reading's findings, assigned to categories by the card's rule, with the reason and what to do.
 */
function caseReading() {
  // A Finanças certidão of 2 November 2026 (3 months: valid until 2 February 2027) with another person's NIF, and a
  // Social Security declaration valid only until 20 December, judged on 10 December 2026, the planned day.
  const consistency = certificatesChecked(
    '2026-12-10',
    [
      certidao('financas.pdf', { issuedOn: '2026-11-02', statedValidity: { months: 3 }, nif: '245678913' }),
      certidao('ss.pdf', {
        kind: 'social-security-declaration',
        issuedOn: '2026-08-20',
        statedValidity: { months: 4 },
        niss: '12345678901',
      }),
    ],
    { fullName: 'Ana Maria Costa', nif: '123456789', niss: '12345678901' },
  );
  const filesOf = new Map<CategoryId, string[]>([
    ['financas-no-debt', ['financas.pdf']],
    ['social-security-no-debt', ['ss.pdf']],
  ]);
  return reportReadingOf(consistency, filesOf, '2026-12-10', 'planned-submission');
}

const ssEnOf = (html: string) => html.slice(html.indexOf('<h2>Social Security'));

describe('report.json and report.html say what reading found', () => {
  const report = reportFor({ passport: 'ready', 'financas-no-debt': 'ready', 'social-security-no-debt': 'ready' });

  it('flags each category by the card’s rule, and the report stays valid report.json', () => {
    const reading = caseReading();
    expect(reading.items.map((item) => [item.id, item.categoryId])).toEqual([
      ['nif-mismatch', 'financas-no-debt'],
      ['certificate-expires-soon', 'social-security-no-debt'],
    ]);
    const annotated = prepareReportSchema.parse(withReading(report, reading));
    expect(annotated.categories.map((c) => [c.categoryId, c.status, c.readingFlag])).toEqual([
      ['passport', 'ready', undefined],
      ['financas-no-debt', 'ready', 'blocked'],
      ['social-security-no-debt', 'ready', 'warned'],
    ]);
    expect(readingFlagOfCategory(annotated.reading, 'passport')).toBeNull();
    // A later reading replaces the earlier flags: nothing found now, nothing flagged.
    const cleared = withReading(annotated, { ...reading, items: [] });
    expect(cleared.categories.every((c) => c.readingFlag === undefined)).toBe(true);
  });

  it('report.html read by an agency (the batch, a client folder in the guide) is about the client, not “your documents”', () => {
    const reading = caseReading();
    const own = renderReportHtml(withReading(report, reading), 'en');
    expect(own).toContain('<h1>Your documents for AIMA</h1>');
    expect(own).toContain('<h2>What your documents say</h2>');
    const batch = withReading(report, { ...reading, basis: 'run-day', reader: 'agency' });
    const en = renderReportHtml(batch, 'en');
    expect(en).toContain('<title>The client’s documents for AIMA</title>');
    expect(en).toContain('<h1>The client’s documents for AIMA</h1>');
    expect(en).toContain('<h2>What the client’s documents say</h2>');
    expect(en).not.toMatch(/\byour documents\b/i);
    const pt = renderReportHtml(batch, 'pt');
    expect(pt).toContain('<h1>Os documentos do cliente para a AIMA</h1>');
    expect(pt).toContain('<h2>O que dizem os documentos do cliente</h2>');
    expect(pt).not.toContain('os seus documentos');
  });

  it('report.html: the status word, the reason and what to do, in English and in Portuguese', () => {
    const annotated = withReading(report, caseReading());
    const en = renderReportHtml(annotated, 'en');
    expect(en).toContain('Checked for 10 December 2026, the day you plan to submit.');
    const financasEn = en.slice(en.indexOf('<h2>Tax status certificate'), en.indexOf('<h2>Social Security'));
    expect(financasEn).toContain(
      '<span class="status not-ready">needs attention: do not upload it until the problem below is solved',
    );
    expect(financasEn).toContain(
      '<strong>Fix before uploading:</strong> The NIF on the Finanças tax status certificate is 245678913',
    );
    // Fine as a file, blocked by what it says: never "Ready to upload" under "do not upload it" (session 10's walk).
    expect(financasEn).toContain(
      'Check of the file itself (size, pages, legibility): nothing wrong. It is not to be uploaded because of what it says (above).',
    );
    expect(financasEn).not.toContain('Ready to upload');
    expect(ssEnOf(en)).toContain('Check of the file: Ready to upload');
    const ssEn = ssEnOf(en);
    expect(ssEn).toContain('ready, with warnings: check the point below before you upload it');
    expect(ssEn).toContain('<strong>Check before uploading:</strong>');
    const passportEn = en.slice(en.indexOf('<h2>Passport'), en.indexOf('<h2>Tax status certificate'));
    expect(passportEn).toContain('<span class="status ready">ready</span>');

    const pt = renderReportHtml(annotated, 'pt');
    expect(pt).toContain('Verificado para 10 de dezembro de 2026, o dia em que tenciona submeter o pedido.');
    expect(pt).toContain('requer atenção: não carregue o ficheiro antes de resolver o problema indicado abaixo');
    expect(pt).toContain('<strong>A resolver antes de carregar:</strong> O NIF');
    expect(pt).toContain('ficheiro pronto, com avisos: verifique o ponto indicado abaixo antes de o carregar');
  });

  it('without reading, the report is as the engine wrote it; nothing found is said', () => {
    expect(renderReportHtml(report, 'en')).not.toContain('What your documents say');
    const nothing = withReading(report, { judgedOn: '2026-12-10', basis: 'today', reader: 'applicant', pending: 1, items: [] });
    const en = renderReportHtml(nothing, 'en');
    expect(en).toContain('Checked for today, 10 December 2026: you have not entered the day you plan to submit.');
    expect(en).toContain('No problem was found in what was read.');
    expect(en).toContain('1 file was still being read when this report was written');
  });

  it('a file whose read was given up (a batch deadline) puts its category under warnings, saying the wait in both languages', () => {
    const filesOf = new Map<CategoryId, string[]>([
      ['financas-no-debt', ['financas/certidao.pdf']],
      ['passport', ['passport/p.pdf']],
    ]);
    const reading = reportReadingOf(
      { items: [notReadInTimeItem('financas/certidao.pdf', 120)] },
      filesOf,
      '2026-12-02',
      'run-day',
    );
    expect(readingFlagOfCategory(reading, 'financas-no-debt')).toBe('warned');
    expect(readingFlagOfCategory(reading, 'passport')).toBeNull();
    expect(reading.items[0]?.text.en).toBe(
      'financas/certidao.pdf: this file could not be read within 120 s: what it says (the kind of document, names, dates, numbers) was not checked against the other documents. Check it yourself, or run the batch again.',
    );
    expect(reading.items[0]?.text.pt).toContain('financas/certidao.pdf: não foi possível ler este ficheiro em 120 s');
  });
});
