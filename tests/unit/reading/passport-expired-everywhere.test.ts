import { describe, expect, it } from 'vitest';
import { buildSummaryRow } from '../../../shared/batch/row';
import { readingFlagsOf } from '../../../shared/case/card-status';
import { readingFlagOfCategory, reportReadingOf, withReading } from '../../../shared/engine/report-reading';
import { translate } from '../../../shared/i18n/translate';
import { renderReportHtml } from '../../../electron/engine/output/report-html';
import { agencyClient, certificatesChecked, reportFor } from '../case/assessment-fixtures';

/**
 * Session 14: an agency client whose client.json gives a passport that expired on 1 October, its passport scan
 * prepared without fault, was listed with the passport among the "Ready" documents, beside the problem "the
 * client's passport expired … renew the passport first". No file was read for the expiry (it comes from the case's
 * answers), so the finding named no file, and only findings naming a category's file counted for it.
 */
const expired = certificatesChecked('2026-12-01', [], { passportExpiry: '2026-10-01' }, 'run-day');
const valid = certificatesChecked('2026-12-01', [], { passportExpiry: '2031-10-01' }, 'run-day');

describe('an expired passport is not a ready passport, in every view', () => {
  it('the finding is a blocker that names no file', () => {
    const item = expired.items.find((i) => i.id === 'passport-expired');
    expect(item?.severity).toBe('blocker');
    expect(item?.file).toBeUndefined();
  });

  it('the card (applicant and agency guide): the passport is blocked, other documents are not', () => {
    expect(readingFlagsOf(expired.items, ['passport.jpg'], 'passport')).toEqual({ blocked: true, warned: false });
    expect(readingFlagsOf(expired.items, ['contract.pdf'], 'proof-of-address')).toEqual({ blocked: false, warned: false });
    expect(readingFlagsOf(valid.items, ['passport.jpg'], 'passport')).toEqual({ blocked: false, warned: false });
  });

  it('the agency summary: the passport is listed as not ready, the other documents keep their status', () => {
    const row = buildSummaryRow(agencyClient({ passport: {}, 'proof-of-address': {} }, expired));
    expect(row.categoriesNotReady).toEqual(['passport']);
    expect(row.categoriesReady).toEqual(['proof-of-address']);
    expect(buildSummaryRow(agencyClient({ passport: {}, 'proof-of-address': {} }, valid)).categoriesReady).toEqual([
      'passport',
      'proof-of-address',
    ]);
  });

  it('report.json: the passport category is flagged blocked', () => {
    const filesOf = new Map([['passport', ['passport.jpg']] as const]);
    const reading = reportReadingOf(expired, filesOf, '2026-12-01', 'run-day');
    expect(readingFlagOfCategory(reading, 'passport')).toBe('blocked');
    expect(readingFlagOfCategory(reading, 'proof-of-address')).toBeNull();
  });

  it('report.json carries the passport as the category of the finding, as the card counts it', () => {
    const reading = reportReadingOf(expired, new Map([['passport', ['passport.jpg']] as const]), '2026-12-01', 'run-day');
    expect(reading.items.find((i) => i.id === 'passport-expired')?.categoryId).toBe('passport');
  });

  it('report.json, report.html, the card and the summary agree: the passport is not ready, with the finding beside it', () => {
    const filesOf = new Map([
      ['passport', ['passport.jpg']],
      ['proof-of-address', ['proof-of-address.jpg']],
    ] as const);
    const report = withReading(
      reportFor({ passport: 'ready', 'proof-of-address': 'ready' }),
      reportReadingOf(expired, filesOf, '2026-12-01', 'run-day', 0, 'agency'),
    );
    const item = report.reading!.items.find((i) => i.id === 'passport-expired')!;
    // report.json
    expect(report.categories.map((c) => [c.categoryId, c.readingFlag])).toEqual([
      ['passport', 'blocked'],
      ['proof-of-address', undefined],
    ]);
    // the card and the summary
    expect(readingFlagsOf(expired.items, ['passport.jpg'], 'passport').blocked).toBe(true);
    const row = buildSummaryRow(agencyClient({ passport: {}, 'proof-of-address': {} }, expired));
    expect(row.categoriesNotReady).toEqual(['passport']);
    expect(row.problems.find((p) => p.code === 'READING_PASSPORT_EXPIRED')?.categoryId).toBe('passport');
    // report.html, both languages: the passport's section says "not ready" and the finding, once, there.
    for (const locale of ['en', 'pt'] as const) {
      const html = renderReportHtml(report, locale);
      const sections = html.split('<section>');
      const passport = sections.find((section) => section.includes('passport.pdf'))!;
      expect(passport).toContain(translate(locale, 'engine.report.status.readingBlocked'));
      expect(html.split(item.text[locale].slice(0, 40)).length - 1).toBe(1);
      expect(passport).toContain(item.text[locale].slice(0, 40));
    }
  });

  it('report.html still says the finding when the folder has no passport section', () => {
    const report = withReading(
      reportFor({ 'proof-of-address': 'ready' }),
      reportReadingOf(expired, new Map([['proof-of-address', ['proof-of-address.jpg']] as const]), '2026-12-01', 'run-day'),
    );
    const item = report.reading!.items.find((i) => i.id === 'passport-expired')!;
    expect(item.categoryId).toBe('passport');
    expect(renderReportHtml(report, 'en')).toContain(item.text.en.slice(0, 40));
  });
});
