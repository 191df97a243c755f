import { describe, expect, it } from 'vitest';
import { buildSummaryRow } from '../../../shared/batch/row';
import { readingFlagsOf } from '../../../shared/case/card-status';
import { readingFlagOfCategory, reportReadingOf } from '../../../shared/engine/report-reading';
import { agencyClient, certificatesChecked } from '../case/assessment-fixtures';

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
});
