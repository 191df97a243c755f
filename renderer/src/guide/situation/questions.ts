import { permitKinds, situationSchema, type Situation } from '../../../../shared/rules/situation';

export type SituationField = keyof Situation;

export type Question =
  | { field: 'permitKind'; kind: 'choice'; options: readonly string[] }
  | { field: 'permitNumber'; kind: 'text' }
  | { field: 'permitExpiry' | 'passportExpiry'; kind: 'date' }
  | {
      field: 'inPortugal' | 'hasNiss' | 'emailWithAimaCurrent' | 'addressChangedSinceLastCard' | 'biometricsOnFile';
      kind: 'yesNo';
    };

/** One question per page, in this order (GOV.UK "one thing per page"). */
export const questions: readonly Question[] = [
  { field: 'permitKind', kind: 'choice', options: permitKinds },
  { field: 'permitNumber', kind: 'text' },
  { field: 'permitExpiry', kind: 'date' },
  { field: 'passportExpiry', kind: 'date' },
  { field: 'inPortugal', kind: 'yesNo' },
  { field: 'hasNiss', kind: 'yesNo' },
  { field: 'emailWithAimaCurrent', kind: 'yesNo' },
  { field: 'addressChangedSinceLastCard', kind: 'yesNo' },
  { field: 'biometricsOnFile', kind: 'yesNo' },
];

export function questionFor(field: string): Question | undefined {
  return questions.find((question) => question.field === field);
}

/** Validate one answer with the shared situation schema (the same one the rules use). */
export function validateAnswer(field: SituationField, value: unknown): { ok: true; value: unknown } | { ok: false } {
  const result = situationSchema.shape[field].safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false };
}

/** The error message key for a field. */
export function errorKeyFor(question: Question): string {
  return question.kind === 'yesNo' ? 'situation.errors.yesNo' : `situation.errors.${question.field}`;
}
