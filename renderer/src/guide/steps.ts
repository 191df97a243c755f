import { situationSchema } from '../../../shared/rules/situation';
import type { GuideCase } from '../case/guide-case';

export type StepId = 'situation' | 'route' | 'documents' | 'preUpload' | 'folder' | 'afterSubmit' | 'trouble';
export type StepStatus = 'notStarted' | 'inProgress' | 'done' | 'cannotStart' | 'optional';

export const steps: ReadonlyArray<{ id: StepId; path: string }> = [
  { id: 'situation', path: '/situation' },
  { id: 'route', path: '/route' },
  { id: 'documents', path: '/documents' },
  { id: 'preUpload', path: '/pre-upload' },
  { id: 'folder', path: '/folder' },
  { id: 'afterSubmit', path: '/after-submit' },
  { id: 'trouble', path: '/trouble' },
];

/**
 * Each step's status, from what the case holds. "Cannot start yet" only where
 * a step truly needs an earlier one (the route needs the situation; documents
 * need the permit kind to know the checklist).
 */
export function stepStatus(
  id: StepId,
  guide: GuideCase,
  facts: { requiredCategoriesDone: boolean; preUploadTotal: number },
): StepStatus {
  const situationComplete = situationSchema.safeParse(guide.situation).success;
  const anyAnswer = Object.keys(guide.situation).length > 0;
  const anyFile = Object.values(guide.documents).some((files) => files.length > 0);
  switch (id) {
    case 'situation':
      return situationComplete && guide.situationConfirmed ? 'done' : anyAnswer ? 'inProgress' : 'notStarted';
    case 'route':
      if (!situationComplete) return 'cannotStart';
      return guide.routeSeen ? 'done' : 'notStarted';
    case 'documents':
      if (!guide.situation.permitKind) return 'cannotStart';
      return facts.requiredCategoriesDone ? 'done' : anyFile ? 'inProgress' : 'notStarted';
    case 'preUpload':
      if (facts.preUploadTotal > 0 && guide.preUploadTicked.length >= facts.preUploadTotal) return 'done';
      return guide.preUploadTicked.length > 0 ? 'inProgress' : 'notStarted';
    case 'folder':
      if (!anyFile) return 'cannotStart';
      return guide.folderPath ? 'done' : 'notStarted';
    case 'afterSubmit':
      return guide.duc ? 'done' : 'notStarted';
    case 'trouble':
      return 'optional';
  }
}
