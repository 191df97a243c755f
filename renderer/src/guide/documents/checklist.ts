import { checklistFor as rulesChecklist } from '../../../../shared/rules/checklist';
import type { SituationDraft } from '../../../../shared/rules/situation';
import type { Localized } from '../../../../shared/rules/sources';

/** One card of the documents step, as the renderer shows it. */
export interface ChecklistCard {
  id: string;
  fileName: string;
  name: Localized;
  requirement: 'required' | 'recommended' | 'conditional';
  condition: Localized | null;
  goodDocument: Localized[];
}

/**
 * The cards for a situation, from the rules' checklist for the permit kind
 * (conditions already evaluated against the situation). Items the rules mark
 * "not needed" for this person are left out.
 */
export function checklistFor(situation: SituationDraft, today: string): ChecklistCard[] {
  if (!situation.permitKind) return [];
  const checklist = rulesChecklist({ ...situation, permitKind: situation.permitKind }, today);
  return checklist.items
    .filter((item) => item.status !== 'not-needed')
    .map((item) => ({
      id: item.category.id,
      fileName: item.category.fileName,
      name: item.category.name,
      requirement: item.status === 'required' ? 'required' : item.requirement === 'recommended' ? 'recommended' : 'conditional',
      condition: item.condition,
      goodDocument: [item.validity],
    }));
}
