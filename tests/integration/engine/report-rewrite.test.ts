import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMP_FILE_PATTERN } from '../../../electron/common/atomic-write';
import { addReadingToReport } from '../../../electron/engine/output/report-reading';
import { renderReportHtml } from '../../../electron/engine/output/report-html';
import { prepareReportSchema } from '../../../shared/engine/report';
import type { ReportReading } from '../../../shared/engine/report-reading';
import { reportFor } from '../../unit/case/assessment-fixtures';
import { tempDir } from './helpers';

/**
 * The app rewrites report.json and report.html whenever reading finds something new or the language changes; the
 * person may delete or move the folder meanwhile (the e2e walk's clean-up did: "ENOENT … rename report.html" in
 * session 9's CI log). A removed folder is no failure, and the two files never disagree.
 */
const work = tempDir('report-rewrite');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const engineReport = reportFor({ passport: 'ready', 'financas-no-debt': 'ready' });
const reading = (judgedOn: string): ReportReading => ({
  judgedOn,
  basis: 'today',
  reader: 'applicant',
  pending: 0,
  items: [
    {
      id: 'certificate-no-issue-date',
      severity: 'warning',
      file: 'financas-no-debt.jpg',
      categoryId: 'financas-no-debt',
      text: { en: `Checked on ${judgedOn}.`, pt: `Verificado a ${judgedOn}.` },
    },
  ],
});

function preparedFolder(name: string): string {
  const folder = join(work, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'report.json'), `${JSON.stringify(engineReport, null, 2)}\n`);
  writeFileSync(join(folder, 'report.html'), renderReportHtml(engineReport, 'en'));
  return folder;
}
const temps = (folder: string) => readdirSync(folder).filter((name) => TEMP_FILE_PATTERN.test(name));
const jsonOf = (folder: string) => prepareReportSchema.parse(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')));

describe('rewriting a report with what reading found', () => {
  it('replaces both files, which then say the same', async () => {
    const folder = preparedFolder('plain');
    const report = await addReadingToReport(folder, reading('2026-12-01'), 'en');
    expect(report?.categories.find((c) => c.categoryId === 'financas-no-debt')?.readingFlag).toBe('warned');
    expect(jsonOf(folder).reading?.judgedOn).toBe('2026-12-01');
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('Checked on 2026-12-01.');
    expect(temps(folder)).toEqual([]);
  });

  it('a folder removed while it is rewritten: no error, nothing left behind', async () => {
    const folder = preparedFolder('removed');
    const result = await addReadingToReport(folder, reading('2026-12-01'), 'en', {
      beforeRename: async () => rmSync(folder, { recursive: true, force: true }),
    });
    expect(result).toBeNull();
    expect(existsSync(folder)).toBe(false);
    // Already gone before the call: null too.
    expect(await addReadingToReport(join(work, 'never-there'), reading('2026-12-01'), 'en')).toBeNull();
  });

  it('report.html cannot be replaced: report.json keeps its old content (never half a report), no temp file left', async () => {
    const folder = preparedFolder('half');
    const before = readFileSync(join(folder, 'report.json'), 'utf8');
    const htmlBefore = readFileSync(join(folder, 'report.html'), 'utf8');
    const { rename } = await import('node:fs/promises');
    const failing = async (from: string, to: string) => {
      if (basename(to) === 'report.html') throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
      await rename(from, to);
    };
    await expect(addReadingToReport(folder, reading('2026-12-01'), 'en', { rename: failing })).rejects.toThrow('EIO');
    expect(readFileSync(join(folder, 'report.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toBe(htmlBefore);
    expect(temps(folder)).toEqual([]);
  });

  it('two rewrites at once (a language switch during a new finding): both files come from the last one', async () => {
    const folder = preparedFolder('together');
    await Promise.all([
      addReadingToReport(folder, reading('2026-12-01'), 'en'),
      addReadingToReport(folder, reading('2026-12-02'), 'pt'),
      addReadingToReport(folder, reading('2026-12-03'), 'en'),
    ]);
    expect(jsonOf(folder).reading?.judgedOn).toBe('2026-12-03');
    const html = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(html).toContain('Checked on 2026-12-03.');
    expect(html).toContain('<html lang="en"');
    expect(temps(folder)).toEqual([]);
  });
});
