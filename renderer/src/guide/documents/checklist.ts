import { categories } from '../../../../shared/rules/categories';
import type { SituationDraft } from '../../../../shared/rules/situation';

type Localized = { en: string; pt: string };

/** One card of the documents step, as the renderer shows it. */
export interface ChecklistCard {
  id: string;
  fileName: string;
  name: Localized;
  requirement: 'required' | 'conditional';
  condition?: Localized;
  goodDocument: Localized[];
}

/**
 * The cards for a situation. Reads the rules' checklist; until it lands, the
 * shared category list (every category required).
 */
export function checklistFor(_situation: SituationDraft): ChecklistCard[] {
  return categories.map((category) => ({
    id: category.id,
    fileName: category.fileName,
    name: category.name,
    requirement: 'required',
    goodDocument: [],
  }));
}
