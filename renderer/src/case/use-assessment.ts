import { useEffect, useMemo, useState } from 'react';
import { assessCase, type Assessment, type CaseState } from '../../../shared/case/assessment';
import { activeEvidence, type EvidenceEntry } from '../../../shared/case/evidence';
import type { ConsistencyResult } from '../../../shared/reading/consistency';
import type { Reader } from '../../../shared/i18n/reader';
import { preUploadChecklistFor } from '../../../shared/rules/pre-upload';
import { todayInLisbon } from '../locale';
import { api } from '../api';
import { useOptionalReadings } from '../guide/documents/ReadingsSession';
import { useCase } from './CaseContext';
import type { GuideCase } from './guide-case';

/** The guide's progress and the case's evidence as the assessment's input (pure, so it is tested without React). */
export function caseStateOfGuide(
  guide: GuideCase,
  evidence: readonly EvidenceEntry[],
  consistency: ConsistencyResult | null = null,
  reader: CaseState['reader'] = 'applicant',
  today: string = todayInLisbon(),
): CaseState {
  // The checks this case is asked to tick (the pre-upload page shows the same list).
  const checks = preUploadChecklistFor(guide.situation, today);
  return {
    situation: guide.situation,
    reader,
    situationConfirmed: guide.situationConfirmed,
    documents: Object.fromEntries(
      Object.entries(guide.documents).map(([id, files]) => [id, files.map((f) => ({ name: f.name }))]),
    ),
    // The report is written with the folder: without a folder there is nothing to upload.
    report: guide.folderPath ? (guide.report ?? null) : null,
    preUpload: {
      ticked: checks.filter((item) => guide.preUploadTicked.includes(item.id)).length,
      total: checks.length,
    },
    duc: guide.duc
      ? { generatedAt: { lisbonDate: guide.duc.date, lisbonTime: guide.duc.time }, reference: guide.duc.reference }
      : null,
    evidence,
    // What reading the files found: its blockers (a stale certificate, someone else's NIF) stop "ready".
    consistency,
  };
}

/**
 * The assessment of the open case, now, and the active evidence it was made
 * from. Every guide screen renders this rather than computing its own status.
 * The evidence log is read from the case file (a payment recorded there is
 * what makes "after you submit" done); `refreshKey` re-reads it after a page
 * adds an entry.
 */
export function useAssessmentWithEvidence(refreshKey = 0): { assessment: Assessment; evidence: EvidenceEntry[] } {
  const { guide, caseId } = useCase();
  const [evidence, setEvidence] = useState<EvidenceEntry[]>([]);
  const ducEvidence = guide.duc?.evidenceId;
  useEffect(() => {
    let live = true;
    void api()
      .caseGet({ caseId })
      .then((result) => {
        if (live && result.ok) setEvidence(activeEvidence(result.value.evidence));
      });
    return () => {
      live = false;
    };
  }, [caseId, ducEvidence, refreshKey]);
  const readings = useOptionalReadings();
  const consistency = readings?.consistency ?? null;
  const reader = useReader();
  const assessment = useMemo(
    () => assessCase(caseStateOfGuide(guide, evidence, consistency, reader), new Date().toISOString()),
    [guide, evidence, consistency, reader],
  );
  return { assessment, evidence };
}

/**
 * Who reads the open case: a client folder opened in the guide is read by the agency, so the task list, the route's
 * warnings and the timeline speak of the client, as the checks and the headings do.
 */
export function useReader(): Reader {
  return useOptionalReadings()?.agencyCase ? 'agency' : 'applicant';
}

/** The assessment of the open case, now (see useAssessmentWithEvidence). */
export function useAssessment(refreshKey = 0): Assessment {
  return useAssessmentWithEvidence(refreshKey).assessment;
}
