import { useEffect } from 'react';
import { reportReadingOf, type ReportReading } from '../../../../shared/engine/report-reading';
import type { ConsistencyResult } from '../../../../shared/reading/consistency';
import type { CategoryId } from '../../../../shared/rules/categories';
import { api } from '../../api';
import { useCase } from '../../case/CaseContext';
import { useLocale } from '../../locale';
import { useDocumentsSession } from './DocumentsSession';

/**
 * Keep report.json and report.html in the prepared folder saying what the cards say. The preparation writes what
 * reading had found by then; readings go on in the background (and are made again in each session), and the planned
 * day can change: each new finding is written into the report too. Never while a preparation runs (it writes the
 * report itself, with the reading of that moment); only into the folder the app prepared (checked on the Node side).
 */
export function useReportFollowsReading(
  consistency: ConsistencyResult,
  submitOn: string,
  planned: boolean,
  pending: number,
  reader: ReportReading['reader'],
): void {
  const { guide } = useCase();
  const { running } = useDocumentsSession();
  const locale = useLocale();
  const folder = guide.report && !running ? guide.folderPath : undefined;
  const filesOf = Object.entries(guide.documents).map(([categoryId, files]) => [categoryId, files.map((file) => file.name)]);
  const reading: ReportReading = reportReadingOf(
    consistency,
    new Map(filesOf as [CategoryId, string[]][]),
    submitOn,
    planned ? 'planned-submission' : 'today',
    pending,
    reader,
  );
  // One write per change of what the report would say (not per render).
  const key = folder ? JSON.stringify([folder, locale, reading]) : null;
  useEffect(() => {
    if (!key) return;
    const [outputDir, lang, what] = JSON.parse(key) as [string, 'en' | 'pt', ReportReading];
    // A folder moved or deleted meanwhile has no report to update: nothing to say to the person here.
    void api().documentsReportReading({ outputDir, reading: what, locale: lang });
  }, [key]);
}
