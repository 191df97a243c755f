import { SCREENS, type StepId, type StepStatus } from '../../../shared/case/assessment';

export type { StepId, StepStatus };

/** The steps in the order the task list shows them; their statuses come from the case assessment. */
export const steps: ReadonlyArray<{ id: StepId; path: string }> = (
  ['situation', 'route', 'documents', 'preUpload', 'folder', 'afterSubmit', 'trouble'] as const
).map((id) => ({ id, path: SCREENS[id] }));
