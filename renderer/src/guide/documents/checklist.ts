import { checklistFor as rulesChecklist } from '../../../../shared/rules/checklist';
import type { SituationDraft } from '../../../../shared/rules/situation';
import type { Localized } from '../../../../shared/rules/sources';
import type { Reader } from '../../../../shared/i18n/reader';

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
 * "not needed" for this person are left out. `reader`: an agency reads its client's ("the client's current card").
 */
export function checklistFor(situation: SituationDraft, today: string, reader: Reader = 'applicant'): ChecklistCard[] {
  if (!situation.permitKind) return [];
  const checklist = rulesChecklist({ ...situation, permitKind: situation.permitKind }, today, reader);
  // Several rules can concern one category (e.g. the passport, and a certified full copy of it):
  // one card per category, with the strongest requirement and every rule's advice.
  const cards = new Map<string, ChecklistCard>();
  for (const item of checklist.items) {
    if (item.status === 'not-needed') continue;
    const requirement: ChecklistCard['requirement'] =
      item.status === 'required' ? 'required' : item.requirement === 'recommended' ? 'recommended' : 'conditional';
    const card = cards.get(item.category.id);
    if (!card) {
      cards.set(item.category.id, {
        id: item.category.id,
        fileName: item.category.fileName,
        name: item.category.name,
        requirement,
        condition: item.condition,
        goodDocument: [item.validity],
      });
      continue;
    }
    if (RANK[requirement] > RANK[card.requirement]) card.requirement = requirement;
    if (!card.condition) card.condition = item.condition;
    card.goodDocument.push(item.validity);
  }
  return [...cards.values()];
}

/**
 * What the rules say about the person's permit kind as a whole (for example:
 * CPLP renewals need no Finanças or Social Security declarations; ARI holders
 * must have their NIF linked first), shown above the cards.
 */
export function permitNotesFor(situation: SituationDraft, today: string, reader: Reader = 'applicant'): Localized[] {
  if (!situation.permitKind) return [];
  return rulesChecklist({ ...situation, permitKind: situation.permitKind }, today, reader).notes.map((note) => note.text);
}

const RANK: Record<ChecklistCard['requirement'], number> = { conditional: 0, recommended: 1, required: 2 };
